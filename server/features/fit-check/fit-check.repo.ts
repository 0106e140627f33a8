import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { fitCheckAnswers } from '../../db/schema/accountability.ts';
import { mentoringSessions } from '../../db/schema/mentoring-sessions.ts';
import { heldSessionsWhere } from '../../lib/held-sessions.ts';

export type AnswerRow = typeof fitCheckAnswers.$inferSelect;

/** The mentorship's held sessions, in the order they started: what the rounds are made of. */
export async function listHeldSessions(db: Db, mentorshipId: string, now: Date) {
  return db
    .select({
      startsAt: mentoringSessions.startsAt,
      durationMinutes: mentoringSessions.durationMinutes,
    })
    .from(mentoringSessions)
    .where(and(eq(mentoringSessions.mentorshipId, mentorshipId), heldSessionsWhere(now)))
    .orderBy(asc(mentoringSessions.startsAt), asc(mentoringSessions.id));
}

export async function listAnswers(db: Db, mentorshipId: string) {
  return db.select().from(fitCheckAnswers).where(eq(fitCheckAnswers.mentorshipId, mentorshipId));
}

/** The author's answer for a round; answering again replaces it (allowed until the reveal). */
export async function upsertAnswer(
  db: Db,
  values: Pick<AnswerRow, 'mentorshipId' | 'round' | 'authorId' | 'answer' | 'note'>,
  now: Date,
) {
  await db
    .insert(fitCheckAnswers)
    .values({ ...values, answeredAt: now })
    .onConflictDoUpdate({
      target: [fitCheckAnswers.mentorshipId, fitCheckAnswers.round, fitCheckAnswers.authorId],
      set: { answer: values.answer, note: values.note, answeredAt: now },
    });
}
