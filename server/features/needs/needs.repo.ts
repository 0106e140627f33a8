import { and, eq, inArray, isNotNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { actionItems, fitCheckAnswers } from '../../db/schema/accountability.ts';
import { users } from '../../db/schema/auth.ts';
import { mentoringSessions, sessionPreps } from '../../db/schema/mentoring-sessions.ts';
import { mentorships } from '../../db/schema/mentorships.ts';
import { sessionReviews } from '../../db/schema/session-records.ts';

/**
 * The caller's open mentorships (pending, active, paused) with the other person's name,
 * including invitations sent to their address before they joined.
 */
export async function listOpenMentorshipsOf(db: Db, userId: string, email: string) {
  const counterpartId = sql`case when ${mentorships.menteeId} = ${userId} then ${mentorships.mentorId}
    when ${mentorships.mentorId} = ${userId} then ${mentorships.menteeId}
    else ${mentorships.requestedById} end`;
  return db
    .select({
      id: mentorships.id,
      status: mentorships.status,
      menteeId: mentorships.menteeId,
      mentorId: mentorships.mentorId,
      requestedById: mentorships.requestedById,
      expiresAt: mentorships.expiresAt,
      prepDeadlineHours: mentorships.prepDeadlineHours,
      fitCheckEvery: mentorships.fitCheckEvery,
      counterpartName: users.name,
    })
    .from(mentorships)
    .leftJoin(users, eq(users.id, counterpartId))
    .where(
      and(
        inArray(mentorships.status, ['pending', 'active', 'paused']),
        or(
          eq(mentorships.menteeId, userId),
          eq(mentorships.mentorId, userId),
          and(
            eq(mentorships.status, 'pending'),
            eq(mentorships.origin, 'invitation'),
            eq(mentorships.inviteEmail, email.toLowerCase()),
          ),
        ),
      ),
    );
}
export type OpenMentorshipRow = Awaited<ReturnType<typeof listOpenMentorshipsOf>>[number];

/**
 * Every session not cancelled of these mentorships, in start order, with its prep's sharing
 * and reading and whether the caller reviewed it. Pairs have tens of sessions, not thousands.
 */
export async function listSessionsWithPrep(db: Db, mentorshipIds: string[], userId: string) {
  if (mentorshipIds.length === 0) return [];
  return db
    .select({
      id: mentoringSessions.id,
      mentorshipId: mentoringSessions.mentorshipId,
      startsAt: mentoringSessions.startsAt,
      status: mentoringSessions.status,
      durationMinutes: mentoringSessions.durationMinutes,
      sharedAt: sessionPreps.sharedAt,
      lastReadAt: sessionPreps.lastReadAt,
      prepUpdatedAt: sessionPreps.updatedAt,
      reviewedAt: sessionReviews.createdAt,
    })
    .from(mentoringSessions)
    .leftJoin(sessionPreps, eq(sessionPreps.sessionId, mentoringSessions.id))
    .leftJoin(
      sessionReviews,
      and(eq(sessionReviews.sessionId, mentoringSessions.id), eq(sessionReviews.authorId, userId)),
    )
    .where(
      and(
        inArray(mentoringSessions.mentorshipId, mentorshipIds),
        ne(mentoringSessions.status, 'cancelled'),
      ),
    )
    .orderBy(mentoringSessions.startsAt);
}
export type NeedsSessionRow = Awaited<ReturnType<typeof listSessionsWithPrep>>[number];

/** The fit-check rounds the caller has answered in these mentorships. */
export async function listMyFitCheckRounds(db: Db, mentorshipIds: string[], userId: string) {
  if (mentorshipIds.length === 0) return [];
  return db
    .select({ mentorshipId: fitCheckAnswers.mentorshipId, round: fitCheckAnswers.round })
    .from(fitCheckAnswers)
    .where(
      and(
        inArray(fitCheckAnswers.mentorshipId, mentorshipIds),
        eq(fitCheckAnswers.authorId, userId),
      ),
    );
}

/** Open items the caller owns (by role per mentorship) that are due by `lastDay`. */
export async function listMyDueItems(
  db: Db,
  asMentee: string[],
  asMentor: string[],
  lastDay: string,
) {
  const mine = [
    asMentee.length
      ? and(inArray(actionItems.mentorshipId, asMentee), eq(actionItems.ownerRole, 'mentee'))
      : undefined,
    asMentor.length
      ? and(inArray(actionItems.mentorshipId, asMentor), eq(actionItems.ownerRole, 'mentor'))
      : undefined,
  ].filter(Boolean);
  if (mine.length === 0) return [];
  return db
    .select({
      id: actionItems.id,
      mentorshipId: actionItems.mentorshipId,
      title: actionItems.title,
      dueDate: actionItems.dueDate,
    })
    .from(actionItems)
    .where(
      and(
        or(...mine),
        eq(actionItems.status, 'open'),
        isNotNull(actionItems.dueDate),
        lte(actionItems.dueDate, lastDay),
      ),
    )
    .orderBy(actionItems.dueDate);
}
