import type { Cadence } from '../../../common/schemas/mentorships.ts';
import type { Progress } from '../../../common/schemas/progress.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { mentorshipNotFound, requireMentorshipParticipant } from '../../lib/participation.ts';
import {
  findTimeZones,
  listItemsOf,
  listPauseEventsOf,
  listReviewsOf,
  listSessionsOf,
} from './progress.repo.ts';
import { computeProgress } from './progress-numbers.ts';

type Viewer = Pick<SignedInUser, 'id' | 'email' | 'timeZone'>;

/** The pair's progress, counted in the viewer's time zone; only its two people see it. */
export async function getProgress(
  db: Db,
  viewer: Viewer,
  mentorshipId: string,
  now: Date,
): Promise<Progress> {
  const { mentorship } = await requireMentorshipParticipant(db, mentorshipId, viewer);
  const { menteeId, mentorId } = mentorship;
  // A pending invitation to an address has no pair yet, so nothing to chart; an invitee who
  // is not yet one of the two sees the same 404 as anyone else.
  if (!menteeId || !mentorId || (viewer.id !== menteeId && viewer.id !== mentorId)) {
    throw mentorshipNotFound();
  }
  const [sessions, reviews, items, events, zones] = await Promise.all([
    listSessionsOf(db, mentorshipId),
    listReviewsOf(db, mentorshipId),
    listItemsOf(db, mentorshipId),
    listPauseEventsOf(db, mentorshipId),
    findTimeZones(db, [menteeId, mentorId]),
  ]);
  return computeProgress({
    now,
    viewerId: viewer.id,
    viewerZone: viewer.timeZone,
    menteeId,
    mentorId,
    zones,
    cadence: mentorship.cadence as Cadence | null,
    sessions,
    reviews,
    items,
    events,
  });
}
