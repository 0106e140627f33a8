import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { MentorshipRole } from '../../common/schemas/mentorships.ts';
import type { Db } from '../db/client.ts';
import { currentUser, type SignedInUser } from './access.ts';
import { AppError } from './errors.ts';
import {
  findMentorshipById,
  findSessionWithMentorship,
  type MentoringSessionRow,
  type MentorshipRow,
} from './participation.repo.ts';

/**
 * The `participant` access policy: only the two people of a mentorship see it, its sessions,
 * prep and brief. Everyone else gets the same 404 as for an id that never existed.
 */
export interface Participation {
  mentorship: MentorshipRow;
  role: MentorshipRole;
  /** The other person's user id; null while an invitation waits for someone unknown. */
  counterpartId: string | null;
}

type Caller = Pick<SignedInUser, 'id' | 'email'>;

export const mentorshipNotFound = () =>
  new AppError('not_found', 'We could not find that mentorship.');
export const sessionNotFound = () =>
  new AppError('not_found', 'We could not find that session. It may have been removed.');

/** The caller's role in the mentorship, or null when they are not one of its two people. */
export function roleIn(mentorship: MentorshipRow, userId: string): MentorshipRole | null {
  if (mentorship.menteeId === userId) return 'mentee';
  if (mentorship.mentorId === userId) return 'mentor';
  return null;
}

function participationOf(mentorship: MentorshipRow, caller: Caller): Participation | null {
  const role = roleIn(mentorship, caller.id);
  if (role) {
    const counterpartId = role === 'mentee' ? mentorship.mentorId : mentorship.menteeId;
    return { mentorship, role, counterpartId };
  }
  // An invitation addressed to the caller's email: they may see and answer it, taking the
  // side that is still empty.
  const invited =
    mentorship.status === 'pending' &&
    mentorship.origin === 'invitation' &&
    mentorship.inviteEmail !== null &&
    mentorship.inviteEmail === caller.email.toLowerCase();
  if (!invited) return null;
  const openSide: MentorshipRole = mentorship.menteeId === null ? 'mentee' : 'mentor';
  return { mentorship, role: openSide, counterpartId: mentorship.requestedById };
}

/** The mentorship as the caller takes part in it; 404 for anyone else. */
export async function requireMentorshipParticipant(
  db: Db,
  mentorshipId: string,
  caller: Caller,
  { lock = false } = {},
): Promise<Participation> {
  const mentorship = await findMentorshipById(db, mentorshipId, lock);
  const participation = mentorship && participationOf(mentorship, caller);
  if (!participation) throw mentorshipNotFound();
  return participation;
}

/** The session and its mentorship as the caller takes part in them; 404 for anyone else. */
export async function requireSessionParticipant(
  db: Db,
  sessionId: string,
  caller: Pick<SignedInUser, 'id'>,
  { lock = false } = {},
): Promise<Participation & { session: MentoringSessionRow; counterpartId: string }> {
  const row = await findSessionWithMentorship(db, sessionId, lock);
  const role = row && roleIn(row.mentorship, caller.id);
  if (!row || !role) throw sessionNotFound();
  const counterpartId = role === 'mentee' ? row.mentorship.mentorId : row.mentorship.menteeId;
  // A session exists only inside a started mentorship, where both sides are known.
  if (!counterpartId) throw sessionNotFound();
  return { session: row.session, mentorship: row.mentorship, role, counterpartId };
}

const idParams = z.object({ id: z.uuid() });

/**
 * A `preValidation` hook for participant routes with a body: outsiders get the 404 of an
 * unknown id before the body is validated, so a 400 never tells them the id is real. (The
 * service checks again, under its own lock; this only decides what outsiders learn.)
 */
export function outsidersOut(db: Db, kind: 'mentorship' | 'session') {
  return async (request: FastifyRequest) => {
    // Safe as a plugin-wide hook: routes that are not about one pair pass untouched.
    if (request.routeOptions.config.access !== 'participant') return;
    const parsed = idParams.safeParse(request.params);
    if (!parsed.success) return; // a malformed id gets its 400 from validation
    const caller = currentUser(request);
    if (kind === 'session') await requireSessionParticipant(db, parsed.data.id, caller);
    else await requireMentorshipParticipant(db, parsed.data.id, caller);
  };
}
