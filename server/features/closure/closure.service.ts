import { mayDo } from '../../../common/mentorships/mentorship-actions.ts';
import type { CloseReason, Closure } from '../../../common/schemas/closure.ts';
import type { MentorshipStatus } from '../../../common/schemas/mentorships.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import type { MentorshipRow } from '../../lib/participation.repo.ts';
import { type Participation, requireMentorshipParticipant } from '../../lib/participation.ts';
import {
  cancelUpcomingSessions,
  countUpcomingSessions,
  listAppreciations,
  markMentorshipClosed,
  upsertAppreciation,
} from './closure.repo.ts';
import { findNames } from './summary.repo.ts';

type Caller = Pick<SignedInUser, 'id' | 'email'>;

/** What an upcoming session's cancellation says, in both calendars and on the session page. */
export const CLOSED_SESSION_REASON = 'The mentorship was closed';

const NOT_CLOSABLE: Partial<Record<MentorshipStatus, string>> = {
  pending:
    'This mentorship has not started yet. A request that waits can be withdrawn or declined instead.',
  declined: 'This request was declined, so there is no mentorship to close.',
  withdrawn: 'This request was withdrawn, so there is no mentorship to close.',
  expired: 'This request expired before it started, so there is no mentorship to close.',
  closed: 'This mentorship has already been closed.',
};

function requireClosable(mentorship: MentorshipRow, callerId: string) {
  const status = mentorship.status as MentorshipStatus;
  const facts = {
    status,
    origin: mentorship.origin as 'request' | 'invitation',
    requestedBy: mentorship.requestedById === callerId ? ('me' as const) : ('them' as const),
  };
  if (mayDo('close', facts)) return;
  throw new AppError('invalid_state', NOT_CLOSABLE[status] ?? 'This mentorship cannot be closed.');
}

async function describeClosure(
  db: Db,
  { mentorship, role, counterpartId }: Participation,
  caller: Caller,
  now: Date,
): Promise<Closure> {
  const names = await findNames(db, counterpartId ? [counterpartId] : []);
  const appreciations = await listAppreciations(db, mentorship.id);
  const pick = (mine: boolean) => {
    const row = appreciations.find((a) => (a.authorId === caller.id) === mine);
    return row ? { text: row.text, updatedAt: row.updatedAt.toISOString() } : null;
  };
  const closed = mentorship.status === 'closed';
  return {
    mentorshipId: mentorship.id,
    status: mentorship.status as MentorshipStatus,
    myRole: role,
    counterpart: { name: (counterpartId && names.get(counterpartId)) || 'Your partner' },
    upcomingSessions: closed ? 0 : await countUpcomingSessions(db, mentorship.id, now),
    closedAt: closed && mentorship.closedAt ? mentorship.closedAt.toISOString() : null,
    closedBy: closed ? (mentorship.closedById === caller.id ? 'me' : 'them') : null,
    reason: closed ? (mentorship.closeReason as CloseReason | null) : null,
    note: closed ? mentorship.closeNote : '',
    appreciations: closed
      ? { mine: pick(true), theirs: pick(false) }
      : { mine: null, theirs: null },
  };
}

export async function getClosure(db: Db, caller: Caller, id: string, now: Date) {
  const participation = await requireMentorshipParticipant(db, id, caller);
  return describeClosure(db, participation, caller, now);
}

/**
 * Ends an active or paused mentorship. One transaction under the mentorship's row lock, the
 * same lock scheduling takes: a session planned at the same moment either exists before we
 * look (and is cancelled here) or waits and then finds the mentorship closed (and is refused).
 * Open action items stay open: the summary lists them as they are.
 */
export async function closeMentorship(
  db: Db,
  caller: Caller,
  id: string,
  input: { reason: CloseReason; note?: string | undefined },
  now: Date,
): Promise<Closure> {
  await requireMentorshipParticipant(db, id, caller);
  const participation = await db.transaction(async (tx) => {
    const found = await requireMentorshipParticipant(tx as Db, id, caller, { lock: true });
    requireClosable(found.mentorship, caller.id);
    await cancelUpcomingSessions(tx as Db, id, {
      actorId: caller.id,
      reason: CLOSED_SESSION_REASON,
      now,
    });
    const mentorship = await markMentorshipClosed(tx as Db, id, {
      closedById: caller.id,
      closeReason: input.reason,
      closeNote: input.note ?? '',
      closedAt: now,
    });
    return { ...found, mentorship };
  });
  return describeClosure(db, participation, caller, now);
}

/** What the caller appreciated about the other person: their own, once the mentorship closed. */
export async function saveAppreciation(
  db: Db,
  caller: Caller,
  id: string,
  text: string,
  now: Date,
): Promise<Closure> {
  await requireMentorshipParticipant(db, id, caller);
  const participation = await db.transaction(async (tx) => {
    const found = await requireMentorshipParticipant(tx as Db, id, caller, { lock: true });
    if (found.mentorship.status !== 'closed') {
      throw new AppError(
        'invalid_state',
        'Appreciations are written once the mentorship has closed. Until then, tell them in your next session.',
      );
    }
    await upsertAppreciation(tx as Db, { mentorshipId: id, authorId: caller.id, text, now });
    return found;
  });
  return describeClosure(db, participation, caller, now);
}
