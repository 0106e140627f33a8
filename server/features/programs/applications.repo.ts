import { and, asc, count, desc, eq, exists, inArray, isNull, min } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import {
  applicationAnswers,
  applicationQuestions,
  applications,
  cohorts,
  interviewReviewers,
  interviews,
  programs,
} from '../../db/schema/programs.ts';

export type QuestionRow = typeof applicationQuestions.$inferSelect;
export type ApplicationRow = typeof applications.$inferSelect;

/** The form as candidates see it: questions not archived, in order. */
export function listQuestions(db: Db, cohortId: string) {
  return db
    .select()
    .from(applicationQuestions)
    .where(
      and(eq(applicationQuestions.cohortId, cohortId), isNull(applicationQuestions.archivedAt)),
    )
    .orderBy(asc(applicationQuestions.position));
}

/** Which of these questions someone has answered. */
export async function answeredQuestionIds(db: Db, questionIds: string[]) {
  if (!questionIds.length) return new Set<string>();
  const rows = await db
    .selectDistinct({ id: applicationAnswers.questionId })
    .from(applicationAnswers)
    .where(inArray(applicationAnswers.questionId, questionIds));
  return new Set(rows.map((r) => r.id));
}

export async function insertQuestion(db: Db, values: typeof applicationQuestions.$inferInsert) {
  await db.insert(applicationQuestions).values(values);
}

export async function updateQuestionRow(db: Db, id: string, set: Partial<QuestionRow>) {
  await db.update(applicationQuestions).set(set).where(eq(applicationQuestions.id, id));
}

export async function deleteQuestions(db: Db, ids: string[]) {
  if (ids.length)
    await db.delete(applicationQuestions).where(inArray(applicationQuestions.id, ids));
}

/** Locks the cohort row: form edits and submissions of one cohort take turns. */
export async function lockCohort(db: Db, cohortId: string) {
  const [row] = await db.select().from(cohorts).where(eq(cohorts.id, cohortId)).for('update');
  return row;
}

export async function findCohortWithProgram(db: Db, cohortId: string) {
  const [row] = await db
    .select({ cohort: cohorts, program: programs })
    .from(cohorts)
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(cohorts.id, cohortId));
  return row;
}

const withNames = {
  application: applications,
  cohortName: cohorts.name,
  programName: programs.name,
};

export function listMyApplicationRows(db: Db, applicantId: string) {
  return db
    .select(withNames)
    .from(applications)
    .innerJoin(cohorts, eq(cohorts.id, applications.cohortId))
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(applications.applicantId, applicantId))
    .orderBy(desc(applications.submittedAt));
}

export async function findApplicationRow(db: Db, id: string) {
  const [row] = await db
    .select({ ...withNames, programId: programs.id, applicantName: users.name })
    .from(applications)
    .innerJoin(cohorts, eq(cohorts.id, applications.cohortId))
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(eq(applications.id, id));
  return row;
}

export async function findApplicationOf(db: Db, cohortId: string, applicantId: string) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.cohortId, cohortId), eq(applications.applicantId, applicantId)));
  return row;
}

export async function insertApplication(db: Db, values: typeof applications.$inferInsert) {
  const [row] = await db.insert(applications).values(values).returning();
  if (!row) throw new Error('application not inserted');
  return row;
}

export async function insertAnswers(db: Db, rows: (typeof applicationAnswers.$inferInsert)[]) {
  if (rows.length) await db.insert(applicationAnswers).values(rows);
}

/** Answers with their questions (archived ones too: the answer keeps its label). */
export function listAnswers(db: Db, applicationIds: string[]) {
  if (!applicationIds.length) return Promise.resolve([]);
  return db
    .select({
      applicationId: applicationAnswers.applicationId,
      questionId: applicationAnswers.questionId,
      value: applicationAnswers.value,
      label: applicationQuestions.label,
      kind: applicationQuestions.kind,
    })
    .from(applicationAnswers)
    .innerJoin(applicationQuestions, eq(applicationQuestions.id, applicationAnswers.questionId))
    .where(inArray(applicationAnswers.applicationId, applicationIds))
    .orderBy(asc(applicationQuestions.position), asc(applicationQuestions.createdAt));
}

/** Withdraws, only while no decision is made; undefined when that is no longer so. */
export async function withdrawApplicationRow(db: Db, id: string, applicantId: string, now: Date) {
  const [row] = await db
    .update(applications)
    .set({ status: 'withdrawn', withdrawnAt: now })
    .where(
      and(
        eq(applications.id, id),
        eq(applications.applicantId, applicantId),
        inArray(applications.status, ['submitted', 'interviewing']),
      ),
    )
    .returning();
  return row;
}

/** A reviewer sees an application only when they sit on one of its interviews. */
const onPanel = (reviewerId: string) => (db: Db) =>
  exists(
    db
      .select({ one: interviewReviewers.interviewId })
      .from(interviewReviewers)
      .innerJoin(interviews, eq(interviews.id, interviewReviewers.interviewId))
      .where(
        and(
          eq(interviews.applicationId, applications.id),
          eq(interviewReviewers.reviewerId, reviewerId),
        ),
      ),
  );

export async function isOnPanel(db: Db, applicationId: string, reviewerId: string) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, applicationId), onPanel(reviewerId)(db)));
  return row !== undefined;
}

export function listCohortApplications(db: Db, cohortId: string, reviewerId: string | null) {
  return db
    .select({
      id: applications.id,
      applicantName: users.name,
      status: applications.status,
      submittedAt: applications.submittedAt,
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.applicantId))
    .where(
      and(eq(applications.cohortId, cohortId), reviewerId ? onPanel(reviewerId)(db) : undefined),
    )
    .orderBy(asc(applications.submittedAt));
}

/** When the first interview of the application was planned: it moved to "interviewing" then. */
export async function firstInterviewAt(db: Db, applicationId: string) {
  const [row] = await db
    .select({ at: min(interviews.createdAt), n: count() })
    .from(interviews)
    .where(eq(interviews.applicationId, applicationId));
  return row?.n ? row.at : null;
}
