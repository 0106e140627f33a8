import { and, eq, lte, type SQL } from 'drizzle-orm';
import type { SessionPhase } from '../../common/schemas/sessions.ts';
import { mentoringSessions } from '../db/schema/mentoring-sessions.ts';

/**
 * A session is *held* once it has started and was not cancelled. Reviews, fit-check rounds,
 * carried-forward questions and progress charts all count held sessions, so they share this one
 * definition.
 */
export function isHeld(session: { status: string; startsAt: Date }, now: Date): boolean {
  return session.status === 'scheduled' && session.startsAt.getTime() <= now.getTime();
}

/** The SQL form of `isHeld`, for queries over `mentoring_sessions`. */
export function heldSessionsWhere(now: Date): SQL {
  return and(
    eq(mentoringSessions.status, 'scheduled'),
    lte(mentoringSessions.startsAt, now),
  ) as SQL;
}

/** What a session is to someone looking at it at `now`. */
export function phaseOf(
  session: { status: string; startsAt: Date; durationMinutes: number },
  now: Date,
): SessionPhase {
  if (session.status === 'cancelled') return 'cancelled';
  const start = session.startsAt.getTime();
  const end = start + session.durationMinutes * 60_000;
  if (now.getTime() < start) return 'upcoming';
  return now.getTime() < end ? 'in-progress' : 'past';
}
