import { describe, expect, it } from 'vitest';
import {
  bothLocalTimes,
  instantToWallTime,
  minuteOfDayIn,
  offsetMinutes,
  wallTimeToInstant,
} from './session-times.ts';

describe('bothLocalTimes', () => {
  it('shows the viewer their time and the other person theirs', () => {
    // 17:00 UTC on Tue 1 Dec 2026: Paris (UTC+1) 18:00, Los Angeles (UTC-8) 09:00.
    expect(
      bothLocalTimes('2026-12-01T17:00:00Z', 'Europe/Paris', {
        name: 'Sam Lee',
        timeZone: 'America/Los_Angeles',
      }),
    ).toBe('Tue 18:00 for you · 09:00 for Sam');
  });

  it('names the other day when the date differs', () => {
    // 22:30 UTC Tue: Berlin Tue 23:30, Tokyo Wed 07:30.
    expect(
      bothLocalTimes('2026-12-01T22:30:00Z', 'Europe/Berlin', {
        name: 'Aiko',
        timeZone: 'Asia/Tokyo',
      }),
    ).toBe('Tue 23:30 for you · Wed 07:30 for Aiko');
  });

  it('handles half-hour and quarter-hour zones', () => {
    expect(
      bothLocalTimes('2026-12-01T12:00:00Z', 'Asia/Kolkata', {
        name: 'Ravi',
        timeZone: 'Asia/Kathmandu',
      }),
    ).toBe('Tue 17:30 for you · 17:45 for Ravi');
  });

  it('says it once when both share the time', () => {
    expect(
      bothLocalTimes('2026-12-01T17:00:00Z', 'Europe/Paris', {
        name: 'Noor',
        timeZone: 'Europe/Berlin',
      }),
    ).toBe('Tue 18:00 for you and Noor');
  });

  it('follows each side across its own DST change', () => {
    // 15 Mar 2026: the US has moved to summer time (New York UTC-4), Europe has not (London UTC+0).
    // The usual five-hour gap is four hours that week.
    expect(
      bothLocalTimes('2026-03-16T14:00:00Z', 'Europe/London', {
        name: 'Jo',
        timeZone: 'America/New_York',
      }),
    ).toBe('Mon 14:00 for you · 10:00 for Jo');
    expect(
      bothLocalTimes('2026-04-06T14:00:00Z', 'Europe/London', {
        name: 'Jo',
        timeZone: 'America/New_York',
      }),
    ).toBe('Mon 15:00 for you · 10:00 for Jo');
  });
});

describe('wallTimeToInstant', () => {
  it('reads a wall time in the given zone', () => {
    expect(wallTimeToInstant('2026-12-01T18:00', 'Europe/Paris')?.toISOString()).toBe(
      '2026-12-01T17:00:00.000Z',
    );
    expect(wallTimeToInstant('2026-07-01T18:00', 'Europe/Paris')?.toISOString()).toBe(
      '2026-07-01T16:00:00.000Z',
    );
  });

  it('moves a time in the spring-forward gap to just after it', () => {
    // Paris skips 02:00–03:00 on 29 Mar 2026; 02:30 does not exist and becomes 03:30 CEST.
    expect(wallTimeToInstant('2026-03-29T02:30', 'Europe/Paris')?.toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('takes the earlier moment of a repeated autumn hour', () => {
    // Paris repeats 02:00–03:00 on 25 Oct 2026: 02:30 is first 00:30Z (CEST), then 01:30Z (CET).
    expect(wallTimeToInstant('2026-10-25T02:30', 'Europe/Paris')?.toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('refuses text that is not a wall time', () => {
    expect(wallTimeToInstant('tomorrow', 'Europe/Paris')).toBeNull();
  });

  it('round-trips with instantToWallTime', () => {
    const instant = new Date('2026-11-25T08:15:00Z');
    for (const zone of ['Pacific/Auckland', 'America/St_Johns', 'UTC', 'Asia/Kathmandu']) {
      expect(wallTimeToInstant(instantToWallTime(instant, zone), zone)?.getTime()).toBe(
        instant.getTime(),
      );
    }
  });
});

describe('offsets', () => {
  it('knows each zone offset at an instant', () => {
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Paris')).toBe(60);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Paris')).toBe(120);
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/St_Johns')).toBe(-210);
    expect(minuteOfDayIn(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe(17 * 60 + 30);
  });
});
