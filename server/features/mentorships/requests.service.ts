import type { z } from 'zod';
import type {
  MentorshipDetail,
  requestMentorshipInput,
} from '../../../common/schemas/mentorships.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { remindRequestMade } from './mentorship-reminders.ts';
import { describeMentorship, type Viewer } from './mentorship-view.ts';
import {
  findMentorCandidate,
  findOwnGoalIds,
  hasOpenPair,
  insertEvent,
  insertMentorship,
  insertSharedGoals,
} from './mentorships.repo.ts';
import {
  alreadyConnected,
  expiryFrom,
  guardOpenPair,
  type MentorshipDeps,
} from './mentorships.service.ts';

type ParsedRequest = z.output<typeof requestMentorshipInput>;

/** The caller's own goals among `goalIds`, or a 400 on the field: nobody shares another's goals. */
export async function requireOwnGoals(db: Db, ownerId: string, goalIds: string[]) {
  const own = await findOwnGoalIds(db, ownerId, goalIds);
  if (own.length !== goalIds.length) {
    throw new AppError('validation_failed', 'Some fields need attention.', {
      goalIds: 'Pick goals from your own list.',
    });
  }
}

/** A mentee asks a mentor from the directory, sharing some of their goals. */
export async function requestMentorship(
  deps: MentorshipDeps,
  caller: Viewer,
  input: ParsedRequest,
): Promise<MentorshipDetail> {
  const { db, clock, settings } = deps;
  const fieldError = (message: string) =>
    new AppError('validation_failed', 'Some fields need attention.', { mentorId: message });
  if (input.mentorId === caller.id) {
    throw fieldError('You cannot be your own mentor: choose someone from the directory.');
  }
  const mentor = await findMentorCandidate(db, input.mentorId);
  if (!mentor?.isMentor) throw fieldError('We could not find that mentor.');
  if (!mentor.acceptingRequests || (mentor.capacity ?? 0) <= 0) {
    throw new AppError(
      'invalid_state',
      `${mentor.name} is not taking new requests right now. Mentors pause when their time is full; another mentor may be free sooner.`,
    );
  }
  await requireOwnGoals(db, caller.id, input.goalIds);
  // A friendly early answer; the unique index is what holds under races.
  if (await hasOpenPair(db, caller.id, mentor.id)) throw alreadyConnected();

  const now = clock();
  const row = await guardOpenPair(() =>
    db.transaction(async (tx) => {
      const created = await insertMentorship(tx as Db, {
        menteeId: caller.id,
        mentorId: mentor.id,
        origin: 'request',
        requestedById: caller.id,
        status: 'pending',
        message: input.message,
        cadence: input.cadence ?? null,
        requestedAt: now,
        expiresAt: expiryFrom(now, settings),
      });
      await insertSharedGoals(tx as Db, created.id, input.goalIds, now);
      await insertEvent(tx as Db, {
        mentorshipId: created.id,
        kind: 'requested',
        actorId: caller.id,
        at: now,
      });
      await remindRequestMade(tx as Db, created, now);
      return created;
    }),
  );
  return describeMentorship(db, row, caller, now);
}
