import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { cohorts, programs } from '../../../db/schema/programs.ts';

/** The name of the program a cohort belongs to, for "a note from <program>". */
export async function findProgramNameOfCohort(db: Db, cohortId: string) {
  const [row] = await db
    .select({ name: programs.name })
    .from(cohorts)
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(cohorts.id, cohortId));
  return row?.name;
}
