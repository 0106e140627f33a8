import { and, asc, desc, eq, gt, lte, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { actionItems, fitCheckAnswers } from '../../../db/schema/accountability.ts';
import { users } from '../../../db/schema/auth.ts';
import { mentoringSessions, sessionPreps } from '../../../db/schema/mentoring-sessions.ts';
import { mentorships } from '../../../db/schema/mentorships.ts';
import { cohorts, programInvites, programs } from '../../../db/schema/programs.ts';
import { sessionReviews } from '../../../db/schema/session-records.ts';
import { heldSessionsWhere } from '../../../lib/held-sessions.ts';

// What the composers read to check a reminder's reason still holds. Each reads fresh, at
// sending time: the payload says what was true when it was scheduled, these say what is true now.

export type MentorshipRow = typeof mentorships.$inferSelect;
export type SessionRow = typeof mentoringSessions.$inferSelect;

export async function findMentorship(db: Db, id: string) {
  const [row] = await db.select().from(mentorships).where(eq(mentorships.id, id));
  return row;
}

export async function findSessionWithMentorship(db: Db, sessionId: string) {
  const [row] = await db
    .select({ session: mentoringSessions, mentorship: mentorships })
    .from(mentoringSessions)
    .innerJoin(mentorships, eq(mentorships.id, mentoringSessions.mentorshipId))
    .where(eq(mentoringSessions.id, sessionId));
  return row;
}

/** A person's name and zone, for "Sam" and "10:00 for Sam". */
export async function findPerson(db: Db, id: string | null) {
  if (!id) return undefined;
  const [row] = await db
    .select({ id: users.id, name: users.name, timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

export async function findPrepRow(db: Db, sessionId: string) {
  const [row] = await db.select().from(sessionPreps).where(eq(sessionPreps.sessionId, sessionId));
  return row;
}

export async function hasReviewBy(db: Db, sessionId: string, authorId: string) {
  const [row] = await db
    .select({ sessionId: sessionReviews.sessionId })
    .from(sessionReviews)
    .where(and(eq(sessionReviews.sessionId, sessionId), eq(sessionReviews.authorId, authorId)));
  return row !== undefined;
}

export async function findActionItem(db: Db, itemId: string) {
  const [row] = await db.select().from(actionItems).where(eq(actionItems.id, itemId));
  return row;
}

/** The held sessions of a mentorship in the order they started: the fit check's rounds. */
export function listHeldSessions(db: Db, mentorshipId: string, now: Date) {
  return db
    .select({
      startsAt: mentoringSessions.startsAt,
      durationMinutes: mentoringSessions.durationMinutes,
    })
    .from(mentoringSessions)
    .where(and(eq(mentoringSessions.mentorshipId, mentorshipId), heldSessionsWhere(now)))
    .orderBy(asc(mentoringSessions.startsAt), asc(mentoringSessions.id));
}

export async function hasFitCheckAnswer(
  db: Db,
  mentorshipId: string,
  round: number,
  authorId: string,
) {
  const [row] = await db
    .select({ round: fitCheckAnswers.round })
    .from(fitCheckAnswers)
    .where(
      and(
        eq(fitCheckAnswers.mentorshipId, mentorshipId),
        eq(fitCheckAnswers.round, round),
        eq(fitCheckAnswers.authorId, authorId),
      ),
    );
  return row !== undefined;
}

/** A session of the pair, not cancelled, starting after `after` (other than `exceptId`). */
export async function findSessionAfter(
  db: Db,
  mentorshipId: string,
  after: Date,
  exceptId: string,
) {
  const [row] = await db
    .select({ id: mentoringSessions.id })
    .from(mentoringSessions)
    .where(
      and(
        eq(mentoringSessions.mentorshipId, mentorshipId),
        eq(mentoringSessions.status, 'scheduled'),
        gt(mentoringSessions.startsAt, after),
        ne(mentoringSessions.id, exceptId),
      ),
    )
    .limit(1);
  return row;
}

/** The latest session the pair held by `now`, if any. */
export async function findLastHeldSession(db: Db, mentorshipId: string, now: Date) {
  const [row] = await db
    .select({ startsAt: mentoringSessions.startsAt })
    .from(mentoringSessions)
    .where(
      and(
        eq(mentoringSessions.mentorshipId, mentorshipId),
        eq(mentoringSessions.status, 'scheduled'),
        lte(mentoringSessions.startsAt, now),
      ),
    )
    .orderBy(desc(mentoringSessions.startsAt))
    .limit(1);
  return row;
}

/** A program invite with the names its message needs. */
export async function findProgramInvite(db: Db, id: string) {
  const [row] = await db
    .select({ invite: programInvites, programName: programs.name, cohortName: cohorts.name })
    .from(programInvites)
    .innerJoin(programs, eq(programs.id, programInvites.programId))
    .leftJoin(cohorts, eq(cohorts.id, programInvites.cohortId))
    .where(eq(programInvites.id, id));
  return row;
}
