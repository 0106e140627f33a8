import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { cohorts, programs } from '../../../db/schema/programs.ts';

/** The program and cohort a published pair belongs to, for its welcome message. */
export async function findCohortForMatchMessage(db: Db, cohortId: string) {
  const [row] = await db
    .select({
      programName: programs.name,
      cohortName: cohorts.name,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
    })
    .from(cohorts)
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(cohorts.id, cohortId));
  return row;
}
