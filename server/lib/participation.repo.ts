import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { mentoringSessions } from '../db/schema/mentoring-sessions.ts';
import { mentorships } from '../db/schema/mentorships.ts';

export type MentorshipRow = typeof mentorships.$inferSelect;
export type MentoringSessionRow = typeof mentoringSessions.$inferSelect;

/** The mentorship, locked for the rest of the transaction when `lock` is set. */
export async function findMentorshipById(db: Db, id: string, lock = false) {
  const query = db.select().from(mentorships).where(eq(mentorships.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The session with its mentorship; the session row is locked when `lock` is set. */
export async function findSessionWithMentorship(db: Db, sessionId: string, lock = false) {
  const query = db
    .select({ session: mentoringSessions, mentorship: mentorships })
    .from(mentoringSessions)
    .innerJoin(mentorships, eq(mentorships.id, mentoringSessions.mentorshipId))
    .where(eq(mentoringSessions.id, sessionId));
  const [row] = lock ? await query.for('update', { of: mentoringSessions }) : await query;
  return row;
}
