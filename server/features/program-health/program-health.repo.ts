import { and, asc, eq, inArray, isNotNull, isNull, like, not } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { actionItems, fitCheckAnswers } from '../../db/schema/accountability.ts';
import { users } from '../../db/schema/auth.ts';
import { mentoringSessions, sessionPreps } from '../../db/schema/mentoring-sessions.ts';
import { mentorships } from '../../db/schema/mentorships.ts';
import { reminders } from '../../db/schema/notifications.ts';
import { profileExperiences } from '../../db/schema/profiles.ts';
import { cohortMembers, cohorts, programs } from '../../db/schema/programs.ts';
import { sessionReviews } from '../../db/schema/session-records.ts';

/*
 * Every query here selects named columns, never whole rows: no note body, no private
 * reflection, no fit-check note, no prep goal or question, no action item title, no experience
 * label (the owner's own words) can reach the dashboard, whatever the code above does.
 */

export async function findCohort(db: Db, cohortId: string) {
  const [row] = await db
    .select({
      id: cohorts.id,
      name: cohorts.name,
      programId: cohorts.programId,
      programName: programs.name,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
    })
    .from(cohorts)
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(cohorts.id, cohortId));
  return row;
}
export type CohortRow = NonNullable<Awaited<ReturnType<typeof findCohort>>>;

const mentee = alias(users, 'mentee');
const mentor = alias(users, 'mentor');

/** The cohort's pairs: mentorships its matching created that have started (both people known). */
export async function listPairs(db: Db, cohortId: string, lock = false) {
  const query = db
    .select({
      id: mentorships.id,
      menteeId: mentorships.menteeId,
      mentorId: mentorships.mentorId,
      menteeName: mentee.name,
      mentorName: mentor.name,
      status: mentorships.status,
      cadence: mentorships.cadence,
      prepDeadlineHours: mentorships.prepDeadlineHours,
      fitCheckEvery: mentorships.fitCheckEvery,
      startedAt: mentorships.startedAt,
      closedAt: mentorships.closedAt,
      closeReason: mentorships.closeReason,
    })
    .from(mentorships)
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeId))
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .where(and(eq(mentorships.cohortId, cohortId), isNotNull(mentorships.startedAt)))
    .orderBy(asc(mentorships.startedAt), asc(mentorships.id));
  const rows = lock ? await query.for('update', { of: mentorships }) : await query;
  return rows.map((row) => ({
    ...row,
    menteeId: row.menteeId as string,
    mentorId: row.mentorId as string,
    startedAt: row.startedAt as Date,
  }));
}
export type PairRow = Awaited<ReturnType<typeof listPairs>>[number];

/** Sessions of the pairs, with when the prep was shared (not what it says). */
export async function listSessions(db: Db, pairIds: string[]) {
  if (pairIds.length === 0) return [];
  return db
    .select({
      id: mentoringSessions.id,
      mentorshipId: mentoringSessions.mentorshipId,
      startsAt: mentoringSessions.startsAt,
      durationMinutes: mentoringSessions.durationMinutes,
      status: mentoringSessions.status,
      prepSharedAt: sessionPreps.sharedAt,
    })
    .from(mentoringSessions)
    .leftJoin(sessionPreps, eq(sessionPreps.sessionId, mentoringSessions.id))
    .where(inArray(mentoringSessions.mentorshipId, pairIds))
    .orderBy(asc(mentoringSessions.startsAt), asc(mentoringSessions.id));
}
export type SessionRow = Awaited<ReturnType<typeof listSessions>>[number];

/** Each side's "was the goal met?" — the only review field read here. */
export async function listReviews(db: Db, pairIds: string[]) {
  if (pairIds.length === 0) return [];
  return db
    .select({
      sessionId: sessionReviews.sessionId,
      authorId: sessionReviews.authorId,
      goalMet: sessionReviews.goalMet,
    })
    .from(sessionReviews)
    .innerJoin(mentoringSessions, eq(mentoringSessions.id, sessionReviews.sessionId))
    .where(inArray(mentoringSessions.mentorshipId, pairIds));
}
export type ReviewRow = Awaited<ReturnType<typeof listReviews>>[number];

/** Action items as states and dates; their titles stay with the pair. */
export async function listItems(db: Db, pairIds: string[]) {
  if (pairIds.length === 0) return [];
  return db
    .select({
      mentorshipId: actionItems.mentorshipId,
      status: actionItems.status,
      createdAt: actionItems.createdAt,
    })
    .from(actionItems)
    .where(inArray(actionItems.mentorshipId, pairIds));
}
export type ItemRow = Awaited<ReturnType<typeof listItems>>[number];

/**
 * Fit-check answers without their notes. The service keeps only rounds already revealed to the
 * pair, and turns each into one outcome for the pair: no one person's answer leaves it.
 */
export async function listFitAnswers(db: Db, pairIds: string[]) {
  if (pairIds.length === 0) return [];
  return db
    .select({
      mentorshipId: fitCheckAnswers.mentorshipId,
      round: fitCheckAnswers.round,
      authorId: fitCheckAnswers.authorId,
      answer: fitCheckAnswers.answer,
      answeredAt: fitCheckAnswers.answeredAt,
    })
    .from(fitCheckAnswers)
    .where(inArray(fitCheckAnswers.mentorshipId, pairIds));
}
export type FitAnswerRow = Awaited<ReturnType<typeof listFitAnswers>>[number];

/** The cohort's current members (mentors and mentees who have not left). */
export async function listMemberIds(db: Db, cohortId: string) {
  const rows = await db
    .select({ userId: cohortMembers.userId })
    .from(cohortMembers)
    .where(and(eq(cohortMembers.cohortId, cohortId), isNull(cohortMembers.leftAt)));
  return rows.map((row) => row.userId);
}

/**
 * The listed experiences the cohort's current members offered for program statistics. Filtered
 * in SQL: an experience not offered (`program_use` false), or one in the owner's own words,
 * never leaves the database here — and neither does its label.
 */
export async function listProgramUseExperiences(db: Db, cohortId: string) {
  return db
    .select({ userId: profileExperiences.userId, experience: profileExperiences.experience })
    .from(profileExperiences)
    .innerJoin(
      cohortMembers,
      and(
        eq(cohortMembers.userId, profileExperiences.userId),
        eq(cohortMembers.cohortId, cohortId),
        isNull(cohortMembers.leftAt),
      ),
    )
    .where(
      and(
        eq(profileExperiences.programUse, true),
        not(like(profileExperiences.experience, 'free%')),
      ),
    );
}

/** Which of these program-nudge dedupe keys are already scheduled. */
export async function findNudgeKeys(db: Db, keys: string[]) {
  if (keys.length === 0) return new Set<string>();
  const rows = await db
    .select({ key: reminders.dedupeKey })
    .from(reminders)
    .where(and(eq(reminders.type, 'program-nudge'), inArray(reminders.dedupeKey, keys)));
  return new Set(rows.map((row) => row.key));
}
