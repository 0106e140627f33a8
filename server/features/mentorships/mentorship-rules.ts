import { type MentorshipAction, mayDo } from '../../../common/mentorships/mentorship-actions.ts';
import type { MentorshipStatus } from '../../../common/schemas/mentorships.ts';
import { AppError } from '../../lib/errors.ts';
import { requestedByOf } from './mentorship-view.ts';
import type { MentorshipRow } from './mentorships.repo.ts';

/** A pending request or invitation whose time is up, whether or not a sweep has marked it yet. */
export function isOverdue(row: MentorshipRow, now: Date): boolean {
  return row.status === 'pending' && row.expiresAt !== null && row.expiresAt <= now;
}

/** The words for a mentorship that is over, whatever was tried on it. */
function endedMessage(status: MentorshipStatus, noun: string): string | null {
  switch (status) {
    case 'expired':
      return `This ${noun} expired before it was answered. A new one can be sent whenever it makes sense.`;
    case 'withdrawn':
      return `This ${noun} was withdrawn, so there is nothing left to answer.`;
    case 'declined':
      return `This ${noun} has already been declined.`;
    case 'closed':
      return 'This mentorship has ended.';
    default:
      return null;
  }
}

/** Why `action` is refused, in words that say what state things are in. */
function refusalMessage(action: MentorshipAction, row: MentorshipRow): string {
  const status = row.status as MentorshipStatus;
  const invitation = row.origin === 'invitation';
  const ended = endedMessage(status, invitation ? 'invitation' : 'request');
  if (ended) return ended;
  switch (action) {
    case 'accept':
    case 'decline':
      if (status !== 'pending') return 'This mentorship has already started.';
      return invitation
        ? 'You sent this invitation: only the person you invited can answer it.'
        : 'You sent this request: only the mentor you asked can answer it.';
    case 'withdraw':
      if (status !== 'pending') {
        return 'This mentorship has already started, so it cannot be withdrawn.';
      }
      return 'Only the person who asked can withdraw. You can decline it instead.';
    case 'regenerate-link':
      if (!invitation) return 'Only an invitation has a link.';
      if (status !== 'pending') return 'This invitation has already been answered.';
      return 'Only the person who sent this invitation can make a new link.';
    case 'pause':
      return status === 'paused'
        ? 'This mentorship is already paused.'
        : 'This mentorship has not started yet: it can be paused once it is under way.';
    case 'resume':
      return status === 'active'
        ? 'This mentorship is not paused.'
        : 'This mentorship has not started yet, so there is nothing to resume.';
    case 'close':
      return 'This mentorship has not started yet: a request that waits can be withdrawn or declined instead.';
    case 'update':
      return 'The cadence and prep deadline can be changed once the mentorship has started.';
  }
}

/**
 * Refuses `action` (409 invalid_state) unless the shared rules allow it for this viewer, and
 * treats a pending request past its expiry as expired even before a sweep marked it.
 */
export function assertMay(
  action: MentorshipAction,
  row: MentorshipRow,
  viewerId: string,
  now: Date,
): void {
  const status = isOverdue(row, now) ? 'expired' : (row.status as MentorshipStatus);
  const facts = {
    status,
    origin: row.origin as 'request' | 'invitation' | 'program',
    requestedBy: requestedByOf(row, viewerId),
  };
  if (!mayDo(action, facts)) {
    throw new AppError('invalid_state', refusalMessage(action, { ...row, status }));
  }
}
