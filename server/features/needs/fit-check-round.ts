/**
 * When the private fit check asks "does this still make sense for both of us?": round 1 after
 * the 1st held session, round 2 after the 3rd, then every `every` sessions (3 + every, 3 +
 * 2·every…). A round opens at the END of the session that triggers it and stays open for seven
 * days; only the latest round that has opened counts. The fit-check feature uses the same
 * arithmetic (to be shared as one function when the features meet).
 */
export const FIT_CHECK_WINDOW_MS = 7 * 86_400_000;

/** The held-session number (1-based) whose end opens round `round`. */
export function sessionNumberOpeningRound(round: number, every: number): number {
  if (round <= 1) return 1;
  if (round === 2) return 3;
  return 3 + (round - 2) * Math.max(1, every);
}

export interface FitCheckRound {
  round: number;
  opensAt: Date;
  closesAt: Date;
}

/**
 * The latest round opened by `now`, given the held sessions in the order they started (each
 * with its end), or null before the first session ends. Whether it is still answerable is
 * `now < closesAt`.
 */
export function latestFitCheckRound(
  heldSessions: { endsAt: Date }[],
  every: number,
  now: Date,
): FitCheckRound | null {
  let latest: FitCheckRound | null = null;
  for (let round = 1; ; round += 1) {
    const session = heldSessions[sessionNumberOpeningRound(round, every) - 1];
    if (!session || session.endsAt.getTime() > now.getTime()) return latest;
    latest = {
      round,
      opensAt: session.endsAt,
      closesAt: new Date(session.endsAt.getTime() + FIT_CHECK_WINDOW_MS),
    };
  }
}
