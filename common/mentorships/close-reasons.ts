import type { CloseReason } from '../schemas/closure.ts';

/**
 * Why a mentorship ended, in words that blame nobody. The person closing picks one in their own
 * voice; the other person and the summary read the neutral wording.
 */
export const CLOSE_REASON_CHOICES: Record<CloseReason, string> = {
  'goals-reached': 'We reached what we set out to do',
  'wind-down-after-fit-check': 'We agreed to wind down after a fit check',
  'no-time': 'I no longer have the time to give it',
  'not-a-fit': 'It is not the right fit for where I am now',
  other: 'Another reason',
};

/** The reason as both people (and the summary) read it afterwards. */
export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  'goals-reached': 'The goals were reached',
  'wind-down-after-fit-check': 'Both agreed to wind down after a fit check',
  'no-time': 'Time ran short',
  'not-a-fit': 'The fit was not right for this moment',
  other: 'Another reason',
};
