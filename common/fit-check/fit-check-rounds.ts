/**
 * When the fit check asks "does this mentorship still make sense for both of us?". Rounds are
 * derived from the held sessions alone (no job, no stored schedule): round 1 opens with the 1st
 * held session, round 2 with the 3rd, then round k with held session 3 + (k − 2) · every.
 * A round's `openedAt` is the end of the session that opened it; its answers are revealed once
 * both have answered or `REVEAL_AFTER_DAYS` after it opened, whichever comes first.
 */
export const REVEAL_AFTER_DAYS = 7;
export const FIT_CHECK_EVERY_MIN = 1;
export const FIT_CHECK_EVERY_MAX = 12;
export const FIT_CHECK_EVERY_DEFAULT = 3;

const DAY_MS = 86_400_000;

/** The 1-based number of the held session that opens `round`. */
export function sessionNumberOpening(round: number, every: number): number {
  if (round < 1) throw new RangeError('fit check rounds start at 1');
  if (round === 1) return 1;
  return 3 + (round - 2) * every;
}

/** How many rounds have opened once `heldCount` sessions were held. */
export function roundsOpened(heldCount: number, every: number): number {
  if (heldCount < 1) return 0;
  if (heldCount < 3) return 1;
  return 2 + Math.floor((heldCount - 3) / every);
}

export interface HeldSession {
  startsAt: Date;
  durationMinutes: number;
}

export interface RoundTiming {
  number: number;
  openedAt: Date;
  revealAt: Date;
}

/**
 * Every round opened by `now`, oldest first, from the held sessions in order of their start. A
 * round opens when its session ends, so one whose session is still going is not open yet.
 */
export function openedRounds(held: HeldSession[], every: number, now: Date): RoundTiming[] {
  const rounds: RoundTiming[] = [];
  for (let round = 1; round <= roundsOpened(held.length, every); round += 1) {
    const session = held[sessionNumberOpening(round, every) - 1];
    if (!session) break;
    const openedAt = new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);
    if (openedAt.getTime() > now.getTime()) break;
    rounds.push({
      number: round,
      openedAt,
      revealAt: new Date(openedAt.getTime() + REVEAL_AFTER_DAYS * DAY_MS),
    });
  }
  return rounds;
}

/**
 * When a round's answers became visible to both, or null while they stay hidden: the moment the
 * second answer came in, or the reveal time, whichever was first.
 */
export function revealedAt(
  round: Pick<RoundTiming, 'revealAt'>,
  answeredAt: { mine: Date | null; theirs: Date | null },
  now: Date,
): Date | null {
  const { mine, theirs } = answeredAt;
  const bothAt = mine && theirs ? new Date(Math.max(mine.getTime(), theirs.getTime())) : null;
  if (bothAt && bothAt.getTime() < round.revealAt.getTime()) return bothAt;
  return now.getTime() >= round.revealAt.getTime() ? round.revealAt : null;
}
