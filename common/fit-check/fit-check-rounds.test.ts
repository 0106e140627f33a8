import { describe, expect, it } from 'vitest';
import {
  openedRounds,
  revealedAt,
  roundsOpened,
  sessionNumberOpening,
} from './fit-check-rounds.ts';

const DAY = 86_400_000;

describe('fit check rounds', () => {
  it('opens round 1 at the 1st held session, round 2 at the 3rd, then every `every` sessions', () => {
    expect([1, 2, 3, 4, 5].map((round) => sessionNumberOpening(round, 3))).toEqual([
      1, 3, 6, 9, 12,
    ]);
    expect([1, 2, 3, 4].map((round) => sessionNumberOpening(round, 1))).toEqual([1, 3, 4, 5]);
    expect([1, 2, 3, 4].map((round) => sessionNumberOpening(round, 5))).toEqual([1, 3, 8, 13]);
  });

  it('counts the rounds opened by a number of held sessions', () => {
    const counts = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((held) => roundsOpened(held, 3));
    expect(counts).toEqual([0, 1, 1, 2, 2, 2, 3, 3, 3, 4]);
    expect([0, 1, 2, 3, 4, 5].map((held) => roundsOpened(held, 1))).toEqual([0, 1, 1, 2, 3, 4]);
  });

  it('agrees with itself: round k opens exactly at its session', () => {
    for (const every of [1, 2, 3, 7, 12]) {
      for (let round = 1; round <= 6; round += 1) {
        const at = sessionNumberOpening(round, every);
        expect(roundsOpened(at, every), `every ${every}, round ${round}`).toBe(round);
        expect(roundsOpened(at - 1, every), `every ${every}, round ${round}`).toBe(round - 1);
      }
    }
  });

  it('dates a round at the end of the session that opened it, revealed 7 days later at most', () => {
    const start = Date.parse('2026-03-02T09:00:00Z');
    const held = [0, 7, 14, 21].map((week) => ({
      startsAt: new Date(start + week * DAY),
      durationMinutes: 45,
    }));
    const afterAll = new Date(start + 30 * DAY);
    const rounds = openedRounds(held, 3, afterAll);
    expect(rounds.map((round) => round.number)).toEqual([1, 2]);
    // While the third session is still going, its round has not opened yet.
    const during = new Date(start + 14 * DAY + 30 * 60_000);
    expect(openedRounds(held, 3, during).map((round) => round.number)).toEqual([1]);
    expect(rounds[1]?.openedAt.toISOString()).toBe('2026-03-16T09:45:00.000Z');
    expect(rounds[1]?.revealAt.toISOString()).toBe('2026-03-23T09:45:00.000Z');
  });

  it('reveals when both have answered, or at the reveal time, whichever is first', () => {
    const round = { revealAt: new Date('2026-03-10T10:00:00Z') };
    const early = new Date('2026-03-04T10:00:00Z');
    const later = new Date('2026-03-05T08:00:00Z');
    const before = new Date('2026-03-06T00:00:00Z');
    expect(revealedAt(round, { mine: early, theirs: null }, before)).toBeNull();
    expect(revealedAt(round, { mine: early, theirs: later }, before)).toEqual(later);
    expect(revealedAt(round, { mine: null, theirs: null }, round.revealAt)).toEqual(round.revealAt);
    expect(revealedAt(round, { mine: early, theirs: null }, new Date('2026-04-01'))).toEqual(
      round.revealAt,
    );
  });
});
