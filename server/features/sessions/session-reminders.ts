import { roundsOpened } from '../../../common/fit-check/fit-check-rounds.ts';
import { CADENCE_DAYS, NOT_MEETING_FACTOR } from '../../../common/mentorships/cadence.ts';
import type { Cadence } from '../../../common/schemas/mentorships.ts';
import type { Db } from '../../db/client.ts';
import type { MentoringSessionRow, MentorshipRow } from '../../lib/participation.repo.ts';
import { rescheduleReminder, scheduleReminder } from '../../lib/reminders.ts';
import { countSessionsUpTo } from './sessions.repo.ts';

/**
 * What a session's changes tell people, scheduled in the transaction of the change. Keys are
 * stable per session and recipient, so a move shifts the pending reminders instead of adding
 * more; composers check again at sending time whether each still makes sense.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The mentee hears about their prep this long before it is due. */
const PREP_NOTICE_HOURS = 12;
/** Reviews are asked for a little after the end, once people are back at their desks. */
const REVIEW_AFTER_HOURS = 2;

interface SessionChange {
  session: MentoringSessionRow;
  mentorship: MentorshipRow;
  /** Who made the change: the other person is told. */
  actorId: string;
  now: Date;
}

const endOf = (session: MentoringSessionRow) =>
  new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);

const later = (a: Date, b: Date) => (a > b ? a : b);

function pairOf(mentorship: MentorshipRow) {
  return [mentorship.menteeId, mentorship.mentorId].filter((id): id is string => id !== null);
}

function otherOf(mentorship: MentorshipRow, actorId: string) {
  return actorId === mentorship.menteeId ? mentorship.mentorId : mentorship.menteeId;
}

function facts(session: MentoringSessionRow) {
  return {
    sessionId: session.id,
    mentorshipId: session.mentorshipId,
    sequence: session.sequence,
    startsAt: session.startsAt.toISOString(),
  };
}

/**
 * The reminders that follow a session's time: prep (upcoming only), reviews, the fit check it
 * may open and the nudge if the pair stops meeting after it. `move` shifts pending ones.
 */
async function timedReminders(db: Db, change: SessionChange, move: boolean) {
  const { session, mentorship, now } = change;
  const put = move ? rescheduleReminder : scheduleReminder;
  const payload = facts(session);
  const prepDueAt = new Date(session.startsAt.getTime() - mentorship.prepDeadlineHours * HOUR);
  if (mentorship.menteeId && session.startsAt > now && prepDueAt > now) {
    await put(db, {
      type: 'prep-due',
      recipientId: mentorship.menteeId,
      dueAt: later(new Date(prepDueAt.getTime() - PREP_NOTICE_HOURS * HOUR), now),
      dedupeKey: `prep-due:${session.id}:${mentorship.menteeId}`,
      payload,
    });
  }
  const end = endOf(session);
  const number = await countSessionsUpTo(db, session);
  const round = roundsOpened(number, mentorship.fitCheckEvery);
  const opensRound = round > roundsOpened(number - 1, mentorship.fitCheckEvery);
  const cadenceDays = mentorship.cadence ? CADENCE_DAYS[mentorship.cadence as Cadence] : null;
  for (const recipientId of pairOf(mentorship)) {
    await put(db, {
      type: 'review-due',
      recipientId,
      dueAt: later(new Date(end.getTime() + REVIEW_AFTER_HOURS * HOUR), now),
      dedupeKey: `review-due:${session.id}:${recipientId}`,
      payload,
    });
    if (opensRound) {
      await put(db, {
        type: 'fit-check-due',
        recipientId,
        dueAt: later(end, now),
        dedupeKey: `fit-check-due:${mentorship.id}:${round}:${recipientId}`,
        payload: { ...payload, round },
      });
    }
    if (cadenceDays) {
      await put(db, {
        type: 'pair-not-meeting',
        recipientId,
        dueAt: new Date(session.startsAt.getTime() + cadenceDays * NOT_MEETING_FACTOR * DAY),
        dedupeKey: `pair-not-meeting:${mentorship.id}:${session.id}:${recipientId}`,
        payload,
      });
    }
  }
}

/** A session planned (or one that already took place, recorded afterwards). */
export async function remindSessionScheduled(db: Db, change: SessionChange, held: boolean) {
  const otherId = otherOf(change.mentorship, change.actorId);
  if (!held && otherId) {
    await scheduleReminder(db, {
      type: 'session-scheduled',
      recipientId: otherId,
      dueAt: change.now,
      dedupeKey: `session-scheduled:${change.session.id}:${otherId}`,
      payload: facts(change.session),
    });
  }
  await timedReminders(db, change, false);
}

/** A session moved: the other person hears of it, and what hangs on its time moves along. */
export async function remindSessionRescheduled(
  db: Db,
  change: SessionChange,
  previousStartsAt: Date,
) {
  const otherId = otherOf(change.mentorship, change.actorId);
  if (otherId) {
    await scheduleReminder(db, {
      type: 'session-rescheduled',
      recipientId: otherId,
      dueAt: change.now,
      // One per move: the composer sends only the latest (its sequence is the session's).
      dedupeKey: `session-rescheduled:${change.session.id}:${change.session.sequence}:${otherId}`,
      payload: { ...facts(change.session), previousStartsAt: previousStartsAt.toISOString() },
    });
  }
  await timedReminders(db, change, true);
}

/** A session cancelled; its pending prep and review reminders skip themselves when due. */
export async function remindSessionCancelled(db: Db, change: SessionChange) {
  const otherId = otherOf(change.mentorship, change.actorId);
  if (!otherId) return;
  await scheduleReminder(db, {
    type: 'session-cancelled',
    recipientId: otherId,
    dueAt: change.now,
    dedupeKey: `session-cancelled:${change.session.id}:${otherId}`,
    payload: facts(change.session),
  });
}

interface PrepChange {
  sessionId: string;
  mentorId: string | null;
  before: { sharedAt: Date | null };
  after: { sharedAt: Date | null; lastReadAt: Date | null; updatedAt: Date };
  now: Date;
}

/**
 * The mentor hears when the prep is first shared, and once per read when it changes after they
 * read it (the key carries the read time: another read, another possible message).
 */
export async function remindPrepChanged(db: Db, change: PrepChange) {
  const { sessionId, mentorId, before, after, now } = change;
  if (!mentorId || !after.sharedAt) return;
  if (!before.sharedAt) {
    await scheduleReminder(db, {
      type: 'prep-shared',
      recipientId: mentorId,
      dueAt: now,
      dedupeKey: `prep-shared:${sessionId}`,
      payload: { sessionId },
    });
    return;
  }
  if (after.lastReadAt && after.updatedAt > after.lastReadAt) {
    const lastReadAt = after.lastReadAt.toISOString();
    await scheduleReminder(db, {
      type: 'brief-updated',
      recipientId: mentorId,
      dueAt: now,
      dedupeKey: `brief-updated:${sessionId}:${lastReadAt}`,
      payload: { sessionId, lastReadAt },
    });
  }
}
