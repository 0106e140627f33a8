import { and, desc, eq, gt, ne } from 'drizzle-orm';
import { notMeetingAfterDays } from '../../common/mentorships/cadence.ts';
import type { Db } from '../db/client.ts';
import { mentoringSessions } from '../db/schema/mentoring-sessions.ts';
import type { MentoringSessionRow, MentorshipRow } from './participation.repo.ts';
import { type ReminderRequest, rescheduleReminder } from './reminders.ts';

/**
 * The reminders whose time follows a mentorship's settings: prep due (the prep deadline) and
 * "you have not met for a while" (the cadence). Sessions schedule them; a settings change
 * moves the pending ones, so nobody is reminded on the old rhythm.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The mentee hears about their prep this long before it is due. */
const PREP_NOTICE_HOURS = 12;
const later = (a: Date, b: Date) => (a > b ? a : b);

export function sessionFacts(session: MentoringSessionRow) {
  return {
    sessionId: session.id,
    mentorshipId: session.mentorshipId,
    sequence: session.sequence,
    startsAt: session.startsAt.toISOString(),
  };
}

/** The mentee's prep reminder for an upcoming session, or null when its time has passed. */
export function prepDueReminder(
  session: MentoringSessionRow,
  mentorship: MentorshipRow,
  now: Date,
): ReminderRequest | null {
  const prepDueAt = new Date(session.startsAt.getTime() - mentorship.prepDeadlineHours * HOUR);
  if (!mentorship.menteeId || session.startsAt <= now || prepDueAt <= now) return null;
  return {
    type: 'prep-due',
    recipientId: mentorship.menteeId,
    dueAt: later(new Date(prepDueAt.getTime() - PREP_NOTICE_HOURS * HOUR), now),
    dedupeKey: `prep-due:${session.id}:${mentorship.menteeId}`,
    payload: sessionFacts(session),
  };
}

/** Both people's nudge for when nothing follows this session for too long; none without a rhythm. */
export function notMeetingReminders(
  session: MentoringSessionRow,
  mentorship: MentorshipRow,
): ReminderRequest[] {
  const afterDays = notMeetingAfterDays(mentorship.cadence);
  if (!afterDays) return [];
  const people = [mentorship.menteeId, mentorship.mentorId].filter((id) => id !== null);
  return people.map((recipientId) => ({
    type: 'pair-not-meeting',
    recipientId,
    dueAt: new Date(session.startsAt.getTime() + afterDays * DAY),
    dedupeKey: `pair-not-meeting:${mentorship.id}:${session.id}:${recipientId}`,
    payload: sessionFacts(session),
  }));
}

/**
 * After the prep deadline or cadence changed (in the same transaction): prep reminders of
 * upcoming sessions move to the new deadline, and the nudge after the latest session moves to
 * the new rhythm. Reminders already sent stay as they were.
 */
export async function retimeMentorshipReminders(db: Db, mentorship: MentorshipRow, now: Date) {
  const live = and(
    eq(mentoringSessions.mentorshipId, mentorship.id),
    ne(mentoringSessions.status, 'cancelled'),
  );
  const upcoming = await db
    .select()
    .from(mentoringSessions)
    .where(and(live, gt(mentoringSessions.startsAt, now)));
  for (const session of upcoming) {
    const request = prepDueReminder(session, mentorship, now);
    if (request) await rescheduleReminder(db, request);
  }
  const [latest] = await db
    .select()
    .from(mentoringSessions)
    .where(live)
    .orderBy(desc(mentoringSessions.startsAt))
    .limit(1);
  if (!latest) return;
  for (const request of notMeetingReminders(latest, mentorship)) {
    await rescheduleReminder(db, request);
  }
}
