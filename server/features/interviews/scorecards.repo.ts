import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { interviewReviewers, interviewScores } from '../../db/schema/programs.ts';

export async function findSeat(
  db: Db,
  interviewId: string,
  reviewerId: string,
  { lock = false } = {},
) {
  const query = db
    .select()
    .from(interviewReviewers)
    .where(
      and(
        eq(interviewReviewers.interviewId, interviewId),
        eq(interviewReviewers.reviewerId, reviewerId),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Replaces the reviewer's draft: their scores and overall notes. */
export async function replaceDraft(
  db: Db,
  interviewId: string,
  reviewerId: string,
  draft: { scores: { criterionId: string; score: number; note: string }[]; notes: string },
) {
  await db
    .delete(interviewScores)
    .where(
      and(eq(interviewScores.interviewId, interviewId), eq(interviewScores.reviewerId, reviewerId)),
    );
  if (draft.scores.length) {
    await db
      .insert(interviewScores)
      .values(draft.scores.map((s) => ({ interviewId, reviewerId, ...s })));
  }
  await db
    .update(interviewReviewers)
    .set({ notes: draft.notes })
    .where(
      and(
        eq(interviewReviewers.interviewId, interviewId),
        eq(interviewReviewers.reviewerId, reviewerId),
      ),
    );
}

export async function markSubmitted(db: Db, interviewId: string, reviewerId: string, now: Date) {
  await db
    .update(interviewReviewers)
    .set({ submittedAt: now })
    .where(
      and(
        eq(interviewReviewers.interviewId, interviewId),
        eq(interviewReviewers.reviewerId, reviewerId),
      ),
    );
}

export function listMyScores(db: Db, interviewId: string, reviewerId: string) {
  return db
    .select()
    .from(interviewScores)
    .where(
      and(eq(interviewScores.interviewId, interviewId), eq(interviewScores.reviewerId, reviewerId)),
    );
}
