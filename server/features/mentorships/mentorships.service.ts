import type { z } from 'zod';
import type { MentorshipAction } from '../../../common/mentorships/mentorship-actions.ts';
import { CADENCE_LABELS } from '../../../common/mentorships/mentorship-labels.ts';
import type {
  DeclineReason,
  MentorshipDetail,
  MentorshipList,
  updateMentorshipInput,
} from '../../../common/schemas/mentorships.ts';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AppSettings } from '../../lib/deps.ts';
import { AppError } from '../../lib/errors.ts';
import { type Participation, requireMentorshipParticipant } from '../../lib/participation.ts';
import { retimeMentorshipReminders } from '../../lib/timed-reminders.ts';
import { remindAnswered, remindExpired } from './mentorship-reminders.ts';
import { assertMay } from './mentorship-rules.ts';
import { describeMentorship, summarizeMentorships, type Viewer } from './mentorship-view.ts';
import {
  countMenteesOf,
  expireOverdue,
  insertEvent,
  isOpenPairConflict,
  listMentorshipsOf,
  lockMentorCapacity,
  type MentorshipChanges,
  type MentorshipRow,
  updateMentorshipRow,
} from './mentorships.repo.ts';

export interface MentorshipDeps {
  db: Db;
  clock: Clock;
  settings: AppSettings;
}

const DAY_MS = 24 * 3_600_000;

export const alreadyConnected = () =>
  new AppError(
    'already_connected',
    'You two already have a request waiting or a mentorship under way. You will find it under Mentoring.',
  );

/** Runs `write`, turning a clash on the one-open-pair index into a clear 409. */
export async function guardOpenPair<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isOpenPairConflict(error)) throw alreadyConnected();
    throw error;
  }
}

/** Marks what ran out of time as expired (lazily, when someone looks) and tells whoever asked. */
export function expireOverdueRequests(
  db: Db,
  now: Date,
  scope: Parameters<typeof expireOverdue>[2],
): Promise<number> {
  return expireOverdue(db, now, scope, (tx, expired) => remindExpired(tx, expired, now));
}

/** The expiry date of a request or invitation made now. */
export function expiryFrom(now: Date, settings: AppSettings): Date {
  return new Date(now.getTime() + settings.requestExpiryDays * DAY_MS);
}

export async function listMentorships(
  { db, clock }: MentorshipDeps,
  viewer: Viewer,
): Promise<MentorshipList> {
  const now = clock();
  await expireOverdueRequests(db, now, { userId: viewer.id, email: viewer.email });
  const rows = await listMentorshipsOf(db, viewer.id, viewer.email);
  return { mentorships: await summarizeMentorships(db, rows, viewer, now) };
}

/** One mentorship as its participant sees it (expired first if its time ran out). */
export async function getMentorship(
  { db, clock }: MentorshipDeps,
  viewer: Viewer,
  id: string,
): Promise<MentorshipDetail> {
  const now = clock();
  await requireMentorshipParticipant(db, id, viewer);
  await expireOverdueRequests(db, now, { id });
  const { mentorship } = await requireMentorshipParticipant(db, id, viewer);
  return describeMentorship(db, mentorship, viewer, now);
}

/**
 * Applies one state change: the participant check (404 for anyone else), the expiry sweep
 * for this mentorship (committed on its own: time running out is not undone by a refusal),
 * then, in one transaction with the row locked, the shared rules and the change itself.
 */
export async function changeMentorship(
  { db, clock }: MentorshipDeps,
  viewer: Viewer,
  id: string,
  action: MentorshipAction,
  apply: (tx: Db, participation: Participation, now: Date) => Promise<MentorshipRow>,
): Promise<MentorshipDetail> {
  const now = clock();
  await requireMentorshipParticipant(db, id, viewer);
  await expireOverdueRequests(db, now, { id });
  const row = await guardOpenPair(() =>
    db.transaction(async (tx) => {
      const participation = await requireMentorshipParticipant(tx as Db, id, viewer, {
        lock: true,
      });
      assertMay(action, participation.mentorship, viewer.id, now);
      return apply(tx as Db, participation, now);
    }),
  );
  return describeMentorship(db, row, viewer, now);
}

/** Someone invited by email answers before being on either side: they take the empty one. */
function claimOpenSide(participation: Participation, userId: string): MentorshipChanges {
  const { mentorship, role } = participation;
  if (mentorship.menteeId === userId || mentorship.mentorId === userId) return {};
  return role === 'mentee' ? { menteeId: userId } : { mentorId: userId };
}

export async function recordChange(
  tx: Db,
  id: string,
  changes: MentorshipChanges,
  event: { kind: string; actorId: string | null; note?: string; at: Date },
) {
  const row = await updateMentorshipRow(tx, id, changes);
  await insertEvent(tx, { mentorshipId: id, ...event });
  return row;
}

/**
 * The mentor (or invitee) says yes. A directory request counts against the mentor's capacity,
 * checked with their profile row locked so two accepts racing for the last place cannot both
 * win. Capacity does not apply to informal invitations: those pairs chose each other outside
 * the directory, and capacity is what the mentor offers to strangers there.
 */
export async function acceptMentorship(deps: MentorshipDeps, viewer: Viewer, id: string) {
  return changeMentorship(deps, viewer, id, 'accept', async (tx, participation, now) => {
    const { mentorship } = participation;
    if (mentorship.origin === 'request' && mentorship.mentorId) {
      const capacity = await lockMentorCapacity(tx, mentorship.mentorId);
      const mentees = await countMenteesOf(tx, mentorship.mentorId);
      if (capacity === null || mentees >= capacity) {
        throw new AppError(
          'capacity_reached',
          `You are already mentoring ${mentees} ${mentees === 1 ? 'person' : 'people'}, the most your profile says you have room for. Raise your capacity on your profile to accept, or decline kindly so they can look elsewhere.`,
        );
      }
    }
    const row = await recordChange(
      tx,
      id,
      {
        ...claimOpenSide(participation, viewer.id),
        status: 'active',
        respondedAt: now,
        startedAt: now,
      },
      { kind: 'accepted', actorId: viewer.id, at: now },
    );
    await remindAnswered(tx, row, now);
    return row;
  });
}

export async function declineMentorship(
  deps: MentorshipDeps,
  viewer: Viewer,
  id: string,
  input: { reason: DeclineReason; note?: string | undefined },
) {
  return changeMentorship(deps, viewer, id, 'decline', async (tx, participation, now) => {
    const row = await recordChange(
      tx,
      id,
      {
        // The invitee is known from now on, so the declined invitation stays in their list.
        ...claimOpenSide(participation, viewer.id),
        status: 'declined',
        respondedAt: now,
        declineReason: input.reason,
        declineNote: input.note ?? '',
      },
      { kind: 'declined', actorId: viewer.id, at: now },
    );
    await remindAnswered(tx, row, now);
    return row;
  });
}

/** The requester takes back a request nobody has answered (not an answer: no respondedAt). */
export async function withdrawMentorship(deps: MentorshipDeps, viewer: Viewer, id: string) {
  return changeMentorship(deps, viewer, id, 'withdraw', (tx, _p, now) =>
    recordChange(
      tx,
      id,
      { status: 'withdrawn' },
      { kind: 'withdrawn', actorId: viewer.id, at: now },
    ),
  );
}

export async function pauseMentorship(
  deps: MentorshipDeps,
  viewer: Viewer,
  id: string,
  note: string | undefined,
) {
  return changeMentorship(deps, viewer, id, 'pause', (tx, _p, now) =>
    recordChange(
      tx,
      id,
      { status: 'paused', pausedAt: now },
      { kind: 'paused', actorId: viewer.id, note: note ?? '', at: now },
    ),
  );
}

export async function resumeMentorship(deps: MentorshipDeps, viewer: Viewer, id: string) {
  return changeMentorship(deps, viewer, id, 'resume', (tx, _p, now) =>
    recordChange(
      tx,
      id,
      { status: 'active', pausedAt: null },
      { kind: 'resumed', actorId: viewer.id, at: now },
    ),
  );
}

/** The timeline's words for a settings change, e.g. "Cadence: every two weeks". */
function describeUpdate(changes: z.output<typeof updateMentorshipInput>): string {
  const parts: string[] = [];
  if (changes.cadence !== undefined) {
    parts.push(
      changes.cadence
        ? `Cadence: ${CADENCE_LABELS[changes.cadence].toLowerCase()}`
        : 'Cadence: not set',
    );
  }
  if (changes.prepDeadlineHours !== undefined) {
    const h = changes.prepDeadlineHours;
    parts.push(`Prep due ${h} ${h === 1 ? 'hour' : 'hours'} before each session`);
  }
  if (changes.fitCheckEvery !== undefined) {
    const n = changes.fitCheckEvery;
    parts.push(`Fit check every ${n === 1 ? 'session' : `${n} sessions`}`);
  }
  return parts.join(' · ');
}

export async function updateMentorship(
  deps: MentorshipDeps,
  viewer: Viewer,
  id: string,
  changes: z.output<typeof updateMentorshipInput>,
) {
  return changeMentorship(deps, viewer, id, 'update', async (tx, _p, now) => {
    const row = await recordChange(
      tx,
      id,
      {
        ...(changes.cadence !== undefined ? { cadence: changes.cadence } : {}),
        ...(changes.prepDeadlineHours !== undefined
          ? { prepDeadlineHours: changes.prepDeadlineHours }
          : {}),
        ...(changes.fitCheckEvery !== undefined ? { fitCheckEvery: changes.fitCheckEvery } : {}),
      },
      { kind: 'updated', actorId: viewer.id, note: describeUpdate(changes), at: now },
    );
    // Pending prep and "not met for a while" reminders follow the new deadline and rhythm.
    if (changes.cadence !== undefined || changes.prepDeadlineHours !== undefined) {
      await retimeMentorshipReminders(tx, row, now);
    }
    return row;
  });
}
