import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema/auth.ts';
import {
  applications,
  cohorts,
  interviewReviewers,
  interviews,
  programs,
} from '../../../db/schema/programs.ts';

// What the program composers read at sending time: the interview as it is now, its panel,
// and the application behind it.

export async function findInterviewForMessage(db: Db, interviewId: string) {
  const [row] = await db
    .select({
      interview: interviews,
      application: applications,
      cohortName: cohorts.name,
      programName: programs.name,
    })
    .from(interviews)
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(cohorts, eq(cohorts.id, applications.cohortId))
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(interviews.id, interviewId));
  if (!row) return undefined;
  const panel = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(interviewReviewers)
    .innerJoin(users, eq(users.id, interviewReviewers.reviewerId))
    .where(eq(interviewReviewers.interviewId, interviewId));
  const [candidate] = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, row.application.applicantId));
  return candidate ? { ...row, panel, candidate } : undefined;
}

export async function findApplicationForMessage(db: Db, applicationId: string) {
  const [row] = await db
    .select({ application: applications, cohortName: cohorts.name, programName: programs.name })
    .from(applications)
    .innerJoin(cohorts, eq(cohorts.id, applications.cohortId))
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(applications.id, applicationId));
  return row;
}
