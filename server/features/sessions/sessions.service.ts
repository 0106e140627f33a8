import type { MentorshipStatus } from '../../../common/schemas/mentorships.ts';
import {
  type CancelSessionInput,
  RECORD_HORIZON_DAYS,
  type RescheduleSessionInput,
  SCHEDULE_HORIZON_DAYS,
  type ScheduleSessionInput,
  type SessionDetail,
  type SessionList,
} from '../../../common/schemas/sessions.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { phaseOf } from '../../lib/held-sessions.ts';
import type { MentoringSessionRow, MentorshipRow } from '../../lib/participation.repo.ts';
import {
  requireMentorshipParticipant,
  requireSessionParticipant,
} from '../../lib/participation.ts';
import { buildSessionDetail } from './session-detail.ts';
import {
  remindSessionCancelled,
  remindSessionRescheduled,
  remindSessionScheduled,
} from './session-reminders.ts';
import { summarizeSessions } from './session-summary.ts';
import {
  insertSession,
  insertSessionEvent,
  listSessionsOfUser,
  type SessionListFilter,
  updateSessionTime,
} from './sessions.repo.ts';

type Caller = Pick<SignedInUser, 'id' | 'email' | 'timeZone'>;

const DAY = 86_400_000;

function startsAtError(message: string) {
  return new AppError('validation_failed', 'Some fields need attention.', { startsAt: message });
}

/**
 * A planned session starts in the future, and not so far ahead that it must be a typo; a
 * recorded one has already started, and not so long ago that memory of it has faded.
 */
function checkStart(startsAt: Date, now: Date, held: boolean) {
  if (held) {
    if (startsAt.getTime() > now.getTime()) {
      throw startsAtError('A session you record has already started. Pick a time in the past.');
    }
    if (startsAt.getTime() < now.getTime() - RECORD_HORIZON_DAYS * DAY) {
      throw startsAtError(`Record sessions from the last ${RECORD_HORIZON_DAYS} days.`);
    }
    return;
  }
  if (startsAt.getTime() <= now.getTime()) {
    throw startsAtError('That time has already passed. Pick a time in the future.');
  }
  if (startsAt.getTime() > now.getTime() + SCHEDULE_HORIZON_DAYS * DAY) {
    throw startsAtError('Pick a time within the next year.');
  }
}

const NOT_ACTIVE: Partial<Record<MentorshipStatus, string>> = {
  pending: 'This mentorship has not started yet: sessions can be planned once it is accepted.',
  paused: 'This mentorship is paused. Resume it first, then plan the session.',
};

/** Sessions are planned and moved only while the pair is actively meeting. */
function requireActive(mentorship: MentorshipRow) {
  if (mentorship.status === 'active') return;
  throw new AppError(
    'invalid_state',
    NOT_ACTIVE[mentorship.status as MentorshipStatus] ??
      'This mentorship has ended, so no sessions can be planned in it.',
  );
}

/** Moving or cancelling needs a session that is still on and not over yet. */
function requireStillOn(session: MentoringSessionRow, now: Date) {
  const phase = phaseOf(session, now);
  if (phase === 'cancelled') {
    throw new AppError(
      'invalid_state',
      'This session was cancelled, so it cannot change any more.',
    );
  }
  if (phase === 'past') {
    throw new AppError('invalid_state', 'This session has already taken place.');
  }
}

export async function scheduleSession(
  db: Db,
  caller: Caller,
  input: ScheduleSessionInput,
  now: Date,
): Promise<SessionDetail> {
  const startsAt = new Date(input.startsAt);
  const held = input.held === true;
  checkStart(startsAt, now, held);
  const { session, mentorship, counterpartId } = await db.transaction(async (tx) => {
    // The mentorship row stays locked until commit: a pause racing this request either comes
    // first (and we refuse) or waits for the session to exist.
    const participation = await requireMentorshipParticipant(tx as Db, input.mentorshipId, caller, {
      lock: true,
    });
    requireActive(participation.mentorship);
    const session = await insertSession(tx as Db, {
      mentorshipId: participation.mentorship.id,
      startsAt,
      durationMinutes: input.durationMinutes,
      location: input.location ?? '',
      createdById: caller.id,
    });
    await insertSessionEvent(tx as Db, {
      sessionId: session.id,
      kind: held ? 'recorded' : 'scheduled',
      actorId: caller.id,
      startsAt,
      durationMinutes: input.durationMinutes,
    });
    const change = { session, mentorship: participation.mentorship, actorId: caller.id, now };
    await remindSessionScheduled(tx as Db, change, held);
    return { ...participation, session };
  });
  // An active mentorship always has both people.
  return buildSessionDetail(db, session, mentorship, caller, counterpartId ?? '', now);
}

export async function listSessions(
  db: Db,
  caller: Caller,
  query: { when: SessionListFilter; mentorshipId?: string | undefined },
  now: Date,
): Promise<SessionList> {
  // Someone else's mentorship id must look exactly like an unknown one.
  if (query.mentorshipId) await requireMentorshipParticipant(db, query.mentorshipId, caller);
  const rows = await listSessionsOfUser(db, caller.id, now, query);
  return { sessions: await summarizeSessions(db, rows, caller, now) };
}

export async function getSession(
  db: Db,
  caller: Caller,
  id: string,
  now: Date,
): Promise<SessionDetail> {
  const { session, mentorship, counterpartId } = await requireSessionParticipant(db, id, caller);
  return buildSessionDetail(db, session, mentorship, caller, counterpartId, now);
}

export async function rescheduleSession(
  db: Db,
  caller: Caller,
  id: string,
  input: RescheduleSessionInput,
  now: Date,
): Promise<SessionDetail> {
  const startsAt = new Date(input.startsAt);
  checkStart(startsAt, now, false);
  const { session, mentorship, counterpartId } = await db.transaction(async (tx) => {
    const found = await requireSessionParticipant(tx as Db, id, caller, { lock: true });
    const before = found.session;
    requireStillOn(before, now);
    requireActive(found.mentorship);
    const durationMinutes = input.durationMinutes ?? before.durationMinutes;
    const location = input.location ?? before.location;
    const unchanged =
      startsAt.getTime() === before.startsAt.getTime() &&
      durationMinutes === before.durationMinutes &&
      location === before.location;
    if (unchanged) {
      throw startsAtError('The session is already at that time. Pick a new time or length.');
    }
    const session = await updateSessionTime(tx as Db, before.id, {
      startsAt,
      durationMinutes,
      location,
    });
    await insertSessionEvent(tx as Db, {
      sessionId: before.id,
      kind: 'rescheduled',
      actorId: caller.id,
      reason: input.reason,
      previousStartsAt: before.startsAt,
      previousDurationMinutes: before.durationMinutes,
      startsAt,
      durationMinutes,
    });
    const change = { session, mentorship: found.mentorship, actorId: caller.id, now };
    await remindSessionRescheduled(tx as Db, change, before.startsAt);
    return { ...found, session };
  });
  return buildSessionDetail(db, session, mentorship, caller, counterpartId, now);
}

export async function cancelSession(
  db: Db,
  caller: Caller,
  id: string,
  input: CancelSessionInput,
  now: Date,
): Promise<SessionDetail> {
  const { session, mentorship, counterpartId } = await db.transaction(async (tx) => {
    const found = await requireSessionParticipant(tx as Db, id, caller, { lock: true });
    const before = found.session;
    // Cancelling stays possible in a paused or closed mentorship: it clears both calendars.
    requireStillOn(before, now);
    const session = await updateSessionTime(tx as Db, before.id, {
      status: 'cancelled',
      cancelledAt: now,
    });
    await insertSessionEvent(tx as Db, {
      sessionId: before.id,
      kind: 'cancelled',
      actorId: caller.id,
      reason: input.reason,
      startsAt: before.startsAt,
      durationMinutes: before.durationMinutes,
    });
    await remindSessionCancelled(tx as Db, {
      session,
      mentorship: found.mentorship,
      actorId: caller.id,
      now,
    });
    return { ...found, session };
  });
  return buildSessionDetail(db, session, mentorship, caller, counterpartId, now);
}
