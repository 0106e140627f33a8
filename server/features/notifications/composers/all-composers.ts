import type { Composers } from '../composed-message.ts';
import { afterComposers } from './after.ts';
import { mentorshipComposers } from './mentorship.ts';
import { programNudgeComposers } from './program-nudge.ts';
import { sessionComposers } from './sessions.ts';

/** One composer per notification type; the type leaves none out. */
export const composers: Composers = {
  ...mentorshipComposers,
  ...sessionComposers,
  ...afterComposers,
  ...programNudgeComposers,
};
