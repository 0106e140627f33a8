import { and, eq, lte, type SQL } from 'drizzle-orm';
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
