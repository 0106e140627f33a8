import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { closureAppreciations } from '../../db/schema/accountability.ts';
import { mentoringSessions, sessionEvents } from '../../db/schema/mentoring-sessions.ts';
import { mentorshipEvents, mentorships } from '../../db/schema/mentorships.ts';

// SQL for closing a mentorship and for what each person appreciated. The service has already
// checked that the caller takes part in the mentorship, and holds its row lock when it writes.

export type AppreciationRow = typeof closureAppreciations.$inferSelect;

const upcoming = (mentorshipId: string, now: Date) =>
  and(
    eq(mentoringSessions.mentorshipId, mentorshipId),
    eq(mentoringSessions.status, 'scheduled'),
    gt(mentoringSessions.startsAt, now),
  );

export async function countUpcomingSessions(db: Db, mentorshipId: string, now: Date) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mentoringSessions)
    .where(upcoming(mentorshipId, now));
  return row?.n ?? 0;
}

/**
 * Inside the closing transaction: cancels every session that has not started yet, bumping its
 * iCalendar SEQUENCE like any cancellation so calendars drop it, and records why.
 */
export async function cancelUpcomingSessions(
  db: Db,
  mentorshipId: string,
  { actorId, reason, now }: { actorId: string; reason: string; now: Date },
) {
  const locked = await db
    .select({ id: mentoringSessions.id })
    .from(mentoringSessions)
    .where(upcoming(mentorshipId, now))
    .for('update');
  if (locked.length === 0) return [];
  const cancelled = await db
    .update(mentoringSessions)
    .set({
      status: 'cancelled',
      cancelledAt: now,
      sequence: sql`${mentoringSessions.sequence} + 1`,
    })
    .where(
      inArray(
        mentoringSessions.id,
        locked.map((s) => s.id),
      ),
    )
    .returning();
  await db.insert(sessionEvents).values(
    cancelled.map((session) => ({
      sessionId: session.id,
      kind: 'cancelled',
      actorId,
      reason,
      startsAt: session.startsAt,
      durationMinutes: session.durationMinutes,
      // The database's wall clock, as for every session event: history is ordered by it.
      createdAt: sql`clock_timestamp()`,
    })),
  );
  return cancelled;
}

export async function markMentorshipClosed(
  db: Db,
  id: string,
  values: { closedById: string; closeReason: string; closeNote: string; closedAt: Date },
) {
  const [row] = await db
    .update(mentorships)
    .set({ status: 'closed', pausedAt: null, ...values })
    .where(eq(mentorships.id, id))
    .returning();
  if (!row) throw new Error('mentorship update returned nothing');
  await db.insert(mentorshipEvents).values({
    mentorshipId: id,
    kind: 'closed',
    actorId: values.closedById,
    note: values.closeNote,
    createdAt: values.closedAt,
  });
  return row;
}

export async function listAppreciations(db: Db, mentorshipId: string) {
  return db
    .select()
    .from(closureAppreciations)
    .where(eq(closureAppreciations.mentorshipId, mentorshipId));
}

/** One appreciation per person per mentorship: writing again replaces the text. */
export async function upsertAppreciation(
  db: Db,
  values: { mentorshipId: string; authorId: string; text: string; now: Date },
) {
  await db
    .insert(closureAppreciations)
    .values({
      mentorshipId: values.mentorshipId,
      authorId: values.authorId,
      text: values.text,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .onConflictDoUpdate({
      target: [closureAppreciations.mentorshipId, closureAppreciations.authorId],
      set: { text: values.text, updatedAt: values.now },
    });
}
