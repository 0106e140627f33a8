import type { Db } from '../../server/db/client.ts';
import {
  applications,
  cohorts,
  programStaff,
  programs,
  rubricCriteria,
} from '../../server/db/schema/programs.ts';

/**
 * Programs, staff, cohorts, applications and rubrics straight into the database, for tests of
 * what happens after someone applies. Override any column.
 */

let sequence = 0;

export async function buildProgram(
  db: Db,
  staff: { admins?: string[]; reviewers?: string[] } = {},
  overrides: Partial<typeof programs.$inferInsert> = {},
) {
  sequence += 1;
  const [program] = await db
    .insert(programs)
    .values({ name: `Program ${sequence}`, description: 'A program for tests.', ...overrides })
    .returning();
  if (!program) throw new Error('program insert returned nothing');
  const rows = [
    ...(staff.admins ?? []).map((userId) => ({ userId, role: 'admin' })),
    ...(staff.reviewers ?? []).map((userId) => ({ userId, role: 'reviewer' })),
  ];
  if (rows.length) {
    await db.insert(programStaff).values(rows.map((row) => ({ ...row, programId: program.id })));
  }
  return program;
}

export async function buildCohort(
  db: Db,
  programId: string,
  overrides: Partial<typeof cohorts.$inferInsert> = {},
) {
  sequence += 1;
  const [cohort] = await db
    .insert(cohorts)
    .values({
      programId,
      name: `Spring cohort ${sequence}`,
      startsOn: '2027-01-11',
      endsOn: '2027-06-30',
      applicationsOpen: true,
      ...overrides,
    })
    .returning();
  if (!cohort) throw new Error('cohort insert returned nothing');
  return cohort;
}

export async function buildApplication(
  db: Db,
  cohortId: string,
  applicantId: string,
  overrides: Partial<typeof applications.$inferInsert> = {},
) {
  const [application] = await db
    .insert(applications)
    .values({ cohortId, applicantId, ...overrides })
    .returning();
  if (!application) throw new Error('application insert returned nothing');
  return application;
}

const levels = (name: string) => [1, 2, 3, 4, 5].map((n) => `${name}: level ${n}`);

/** Criteria for a cohort's rubric, in order. */
export async function buildRubric(db: Db, cohortId: string, names: string[]) {
  return db
    .insert(rubricCriteria)
    .values(
      names.map((name, position) => ({ cohortId, position, name, descriptors: levels(name) })),
    )
    .returning();
}
