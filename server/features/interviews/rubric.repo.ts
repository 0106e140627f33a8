import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { cohorts, interviewScores, rubricCriteria } from '../../db/schema/programs.ts';

export type CriterionRow = typeof rubricCriteria.$inferSelect;

export async function findCohort(db: Db, cohortId: string, { lock = false } = {}) {
  const query = db.select().from(cohorts).where(eq(cohorts.id, cohortId));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Every criterion of the cohort, archived ones too, in rubric order. */
export function listCriteria(db: Db, cohortId: string) {
  return db
    .select()
    .from(rubricCriteria)
    .where(eq(rubricCriteria.cohortId, cohortId))
    .orderBy(asc(rubricCriteria.position), asc(rubricCriteria.id));
}

export async function listActiveCriteria(db: Db, cohortId: string) {
  return db
    .select()
    .from(rubricCriteria)
    .where(and(eq(rubricCriteria.cohortId, cohortId), isNull(rubricCriteria.archivedAt)))
    .orderBy(asc(rubricCriteria.position), asc(rubricCriteria.id));
}

/** Which of these criteria someone has scored (draft or submitted). */
export async function findScoredCriterionIds(db: Db, criterionIds: string[]) {
  if (criterionIds.length === 0) return new Set<string>();
  const rows = await db
    .selectDistinct({ id: interviewScores.criterionId })
    .from(interviewScores)
    .where(inArray(interviewScores.criterionId, criterionIds));
  return new Set(rows.map((row) => row.id));
}

export async function insertCriterion(
  db: Db,
  values: { cohortId: string; position: number; name: string; descriptors: string[] },
) {
  await db.insert(rubricCriteria).values(values);
}

export async function updateCriterion(
  db: Db,
  id: string,
  values: { position: number; name: string; descriptors: string[] },
) {
  await db.update(rubricCriteria).set(values).where(eq(rubricCriteria.id, id));
}

export async function archiveCriterion(db: Db, id: string, now: Date) {
  await db.update(rubricCriteria).set({ archivedAt: now }).where(eq(rubricCriteria.id, id));
}

export async function deleteCriterion(db: Db, id: string) {
  await db.delete(rubricCriteria).where(eq(rubricCriteria.id, id));
}
