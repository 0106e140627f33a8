import type { SessionWarning } from '../../../common/schemas/sessions.ts';
import { firstName, minuteOfDayIn, wallTimeIn } from '../../../common/sessions/session-times.ts';

/**
 * Warnings about a session's time: never refusals, because people know their own calendars
 * best, but worth a second look before the other person gets an invitation at 07:00 on a Sunday.
 * Pure: the service gathers the facts (other sessions, usual hours) and this decides.
 */

export interface UsualHoursRule {
  /** Minutes after local midnight. */
  startMinute: number;
  endMinute: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
}

/** Another scheduled session of one of the two people, overlapping the time being checked. */
export interface BusySession {
  id: string;
  mentorshipId: string;
  startsAt: Date;
  endsAt: Date;
  /** Both people of that session's mentorship. */
  participantIds: string[];
}

export interface WarningPerson {
  id: string;
  name: string;
  timeZone: string;
  hours: UsualHoursRule;
}

export interface WarningFacts {
  /** The session being checked (when it already exists it is left out of the busy list). */
  sessionId: string | null;
  mentorshipId: string;
  startsAt: Date;
  durationMinutes: number;
  me: WarningPerson;
  them: WarningPerson;
  /** Scheduled sessions of either person that overlap the time. */
  busy: BusySession[];
  /** Names of the people in the viewer's own other sessions, by user id. */
  names: Map<string, string>;
}

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "09:30"; the end of the day is "24:00", which reads better than a second midnight. */
function clock(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "Mon–Fri", "Mon, Wed, Fri", "Mon–Wed, Sat", "every day". */
export function describeDays(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return 'every day';
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) => {
      const first = DAY_SHORT[(run[0] ?? 1) - 1];
      const last = DAY_SHORT[(run.at(-1) ?? 1) - 1];
      if (run.length === 1) return first;
      return run.length === 2 ? `${first}, ${last}` : `${first}–${last}`;
    })
    .join(', ');
}

/** "Mon–Fri 09:00–18:00". */
export function describeHours(hours: UsualHoursRule): string {
  return `${describeDays(hours.days)} ${clock(hours.startMinute)}–${clock(hours.endMinute)}`;
}

/**
 * Whether the whole session, start to end, sits inside the person's usual hours on one of
 * their usual days, read on their own wall clock (so each side follows its own DST changes).
 */
export function fitsUsualHours(
  startsAt: Date,
  durationMinutes: number,
  timeZone: string,
  hours: UsualHoursRule,
): { fits: true } | { fits: false; startOutside: boolean } {
  const start = wallTimeIn(startsAt, timeZone);
  const startMinute = start.hour * 60 + start.minute;
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  const end = wallTimeIn(endsAt, timeZone);
  const sameDay = end.year === start.year && end.month === start.month && end.day === start.day;
  // Ending exactly at midnight still ends "that day" for hours that run until 24:00.
  const endMinute = sameDay
    ? minuteOfDayIn(endsAt, timeZone)
    : end.weekday === (start.weekday % 7) + 1 && end.hour === 0 && end.minute === 0
      ? 1440
      : Number.POSITIVE_INFINITY;
  const startOutside = !hours.days.includes(start.weekday) || startMinute < hours.startMinute;
  if (startOutside || startMinute >= hours.endMinute) return { fits: false, startOutside: true };
  if (endMinute > hours.endMinute) return { fits: false, startOutside: false };
  return { fits: true };
}

function hoursWarning(
  facts: WarningFacts,
  person: WarningPerson,
  who: 'me' | 'them',
): SessionWarning | null {
  const check = fitsUsualHours(
    facts.startsAt,
    facts.durationMinutes,
    person.timeZone,
    person.hours,
  );
  if (check.fits) return null;
  const forWhom = who === 'me' ? 'you' : firstName(person.name);
  const whose = who === 'me' ? 'your' : 'their';
  const usual = describeHours(person.hours);
  if (check.startOutside) {
    const start = wallTimeIn(facts.startsAt, person.timeZone);
    const at = `${pad(start.hour)}:${pad(start.minute)} on ${DAY_NAMES[start.weekday - 1]}`;
    return {
      kind: 'outside-usual-hours',
      person: who,
      message: `That is ${at} for ${forWhom}, outside ${whose} usual hours (${usual}).`,
    };
  }
  const endsAt = new Date(facts.startsAt.getTime() + facts.durationMinutes * 60_000);
  const end = wallTimeIn(endsAt, person.timeZone);
  const until = `${pad(end.hour)}:${pad(end.minute)} on ${DAY_NAMES[end.weekday - 1]}`;
  return {
    kind: 'outside-usual-hours',
    person: who,
    message: `That runs until ${until} for ${forWhom}, past the end of ${whose} usual hours (${usual}).`,
  };
}

function overlapsOf(facts: WarningFacts, personId: string): BusySession[] {
  return facts.busy.filter(
    (busy) => busy.id !== facts.sessionId && busy.participantIds.includes(personId),
  );
}

/** "Tue 17:30–18:30" on the viewer's clock. */
function span(busy: BusySession, timeZone: string): string {
  const start = wallTimeIn(busy.startsAt, timeZone);
  const end = wallTimeIn(busy.endsAt, timeZone);
  return `${DAY_SHORT[start.weekday - 1]} ${pad(start.hour)}:${pad(start.minute)}–${pad(end.hour)}:${pad(end.minute)}`;
}

function overlapWarnings(facts: WarningFacts): SessionWarning[] {
  const warnings: SessionWarning[] = [];
  const { me, them } = facts;
  const mine = overlapsOf(facts, me.id);
  const first = mine[0];
  if (first) {
    const otherId = first.participantIds.find((id) => id !== me.id) ?? '';
    const samePair = first.mentorshipId === facts.mentorshipId;
    const withWhom = samePair
      ? `You and ${firstName(them.name)} already have a session`
      : `You already have a session with ${firstName(facts.names.get(otherId) ?? 'someone')}`;
    const more = mine.length > 1 ? ` (and ${mine.length - 1} more)` : '';
    warnings.push({
      kind: 'overlap',
      person: 'me',
      message: `${withWhom} on ${span(first, me.timeZone)}${more}.`,
    });
  }
  // Their other sessions are their business: say only that the time is taken, never with whom
  // or when. Sessions the viewer is part of were already named above.
  const theirs = overlapsOf(facts, them.id).filter((busy) => !busy.participantIds.includes(me.id));
  if (theirs.length > 0) {
    warnings.push({
      kind: 'overlap',
      person: 'them',
      message: `${firstName(them.name)} already has another session at that time.`,
    });
  }
  return warnings;
}

/** Everything worth a second look about this time, for the viewer `me`, in a stable order. */
export function sessionWarnings(facts: WarningFacts): SessionWarning[] {
  const hours = [hoursWarning(facts, facts.me, 'me'), hoursWarning(facts, facts.them, 'them')];
  return [
    ...overlapWarnings(facts),
    ...hours.filter((warning): warning is SessionWarning => warning !== null),
  ];
}
