import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import {
  applications,
  cohortMembers,
  cohorts,
  programStaff,
  programs,
} from '../../db/schema/programs.ts';

export type ProgramRow = typeof programs.$inferSelect;
export type CohortRow = typeof cohorts.$inferSelect;

export async function insertProgram(db: Db, values: typeof programs.$inferInsert) {
  const [row] = await db.insert(programs).values(values).returning();
  if (!row) throw new Error('program not inserted');
  return row;
}

export async function findProgram(db: Db, id: string) {
  const [row] = await db.select().from(programs).where(eq(programs.id, id));
  return row;
}

export async function updateProgramRow(db: Db, id: string, set: Partial<ProgramRow>) {
  const [row] = await db.update(programs).set(set).where(eq(programs.id, id)).returning();
  return row;
}

export async function insertStaff(db: Db, values: typeof programStaff.$inferInsert) {
  await db
    .insert(programStaff)
    .values(values)
    .onConflictDoUpdate({
      target: [programStaff.programId, programStaff.userId],
      // Joining again as admin promotes a reviewer; a reviewer invite never demotes an admin.
      set: { role: values.role === 'admin' ? 'admin' : programStaff.role },
    });
}

export function listStaff(db: Db, programId: string) {
  return db
    .select({
      userId: programStaff.userId,
      name: users.name,
      email: users.email,
      role: programStaff.role,
      addedAt: programStaff.addedAt,
    })
    .from(programStaff)
    .innerJoin(users, eq(users.id, programStaff.userId))
    .where(eq(programStaff.programId, programId))
    .orderBy(asc(programStaff.addedAt));
}

/** Locks the program's staff rows, so two admins leaving at once cannot leave none. */
export async function lockStaff(db: Db, programId: string) {
  return db
    .select({ userId: programStaff.userId, role: programStaff.role })
    .from(programStaff)
    .where(eq(programStaff.programId, programId))
    .for('update');
}

export async function deleteStaff(db: Db, programId: string, userId: string) {
  await db
    .delete(programStaff)
    .where(and(eq(programStaff.programId, programId), eq(programStaff.userId, userId)));
}

/** Programs the user is staff of, with their role and how many cohorts each has. */
export function listStaffPrograms(db: Db, userId: string) {
  return db
    .select({
      id: programs.id,
      name: programs.name,
      myRole: programStaff.role,
      cohorts: count(cohorts.id),
    })
    .from(programStaff)
    .innerJoin(programs, eq(programs.id, programStaff.programId))
    .leftJoin(cohorts, eq(cohorts.programId, programs.id))
    .where(eq(programStaff.userId, userId))
    .groupBy(programs.id, programs.name, programStaff.role, programs.createdAt)
    .orderBy(asc(programs.createdAt));
}

export function listMemberships(db: Db, userId: string) {
  return db
    .select({
      cohortId: cohorts.id,
      cohortName: cohorts.name,
      programName: programs.name,
      role: cohortMembers.role,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
    })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(and(eq(cohortMembers.userId, userId), isNull(cohortMembers.leftAt)))
    .orderBy(asc(cohorts.startsOn));
}

export async function insertCohort(db: Db, values: typeof cohorts.$inferInsert) {
  const [row] = await db.insert(cohorts).values(values).returning();
  if (!row) throw new Error('cohort not inserted');
  return row;
}

export async function findCohort(db: Db, id: string) {
  const [row] = await db
    .select({ cohort: cohorts, programName: programs.name })
    .from(cohorts)
    .innerJoin(programs, eq(programs.id, cohorts.programId))
    .where(eq(cohorts.id, id));
  return row;
}

export async function updateCohortRow(db: Db, id: string, set: Partial<CohortRow>) {
  const [row] = await db.update(cohorts).set(set).where(eq(cohorts.id, id)).returning();
  return row;
}

export function listCohorts(db: Db, programId: string) {
  return db
    .select()
    .from(cohorts)
    .where(eq(cohorts.programId, programId))
    .orderBy(asc(cohorts.startsOn), asc(cohorts.createdAt));
}

/** Active mentors, mentees and all applications per cohort. */
export async function countCohortPeople(db: Db, cohortIds: string[]) {
  const result = new Map<string, { mentors: number; mentees: number; applications: number }>();
  for (const id of cohortIds) result.set(id, { mentors: 0, mentees: 0, applications: 0 });
  if (!cohortIds.length) return result;
  const members = await db
    .select({ cohortId: cohortMembers.cohortId, role: cohortMembers.role, n: count() })
    .from(cohortMembers)
    .where(and(inArray(cohortMembers.cohortId, cohortIds), isNull(cohortMembers.leftAt)))
    .groupBy(cohortMembers.cohortId, cohortMembers.role);
  for (const row of members) {
    const entry = result.get(row.cohortId);
    if (entry) entry[row.role === 'mentor' ? 'mentors' : 'mentees'] = row.n;
  }
  const apps = await db
    .select({ cohortId: applications.cohortId, n: count() })
    .from(applications)
    .where(inArray(applications.cohortId, cohortIds))
    .groupBy(applications.cohortId);
  for (const row of apps) {
    const entry = result.get(row.cohortId);
    if (entry) entry.applications = row.n;
  }
  return result;
}
