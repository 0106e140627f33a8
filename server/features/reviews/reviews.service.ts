import type { z } from 'zod';
import type {
  GoalMet,
  Reviews,
  reviewInput,
  SharedReview,
} from '../../../common/schemas/reviews.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { isHeld } from '../../lib/held-sessions.ts';
import type { MentoringSessionRow } from '../../lib/participation.repo.ts';
import { requireSessionParticipant } from '../../lib/participation.ts';
import { findSessionGoal, listReviews, type ReviewRow, upsertReview } from './reviews.repo.ts';

type Caller = Pick<SignedInUser, 'id'>;
type ReviewChanges = z.output<typeof reviewInput>;

/** Why a session cannot be reviewed (yet), or null when it can. */
function notReviewable(session: MentoringSessionRow, now: Date): AppError | null {
  if (session.status === 'cancelled') {
    return new AppError(
      'invalid_state',
      'This session was cancelled, so there is nothing to review.',
    );
  }
  if (!isHeld(session, now)) {
    return new AppError('invalid_state', 'You can review the session once it has started.');
  }
  return null;
}

/**
 * Both reviews as the caller may see them. Built field by field: the other person's private
 * reflection is never copied into the answer, so no serializer setting can let it through.
 */
async function reviewsFor(
  db: Db,
  participation: Awaited<ReturnType<typeof requireSessionParticipant>>,
  callerId: string,
  now: Date,
): Promise<Reviews> {
  const { session, role } = participation;
  const [rows, prep] = await Promise.all([
    listReviews(db, session.id),
    findSessionGoal(db, session.id),
  ]);
  const mine = rows.find((row) => row.authorId === callerId);
  const theirs = rows.find((row) => row.authorId === participation.counterpartId);
  const goalVisible = prep?.goal && (role === 'mentee' || prep.sharedAt !== null);
  return {
    mine: mine
      ? {
          ...shared(mine),
          privateReflection: mine.privateReflection,
          createdAt: mine.createdAt.toISOString(),
        }
      : null,
    theirs: theirs ? shared(theirs) : null,
    canReview: notReviewable(session, now) === null,
    sessionGoal: goalVisible ? prep.goal : null,
  };
}

function shared(row: ReviewRow): SharedReview {
  return {
    goalMet: row.goalMet as GoalMet,
    whyNot: row.whyNot,
    mostUseful: row.mostUseful,
    nextSteps: row.nextSteps,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getReviews(db: Db, caller: Caller, sessionId: string, now: Date) {
  const participation = await requireSessionParticipant(db, sessionId, caller);
  return reviewsFor(db, participation, caller.id, now);
}

/** Writes (or rewrites) the caller's own review; nobody writes the other person's. */
export async function saveReview(
  db: Db,
  caller: Caller,
  sessionId: string,
  input: ReviewChanges,
  now: Date,
): Promise<Reviews> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const participation = await requireSessionParticipant(tx, sessionId, caller, { lock: true });
    const refusal = notReviewable(participation.session, now);
    if (refusal) throw refusal;
    await upsertReview(
      tx,
      sessionId,
      caller.id,
      {
        goalMet: input.goalMet,
        // A goal that was met needs no "why not": an old one is cleared, not kept out of sight.
        whyNot: input.goalMet === 'yes' ? '' : (input.whyNot ?? ''),
        mostUseful: input.mostUseful ?? '',
        nextSteps: input.nextSteps ?? '',
        privateReflection: input.privateReflection ?? '',
      },
      now,
    );
    return reviewsFor(tx, participation, caller.id, now);
  });
}
