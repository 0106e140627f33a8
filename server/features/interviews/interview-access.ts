import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { programNotFound, requireProgramStaff, type StaffRole } from '../../lib/program-staff.ts';
import { findApplication, findInterview, listSeatsOf, type Seat } from './interviews.repo.ts';

/**
 * Who sees what of an application's interviews. Admins see every interview; a reviewer sees
 * only the interviews they sit on, and an application only through one of them (anyone else:
 * the 404 of an unknown id).
 *
 * The blind rule, the same in every response: a viewer is blind — sees no one's scores, only
 * how many were submitted — while they hold a seat on a live (not cancelled) panel of this
 * application without having submitted there. A reviewer who never submitted any scorecard
 * for it (their only seats were on cancelled interviews) stays blind too. An admin on no panel
 * sees every submitted scorecard; drafts are only ever seen by their author.
 */

type Caller = Pick<SignedInUser, 'id'>;

export const interviewNotFound = () =>
  new AppError('not_found', 'We could not find that interview.');
export const applicationNotFound = () =>
  new AppError('not_found', 'We could not find that application.');

export function isBlind(seats: Seat[], viewerId: string, role: StaffRole): boolean {
  const mine = seats.filter((seat) => seat.reviewerId === viewerId);
  if (mine.some((seat) => !seat.cancelled && !seat.submittedAt)) return true;
  return role === 'reviewer' && !mine.some((seat) => seat.submittedAt);
}

export async function requireApplicationViewer(db: Db, applicationId: string, caller: Caller) {
  const found = await findApplication(db, applicationId);
  if (!found) throw applicationNotFound();
  const { role } = await requireProgramStaff(db, found.cohort.programId, caller).catch(() => {
    throw applicationNotFound();
  });
  const seats = await listSeatsOf(db, applicationId);
  if (role === 'reviewer' && !seats.some((seat) => seat.reviewerId === caller.id)) {
    throw applicationNotFound();
  }
  return { ...found, role, seats, blind: isBlind(seats, caller.id, role) };
}

export async function requireInterviewViewer(db: Db, interviewId: string, caller: Caller) {
  const found = await findInterview(db, interviewId);
  if (!found) throw interviewNotFound();
  const { role } = await requireProgramStaff(db, found.cohort.programId, caller).catch(() => {
    throw interviewNotFound();
  });
  const seats = await listSeatsOf(db, found.application.id);
  const onPanel = seats.some((s) => s.interviewId === interviewId && s.reviewerId === caller.id);
  if (role === 'reviewer' && !onPanel) throw interviewNotFound();
  return { ...found, role, seats, onPanel, blind: isBlind(seats, caller.id, role) };
}

export { programNotFound };
