import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  applications,
  cohorts,
  interviews,
  matchingRuns,
  programStaff,
} from '../db/schema/programs.ts';

/** The caller's role on a program's staff, or undefined. */
export async function findStaffRole(db: Db, programId: string, userId: string) {
  const [row] = await db
    .select({ role: programStaff.role })
    .from(programStaff)
    .where(and(eq(programStaff.programId, programId), eq(programStaff.userId, userId)));
  return row?.role as 'admin' | 'reviewer' | undefined;
}

/** The program a cohort, application, interview or matching run belongs to. */
export async function findProgramIdOf(
  db: Db,
  kind: 'cohort' | 'application' | 'interview' | 'run',
  id: string,
): Promise<string | undefined> {
  const base = db.select({ programId: cohorts.programId });
  if (kind === 'cohort') {
    const [row] = await base.from(cohorts).where(eq(cohorts.id, id));
    return row?.programId;
  }
  if (kind === 'application') {
    const [row] = await base
      .from(applications)
      .innerJoin(cohorts, eq(cohorts.id, applications.cohortId))
      .where(eq(applications.id, id));
    return row?.programId;
  }
  if (kind === 'interview') {
    const [row] = await base
      .from(interviews)
      .innerJoin(applications, eq(applications.id, interviews.applicationId))
      .innerJoin(cohorts, eq(cohorts.id, applications.cohortId))
      .where(eq(interviews.id, id));
    return row?.programId;
  }
  const [row] = await base
    .from(matchingRuns)
    .innerJoin(cohorts, eq(cohorts.id, matchingRuns.cohortId))
    .where(eq(matchingRuns.id, id));
  return row?.programId;
}
