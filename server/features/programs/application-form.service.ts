import type { z } from 'zod';
import type {
  ApplicationForm,
  applicationFormInput,
  QuestionKind,
} from '../../../common/schemas/applications.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import type { Clock } from '../../lib/clock.ts';
import { AppError } from '../../lib/errors.ts';
import {
  answeredQuestionIds,
  deleteQuestions,
  insertQuestion,
  listQuestions,
  lockCohort,
  updateQuestionRow,
} from './applications.repo.ts';
import { cohortNotFound, requireCohortStaff } from './cohorts.service.ts';

/**
 * The application form of a cohort: an ordered list of questions the admins design. A question
 * someone has answered is archived instead of deleted, and keeps its kind, so every submitted
 * application still reads as it was sent.
 */

type Caller = Pick<SignedInUser, 'id'>;

async function describeForm(db: Db, cohortId: string): Promise<ApplicationForm> {
  const rows = await listQuestions(db, cohortId);
  const answered = await answeredQuestionIds(
    db,
    rows.map((r) => r.id),
  );
  return {
    questions: rows.map((q) => ({
      id: q.id,
      kind: q.kind as QuestionKind,
      label: q.label,
      help: q.help,
      required: q.required,
      options: q.options,
      answered: answered.has(q.id),
    })),
  };
}

export async function getApplicationForm(db: Db, caller: Caller, cohortId: string) {
  await requireCohortStaff(db, caller, cohortId);
  return describeForm(db, cohortId);
}

/** Replaces the form with the given ordered list, in one transaction. */
export async function saveApplicationForm(
  db: Db,
  clock: Clock,
  caller: Caller,
  cohortId: string,
  input: z.output<typeof applicationFormInput>,
): Promise<ApplicationForm> {
  await requireCohortStaff(db, caller, cohortId, ['admin']);
  const now = clock();
  await db.transaction(async (tx) => {
    const t = tx as Db;
    if (!(await lockCohort(t, cohortId))) throw cohortNotFound();
    const existing = new Map((await listQuestions(t, cohortId)).map((q) => [q.id, q]));
    const answered = await answeredQuestionIds(t, [...existing.keys()]);
    const fields: Record<string, string> = {};
    input.questions.forEach((q, index) => {
      if (!q.id) return;
      const before = existing.get(q.id);
      if (!before) fields[`questions.${index}.id`] = 'This question is no longer on the form.';
      else if (answered.has(q.id) && before.kind !== q.kind) {
        fields[`questions.${index}.kind`] =
          'People already answered this question, so its kind stays as it is. Add a new question instead.';
      }
    });
    if (Object.keys(fields).length) {
      throw new AppError('validation_failed', 'Some questions need attention.', fields);
    }
    const kept = new Set(input.questions.flatMap((q) => (q.id ? [q.id] : [])));
    const removed = [...existing.keys()].filter((id) => !kept.has(id));
    for (const id of removed.filter((id) => answered.has(id))) {
      await updateQuestionRow(t, id, { archivedAt: now });
    }
    await deleteQuestions(
      t,
      removed.filter((id) => !answered.has(id)),
    );
    for (const [position, q] of input.questions.entries()) {
      const values = {
        position,
        kind: q.kind,
        label: q.label,
        help: q.help,
        required: q.required,
        options: q.options,
      };
      if (q.id) await updateQuestionRow(t, q.id, values);
      else await insertQuestion(t, { cohortId, ...values, createdAt: now });
    }
  });
  return describeForm(db, cohortId);
}
