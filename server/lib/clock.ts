/**
 * The time as the app sees it. Everything that compares against "now" (expiry, past starts,
 * prep deadlines) asks the clock, so tests move time forward instead of waiting for it.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
