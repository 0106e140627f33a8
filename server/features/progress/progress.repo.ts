import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { actionItems } from '../../db/schema/accountability.ts';
import { users } from '../../db/schema/auth.ts';
import { mentoringSessions } from '../../db/schema/mentoring-sessions.ts';
import { mentorshipEvents } from '../../db/schema/mentorships.ts';
import { sessionReviews } from '../../db/schema/session-records.ts';

// Only columns both people already see are selected: never a private reflection or a note.

export async function listSessionsOf(db: Db, mentorshipId: string) {
  return db
    .select({
      id: mentoringSessions.id,
      startsAt: mentoringSessions.startsAt,
      status: mentoringSessions.status,
    })
    .from(mentoringSessions)
    .where(eq(mentoringSessions.mentorshipId, mentorshipId))
    .orderBy(asc(mentoringSessions.startsAt));
}
export type ProgressSessionRow = Awaited<ReturnType<typeof listSessionsOf>>[number];

export async function listReviewsOf(db: Db, mentorshipId: string) {
  return db
    .select({
      sessionId: sessionReviews.sessionId,
      authorId: sessionReviews.authorId,
      goalMet: sessionReviews.goalMet,
      createdAt: sessionReviews.createdAt,
    })
    .from(sessionReviews)
    .innerJoin(mentoringSessions, eq(mentoringSessions.id, sessionReviews.sessionId))
    .where(eq(mentoringSessions.mentorshipId, mentorshipId));
}
export type ProgressReviewRow = Awaited<ReturnType<typeof listReviewsOf>>[number];

export async function listItemsOf(db: Db, mentorshipId: string) {
  return db
    .select({
      title: actionItems.title,
      ownerRole: actionItems.ownerRole,
      dueDate: actionItems.dueDate,
      status: actionItems.status,
      resolvedAt: actionItems.resolvedAt,
      sessionId: actionItems.sessionId,
    })
    .from(actionItems)
    .where(eq(actionItems.mentorshipId, mentorshipId));
}
export type ProgressItemRow = Awaited<ReturnType<typeof listItemsOf>>[number];

export async function listPauseEventsOf(db: Db, mentorshipId: string) {
  return db
    .select({
      kind: mentorshipEvents.kind,
      actorId: mentorshipEvents.actorId,
      createdAt: mentorshipEvents.createdAt,
    })
    .from(mentorshipEvents)
    .where(
      and(
        eq(mentorshipEvents.mentorshipId, mentorshipId),
        inArray(mentorshipEvents.kind, ['paused', 'resumed']),
      ),
    );
}
export type ProgressEventRow = Awaited<ReturnType<typeof listPauseEventsOf>>[number];

/** Each person's time zone: an action item is overdue by its owner's calendar. */
export async function findTimeZones(db: Db, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, timeZone: users.timeZone })
    .from(users)
    .where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.timeZone]));
}
