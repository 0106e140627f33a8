import { describe, expect, it } from 'vitest';
import { latestFitCheckRound, sessionNumberOpeningRound } from './fit-check-round.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const base = Date.parse('2026-11-01T10:00:00Z');
/** Held sessions a week apart, each an hour long. */
const held = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ endsAt: new Date(base + i * 7 * DAY + HOUR) }));

describe('fit-check rounds', () => {
  it('opens after the 1st and 3rd sessions, then every `every` sessions', () => {
    expect([1, 2, 3, 4, 5].map((r) => sessionNumberOpeningRound(r, 3))).toEqual([1, 3, 6, 9, 12]);
    expect([1, 2, 3, 4].map((r) => sessionNumberOpeningRound(r, 2))).toEqual([1, 3, 5, 7]);
  });

  it('has no round until the first session has ended', () => {
    expect(latestFitCheckRound([], 3, new Date(base))).toBeNull();
    expect(latestFitCheckRound(held(1), 3, new Date(base + HOUR - 1))).toBeNull();
  });

  it('opens a round at the end of its session and closes it seven days later', () => {
    const round = latestFitCheckRound(held(1), 3, new Date(base + HOUR));
    expect(round).toEqual({
      round: 1,
      opensAt: new Date(base + HOUR),
      closesAt: new Date(base + HOUR + 7 * DAY),
    });
  });

  it('answers only the latest round that has opened', () => {
    const afterThird = new Date(base + 14 * DAY + HOUR);
    expect(latestFitCheckRound(held(3), 3, afterThird)?.round).toBe(2);
    // The 3rd session has started but not ended: round 1 is still the latest.
    expect(latestFitCheckRound(held(3), 3, new Date(base + 14 * DAY + 30 * 60_000))?.round).toBe(1);
    expect(latestFitCheckRound(held(6), 3, new Date(base + 60 * DAY))?.round).toBe(3);
    expect(latestFitCheckRound(held(5), 2, new Date(base + 60 * DAY))?.round).toBe(3);
  });
});
