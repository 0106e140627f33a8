import type { Cadence, MentorshipStatus } from '../schemas/mentorships.ts';

/** How often the pair means to meet, as people say it. */
export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  'every-two-weeks': 'Every two weeks',
  monthly: 'Monthly',
  'one-off': 'One-off',
};

/** A mentorship's state in a word or two. */
export const STATUS_LABELS: Record<MentorshipStatus, string> = {
  pending: 'Waiting for an answer',
  active: 'Ongoing',
  paused: 'Paused',
  closed: 'Ended',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
};

/** "Usually answers within " + this: "an hour", "5 hours", "2 days" (rounded up, never flattering). */
export function responseTimeWords(hours: number): string {
  if (hours < 1) return 'an hour';
  if (hours < 24) {
    const h = Math.ceil(hours);
    return `${h} ${h === 1 ? 'hour' : 'hours'}`;
  }
  const d = Math.ceil(hours / 24);
  return `${d} ${d === 1 ? 'day' : 'days'}`;
}
