import { clockOptions, dateLocaleTag } from '../../../../common/dates/date-locales.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import type { Composition } from '../composed-message.ts';

/**
 * Times as the recipient reads them: always in their own zone, and always saying so, because a
 * mail is read far from the app (on a phone abroad, forwarded to a shared calendar).
 */

/** Whose clock and whose way of writing dates (a Recipient fits). */
export interface Reader {
  timeZone: string;
  locale: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter({ timeZone, locale }: Reader, withTime: boolean) {
  const key = `${timeZone}|${locale}|${withTime}`;
  let found = formatters.get(key);
  if (!found) {
    // The locale decides the order and the clock (14:00 or 2:00 PM); the words stay English.
    const tag = dateLocaleTag(locale);
    found = new Intl.DateTimeFormat(tag, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      ...(withTime ? clockOptions(tag) : {}),
    });
    formatters.set(key, found);
  }
  return found;
}

/** "Sat 28 Nov, 17:00 your time" (or "Sat, Nov 28, 5:00 PM your time" in en-US). */
export function whenFor(instant: Date, reader: Reader): string {
  return `${formatter(reader, true).format(instant)} your time`;
}

/** "Sat 28 Nov" as a day in the reader's zone. */
export function dayFor(instant: Date, reader: Reader): string {
  return formatter(reader, false).format(instant);
}

/** "Fri 27 Nov" for a calendar date (`YYYY-MM-DD`), which is already the owner's own day. */
export function calendarDay(date: string, reader: Pick<Reader, 'locale'>): string {
  return formatter({ timeZone: 'UTC', locale: reader.locale }, false).format(
    new Date(`${date}T12:00:00Z`),
  );
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
