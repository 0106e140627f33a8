import { firstName } from '../../../../common/sessions/session-times.ts';
import type { Composition } from '../composed-message.ts';

/**
 * Times as the recipient reads them: always in their own zone, and always saying so, because a
 * mail is read far from the app (on a phone abroad, forwarded to a shared calendar).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, withTime: boolean) {
  const key = `${timeZone}|${withTime}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    formatters.set(key, found);
  }
  return found;
}

/** "Sat 28 Nov, 17:00 your time". */
export function whenFor(instant: Date, timeZone: string): string {
  return `${formatter(timeZone, true).format(instant)} your time`;
}

/** "Sat 28 Nov" as a day in the reader's zone. */
export function dayFor(instant: Date, timeZone: string): string {
  return formatter(timeZone, false).format(instant);
}

/** "Fri 27 Nov" for a calendar date (`YYYY-MM-DD`), which is already the owner's own day. */
export function calendarDay(date: string): string {
  return formatter('UTC', false).format(new Date(`${date}T12:00:00Z`));
}

export const nameOf = (person: { name: string } | undefined, fallback: string) =>
  person ? firstName(person.name) : fallback;

export const skip = (reason: string): Composition => ({ skip: reason });

export const endOf = (session: { startsAt: Date; durationMinutes: number }) =>
  new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);

/** A payload field as a string ('' when missing, which no row id or date ever equals). */
export const field = (payload: Record<string, unknown>, key: string): string => {
  const value = payload[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
};

export const numberField = (payload: Record<string, unknown>, key: string): number | null => {
  const value = payload[key];
  return typeof value === 'number' ? value : null;
};
