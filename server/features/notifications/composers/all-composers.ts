import type { Composers } from '../composed-message.ts';
import { afterComposers } from './after.ts';
import { mentorshipComposers } from './mentorship.ts';
import { programInviteComposers } from './program-invites.ts';
import { programMatchComposers } from './program-match.ts';
import { programNudgeComposers } from './program-nudge.ts';
import { programComposers } from './programs.ts';
import { sessionComposers } from './sessions.ts';

/** One composer per notification type; the type leaves none out. */
export const composers: Composers = {
  ...mentorshipComposers,
  ...sessionComposers,
  ...afterComposers,
  ...programComposers,
  ...programInviteComposers,
  ...programNudgeComposers,
  ...programMatchComposers,
};
