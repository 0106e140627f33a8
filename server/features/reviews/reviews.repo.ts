import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sessionPreps } from '../../db/schema/mentoring-sessions.ts';
import { sessionReviews } from '../../db/schema/session-records.ts';

export type ReviewRow = typeof sessionReviews.$inferSelect;
export type ReviewValues = Pick<
  ReviewRow,
  'goalMet' | 'whyNot' | 'mostUseful' | 'nextSteps' | 'privateReflection'
>;

/** Both reviews of a session (at most one per participant). */
export async function listReviews(db: Db, sessionId: string) {
  return db.select().from(sessionReviews).where(eq(sessionReviews.sessionId, sessionId));
}

/** Writes the author's review, creating it on the first save. */
export async function upsertReview(
  db: Db,
  sessionId: string,
  authorId: string,
  values: ReviewValues,
  now: Date,
) {
  await db
    .insert(sessionReviews)
    .values({ sessionId, authorId, ...values, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: [sessionReviews.sessionId, sessionReviews.authorId],
      set: { ...values, updatedAt: now },
    });
}

/** The prep's goal and whether it was shared: the mentor reads it only once shared. */
export async function findSessionGoal(db: Db, sessionId: string) {
  const [row] = await db
    .select({ goal: sessionPreps.goal, sharedAt: sessionPreps.sharedAt })
    .from(sessionPreps)
    .where(eq(sessionPreps.sessionId, sessionId));
  return row;
}
