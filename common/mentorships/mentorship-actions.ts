import type { MentorshipStatus } from '../schemas/mentorships.ts';

/**
 * What each person may do to a mentorship, by its state and by who asked. The server refuses
 * anything not listed here (409 invalid_state) and the web shows only these buttons, so the two
 * can never disagree about the rules.
 *
 *   pending, asked by them  → accept, decline        (the mentor of a request, an invitee)
 *   pending, asked by me    → withdraw (+ a new link for my own invitation)
 *   active                  → pause, update, close
 *   paused                  → resume, update, close
 *   declined | withdrawn | expired | closed → nothing
 */
export const MENTORSHIP_ACTIONS = [
  'accept',
  'decline',
  'withdraw',
  'pause',
  'resume',
  'update',
  'regenerate-link',
  'close',
] as const;
export type MentorshipAction = (typeof MENTORSHIP_ACTIONS)[number];

export interface ActionFacts {
  status: MentorshipStatus;
  origin: 'request' | 'invitation' | 'program';
  requestedBy: 'me' | 'them';
}

export function allowedActions({ status, origin, requestedBy }: ActionFacts): MentorshipAction[] {
  switch (status) {
    case 'pending':
      if (requestedBy === 'them') return ['accept', 'decline'];
      return origin === 'invitation' ? ['withdraw', 'regenerate-link'] : ['withdraw'];
    case 'active':
      return ['pause', 'update', 'close'];
    case 'paused':
      return ['resume', 'update', 'close'];
    default:
      return [];
  }
}

export function mayDo(action: MentorshipAction, facts: ActionFacts): boolean {
  return allowedActions(facts).includes(action);
}
