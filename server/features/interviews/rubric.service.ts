import type { Rubric, RubricInput } from '../../../common/schemas/interviews.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { programNotFound, requireProgramStaff } from '../../lib/program-staff.ts';
import {
  archiveCriterion,
  deleteCriterion,
  findCohort,
  findScoredCriterionIds,
  insertCriterion,
  listCriteria,
  updateCriterion,
} from './rubric.repo.ts';

type Caller = Pick<SignedInUser, 'id'>;

async function requireCohortStaff(db: Db, cohortId: string, caller: Caller, admin: boolean) {
  const cohort = await findCohort(db, cohortId);
  if (!cohort) throw programNotFound();
  const staff = await requireProgramStaff(
    db,
    cohort.programId,
    caller,
    admin ? ['admin'] : ['admin', 'reviewer'],
  );
  return { cohort, staff };
}

async function describeRubric(db: Db, cohortId: string, canEdit: boolean): Promise<Rubric> {
  const rows = await listCriteria(db, cohortId);
  const scored = await findScoredCriterionIds(
    db,
    rows.map((row) => row.id),
  );
  const view = (row: (typeof rows)[number]) => ({
    id: row.id,
    name: row.name,
    descriptors: row.descriptors,
    scored: scored.has(row.id),
  });
  return {
    cohortId,
    criteria: rows.filter((row) => !row.archivedAt).map(view),
    archived: rows.flatMap((row) =>
      row.archivedAt ? [{ ...view(row), archivedAt: row.archivedAt.toISOString() }] : [],
    ),
    canEdit,
  };
}

export async function getRubric(db: Db, caller: Caller, cohortId: string): Promise<Rubric> {
  const { staff } = await requireCohortStaff(db, cohortId, caller, false);
  return describeRubric(db, cohortId, staff.role === 'admin');
}

/**
 * Replaces the cohort's rubric with the ordered list. Listed ids are kept (renamed, reworded,
 * moved); new entries are added; a criterion left out is deleted — or archived when someone
 * has already scored it, so submitted scorecards keep what they meant. Under the cohort's row
 * lock, so two admins saving at once apply one after the other.
 */
export async function saveRubric(
  db: Db,
  caller: Caller,
  cohortId: string,
  input: RubricInput,
  now: Date,
): Promise<Rubric> {
  await requireCohortStaff(db, cohortId, caller, true);
  await db.transaction(async (tx) => {
    const t = tx as Db;
    await findCohort(t, cohortId, { lock: true });
    const existing = (await listCriteria(t, cohortId)).filter((row) => !row.archivedAt);
    const byId = new Map(existing.map((row) => [row.id, row]));
    const fields: Record<string, string> = {};
    input.criteria.forEach((criterion, index) => {
      if (criterion.id && !byId.has(criterion.id)) {
        fields[`criteria.${index}.id`] =
          'This criterion is not on the rubric any more. Reload to see the current rubric.';
      }
    });
    if (Object.keys(fields).length) {
      throw new AppError('validation_failed', 'Some criteria need attention.', fields);
    }
    const kept = new Set(input.criteria.flatMap((c) => (c.id ? [c.id] : [])));
    const removed = existing.filter((row) => !kept.has(row.id));
    const scored = await findScoredCriterionIds(
      t,
      removed.map((row) => row.id),
    );
    for (const row of removed) {
      if (scored.has(row.id)) await archiveCriterion(t, row.id, now);
      else await deleteCriterion(t, row.id);
    }
    for (const [position, criterion] of input.criteria.entries()) {
      const values = { position, name: criterion.name, descriptors: criterion.descriptors };
      if (criterion.id) await updateCriterion(t, criterion.id, values);
      else await insertCriterion(t, { cohortId, ...values });
    }
  });
  return describeRubric(db, cohortId, true);
}
