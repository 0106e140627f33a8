import type { SessionDetail, SessionSummary } from '../../../../common/schemas/sessions.ts';
import {
  bothLocalTimes,
  clockTimeIn,
  dayAndTimeIn,
  firstName,
  wallTimeIn,
} from '../../../../common/sessions/session-times.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAYS_LONG = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The calendar tile of a session: its day as seen in `timeZone`. */
export function dateTile(instant: string, timeZone: string) {
  const wall = wallTimeIn(new Date(instant), timeZone);
  return {
    month: MONTHS[wall.month - 1] ?? '',
    day: String(wall.day),
    weekday: WEEKDAYS[wall.weekday - 1] ?? '',
  };
}

/** "Tue 1 Dec, 18:00" in a zone. */
export function dayDateTime(instant: string, timeZone: string): string {
  const wall = wallTimeIn(new Date(instant), timeZone);
  return `${WEEKDAYS[wall.weekday - 1]} ${wall.day} ${MONTHS[wall.month - 1]}, ${clockTimeIn(new Date(instant), timeZone)}`;
}

/** "Tuesday 1 December 2026" in a zone. */
export function longDate(instant: string, timeZone: string): string {
  const wall = wallTimeIn(new Date(instant), timeZone);
  return `${WEEKDAYS_LONG[wall.weekday - 1]} ${wall.day} ${MONTHS_LONG[wall.month - 1]} ${wall.year}`;
}

/** "18:00–19:00", with the end's day when it falls on another one ("23:30–Wed 00:30"). */
export function timeRange(start: string, end: string, timeZone: string): string {
  const a = wallTimeIn(new Date(start), timeZone);
  const b = wallTimeIn(new Date(end), timeZone);
  const endText = clockTimeIn(new Date(end), timeZone);
  const sameDay = a.day === b.day && a.month === b.month;
  return `${clockTimeIn(new Date(start), timeZone)}–${sameDay ? endText : `${WEEKDAYS[b.weekday - 1]} ${endText}`}`;
}

/** "45 minutes", "1 hour", "1 hour 30 minutes". */
export function durationLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 0 ? '' : hours === 1 ? '1 hour' : `${hours} hours`;
  const m = rest === 0 ? '' : `${rest} minutes`;
  return [h, m].filter(Boolean).join(' ') || '0 minutes';
}

/** A place that is a web address is a video link, and shown as one. */
export function isLink(location: string): boolean {
  return /^https?:\/\/\S+$/i.test(location);
}

/** "Tue 18:00 for you · 09:00 for Sam" for a session. */
export function sessionBothTimes(
  session: Pick<SessionSummary, 'startsAt' | 'myTimeZone' | 'counterpart'>,
) {
  return bothLocalTimes(session.startsAt, session.myTimeZone, session.counterpart);
}

/** "Mon 18:00" within the coming week, where a weekday is unambiguous; else "Mon 7 Dec, 18:00". */
export function shortMoment(instant: string, timeZone: string, now: Date): string {
  const days = Math.abs(new Date(instant).getTime() - now.getTime()) / 86_400_000;
  return days < 6 ? dayAndTimeIn(new Date(instant), timeZone) : dayDateTime(instant, timeZone);
}

export type BadgeTone = 'green' | 'yellow' | 'red' | 'gray' | 'blue';

/** Where a session stands for the list: its phase, or for an upcoming one, its prep. */
export function prepBadge(session: SessionSummary, now: Date): { label: string; tone: BadgeTone } {
  if (session.phase === 'cancelled') return { label: 'Cancelled', tone: 'gray' };
  if (session.phase === 'past') return { label: 'Took place', tone: 'gray' };
  if (session.phase === 'in-progress') return { label: 'Happening now', tone: 'blue' };
  const { prep } = session;
  if (prep.sharedAt) {
    if (prep.changedSinceRead) return { label: 'Prep updated since read', tone: 'yellow' };
    return { label: prep.lastReadAt ? 'Prep shared and read' : 'Prep shared', tone: 'green' };
  }
  const due = shortMoment(session.prepDueAt, session.myTimeZone, now);
  if (new Date(session.prepDueAt) <= now) {
    return { label: `Prep not shared · was due ${due}`, tone: 'red' };
  }
  return { label: `Prep not shared yet · due ${due}`, tone: 'yellow' };
}

type SessionEvent = SessionDetail['history'][number];

/** "Moved by Sam from Tue 1 Dec, 18:00 to Wed 2 Dec, 18:00 — clash with a work trip". */
export function historyLine(event: SessionEvent, counterpartName: string, timeZone: string) {
  const who = event.actor === 'me' ? 'you' : firstName(counterpartName);
  const at = (iso: string | null) => (iso ? dayDateTime(iso, timeZone) : '');
  const why = event.reason ? ` — ${event.reason}` : '';
  const length = event.durationMinutes ? durationLabel(event.durationMinutes) : '';
  if (event.kind === 'scheduled') {
    return `Scheduled by ${who} for ${at(event.startsAt)} (${length})`;
  }
  if (event.kind === 'recorded') {
    return `Recorded by ${who} as held on ${at(event.startsAt)} (${length})`;
  }
  if (event.kind === 'cancelled') return `Cancelled by ${who}${why}`;
  const moved = event.previousStartsAt !== event.startsAt;
  const resized = event.previousDurationMinutes !== event.durationMinutes;
  if (moved) {
    const longer = resized ? `, now ${length}` : '';
    return `Moved by ${who} from ${at(event.previousStartsAt)} to ${at(event.startsAt)}${longer}${why}`;
  }
  if (resized) {
    const was = durationLabel(event.previousDurationMinutes ?? 0);
    return `Changed to ${length} by ${who} (was ${was})${why}`;
  }
  return `Place or link changed by ${who}${why}`;
}
