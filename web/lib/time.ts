import { useEffect, useState } from 'react';

/** The current time, refreshed at the start of every minute (enough for an hh:mm clock). */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const untilNextMinute = 60_000 - (Date.now() % 60_000);
      timer = setTimeout(() => {
        setNow(new Date());
        schedule();
      }, untilNextMinute + 50);
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return now;
}

/** `{ time: '14:05', weekday: 'Tuesday', hour: 14 }` as seen in `timeZone`. */
export function clockIn(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    weekday: 'long',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const hour = part('hour');
  return { time: `${hour}:${part('minute')}`, weekday: part('weekday'), hour: Number(hour) };
}

/** "UTC+05:30" for a zone at a given moment (offsets move with daylight saving time). */
export function utcOffsetLabel(timeZone: string, at: Date = new Date()): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  // Intl writes plain "GMT" for a zero offset and "GMT+05:30" otherwise.
  return !name || name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC');
}

/** "25 Nov 2026, 14:05": a moment, as seen in the member's own time zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** "31 March 2027" for a calendar day (`YYYY-MM-DD`): a day, so no time zone shifts it. */
export function formatCalendarDate(day: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${day}T00:00:00Z`));
}
