import type { Clock } from '../../server/lib/clock.ts';

/** A clock that stands still until a test moves it: expiry and deadlines without waiting. */
export interface TestClock {
  clock: Clock;
  now(): Date;
  set(to: Date | string): void;
  advance(ms: number): void;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function createTestClock(start: Date | string = new Date()): TestClock {
  let current = new Date(start).getTime();
  return {
    clock: () => new Date(current),
    now: () => new Date(current),
    set(to) {
      current = new Date(to).getTime();
    },
    advance(ms) {
      current += ms;
    },
  };
}
