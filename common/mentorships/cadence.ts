import type { Cadence } from '../schemas/mentorships.ts';

/** What an agreed rhythm means in days; a monthly pair meets roughly every 30. */
export const CADENCE_DAYS: Record<Cadence, number | null> = {
  weekly: 7,
  'every-two-weeks': 14,
  monthly: 30,
  'one-off': null,
};

/**
 * A pair "has not met within its rhythm" once the gap since its last session is half again as
 * long as the rhythm it agreed: the pair's own nudge and the program health dashboard agree.
 */
export const NOT_MEETING_FACTOR = 1.5;

/** Days without a session after which a pair with this rhythm counts as not meeting. */
export function notMeetingAfterDays(cadence: string | null): number | null {
  const days = cadence ? CADENCE_DAYS[cadence as Cadence] : null;
  return days ? days * NOT_MEETING_FACTOR : null;
}
