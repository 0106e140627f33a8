import { and, asc, eq, gt, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import {
  applications,
  cohortMembers,
  cohorts,
  interviewReviewers,
  interviewScores,
  interviews,
  programStaff,
  programs,
} from '../../db/schema/programs.ts';

export type InterviewRow = typeof interviews.$inferSelect;
export type ApplicationRow = typeof applications.$inferSelect;
export type ReviewerRow = typeof interviewReviewers.$inferSelect;

const context = {
  application: applications,
  cohort: { id: cohorts.id, name: cohorts.name, programId: cohorts.programId },
  programName: programs.name,
};

/** An application with its cohort and program; `lock` takes the application's row lock. */
export async function findApplication(db: Db, applicationId: string, { lock = false } = {}) {
  const query = db
    .select(context)
    .from(applications)
    .innerJoin(cohorts, eq(cohorts.id, applications.cohortId))
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(applications.id, applicationId));
  const [row] = lock ? await query.for('update', { of: applications }) : await query;
  return row;
}

export type ApplicationContext = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

export async function findInterview(db: Db, interviewId: string, { lock = false } = {}) {
  const query = db
    .select({ interview: interviews, ...context })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(cohorts, eq(cohorts.id, applications.cohortId))
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(interviews.id, interviewId));
  const [row] = lock ? await query.for('update', { of: interviews }) : await query;
  return row;
}

export type InterviewContext = NonNullable<Awaited<ReturnType<typeof findInterview>>>;

export async function findPeople(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, Person>();
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, timeZone: users.timeZone })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

export interface Person {
  id: string;
  name: string;
  email: string;
  timeZone: string;
}

/** The program's staff, admins first, then by name. */
export function listStaff(db: Db, programId: string) {
  return db
    .select({ id: users.id, name: users.name, role: programStaff.role })
    .from(programStaff)
    .innerJoin(users, eq(users.id, programStaff.userId))
    .where(eq(programStaff.programId, programId))
    .orderBy(asc(programStaff.role), asc(users.name), asc(users.id));
}

export function listInterviewsOf(db: Db, applicationId: string) {
  return db
    .select()
    .from(interviews)
    .where(eq(interviews.applicationId, applicationId))
    .orderBy(asc(interviews.startsAt), asc(interviews.id));
}

/** Every panel seat of the application's interviews, with whether that interview is cancelled. */
export function listSeatsOf(db: Db, applicationId: string) {
  return db
    .select({
      interviewId: interviewReviewers.interviewId,
      reviewerId: interviewReviewers.reviewerId,
      notes: interviewReviewers.notes,
      submittedAt: interviewReviewers.submittedAt,
      cancelled: sql<boolean>`${interviews.cancelledAt} is not null`,
    })
    .from(interviewReviewers)
    .innerJoin(interviews, eq(interviews.id, interviewReviewers.interviewId))
    .innerJoin(users, eq(users.id, interviewReviewers.reviewerId))
    .where(eq(interviews.applicationId, applicationId))
    .orderBy(asc(users.name), asc(users.id));
}

export type Seat = Awaited<ReturnType<typeof listSeatsOf>>[number];

export function listScoresOf(db: Db, interviewIds: string[]) {
  if (interviewIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(interviewScores)
    .where(inArray(interviewScores.interviewId, interviewIds));
}

export async function insertInterview(db: Db, values: typeof interviews.$inferInsert) {
  const [row] = await db.insert(interviews).values(values).returning();
  if (!row) throw new Error('interview insert returned nothing');
  return row;
}

export async function updateInterview(
  db: Db,
  id: string,
  values: Partial<typeof interviews.$inferInsert>,
) {
  const [row] = await db.update(interviews).set(values).where(eq(interviews.id, id)).returning();
  if (!row) throw new Error('interview update returned nothing');
  return row;
}

export async function addReviewers(db: Db, interviewId: string, reviewerIds: string[]) {
  if (reviewerIds.length === 0) return;
  await db
    .insert(interviewReviewers)
    .values(reviewerIds.map((reviewerId) => ({ interviewId, reviewerId })));
}

/** Takes reviewers off a panel, with their draft scores. */
export async function removeReviewers(db: Db, interviewId: string, reviewerIds: string[]) {
  if (reviewerIds.length === 0) return;
  await db
    .delete(interviewScores)
    .where(
      and(
        eq(interviewScores.interviewId, interviewId),
        inArray(interviewScores.reviewerId, reviewerIds),
      ),
    );
  await db
    .delete(interviewReviewers)
    .where(
      and(
        eq(interviewReviewers.interviewId, interviewId),
        inArray(interviewReviewers.reviewerId, reviewerIds),
      ),
    );
}

export function listPanel(db: Db, interviewId: string) {
  return db
    .select()
    .from(interviewReviewers)
    .where(eq(interviewReviewers.interviewId, interviewId));
}

export async function setApplicationStatus(
  db: Db,
  applicationId: string,
  values: Partial<typeof applications.$inferInsert>,
) {
  await db.update(applications).set(values).where(eq(applications.id, applicationId));
}

/** Makes the candidate a mentee of the cohort (nothing changes if they already belong to it). */
export async function addMentee(db: Db, cohortId: string, userId: string, now: Date) {
  await db
    .insert(cohortMembers)
    .values({ cohortId, userId, role: 'mentee', joinedVia: 'application', joinedAt: now })
    .onConflictDoNothing();
}

/** Interviews not cancelled that end after `now`, where the user is the candidate. */
export function listCandidateInterviews(db: Db, userId: string, now: Date) {
  return db
    .select({
      interview: interviews,
      cohortName: cohorts.name,
      programName: programs.name,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(cohorts, eq(cohorts.id, applications.cohortId))
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(
      and(
        eq(applications.applicantId, userId),
        ne(applications.status, 'withdrawn'),
        isNull(interviews.cancelledAt),
        gt(sql`${interviews.startsAt} + make_interval(mins => ${interviews.durationMinutes})`, now),
      ),
    )
    .orderBy(asc(interviews.startsAt));
}

/**
 * Interviews the user sits on that are not cancelled, of applications still open to a
 * decision or decided: upcoming ones, and past ones whose scorecard is not submitted yet.
 */
export function listReviewerInterviews(db: Db, userId: string, now: Date) {
  return (
    db
      .select({
        interview: interviews,
        seat: interviewReviewers,
        applicantId: applications.applicantId,
        cohortName: cohorts.name,
        programName: programs.name,
      })
      .from(interviewReviewers)
      .innerJoin(interviews, eq(interviews.id, interviewReviewers.interviewId))
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .innerJoin(cohorts, eq(cohorts.id, applications.cohortId))
      // Only while they are still staff: someone who left the program has nothing to score.
      .innerJoin(
        programStaff,
        and(eq(programStaff.programId, cohorts.programId), eq(programStaff.userId, userId)),
      )
      .innerJoin(programs, eq(programs.id, cohorts.programId))
      .where(
        and(
          eq(interviewReviewers.reviewerId, userId),
          ne(applications.status, 'withdrawn'),
          isNull(interviews.cancelledAt),
          or(
            gt(
              sql`${interviews.startsAt} + make_interval(mins => ${interviews.durationMinutes})`,
              now,
            ),
            isNull(interviewReviewers.submittedAt),
          ),
        ),
      )
      .orderBy(asc(interviews.startsAt))
  );
}
