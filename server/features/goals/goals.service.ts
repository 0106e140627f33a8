import { todayIn } from '../../../common/calendar-date.ts';
import { goalNudges } from '../../../common/goals/goal-nudges.ts';
import type {
  CreateGoalInput,
  Goal,
  GoalStatus,
  GoalSummary,
  ProgressNote,
  UpdateGoalInput,
} from '../../../common/schemas/goals.ts';
import type { GoalCategory } from '../../../common/taxonomy/goal-categories.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import {
  deleteGoalByOwner,
  deleteNoteOfGoal,
  findGoalByOwner,
  type GoalRow,
  insertGoal,
  insertNote,
  listGoalsByOwner,
  listNotesOfGoal,
  lockGoalByOwner,
  type NoteRow,
  updateGoalByOwner,
} from './goals.repo.ts';

type Owner = Pick<SignedInUser, 'id' | 'timeZone'>;

// The same words whatever the reason: another member's goal must look exactly like none.
const notFound = () =>
  new AppError('not_found', 'We could not find that goal. It may have been deleted.');

/** What the timeline says when a goal changes status: the change is part of its story. */
export const STATUS_NOTES: Record<GoalStatus, string> = {
  achieved: 'Marked as achieved.',
  dropped: 'Dropped this goal.',
  active: 'Picked this goal up again.',
};

function toNote(row: NoteRow): ProgressNote {
  return { id: row.id, body: row.body, createdAt: row.createdAt.toISOString() };
}

function toGoalBase(row: GoalRow, owner: Owner) {
  const status = row.status as GoalStatus;
  return {
    id: row.id,
    title: row.title,
    category: row.category as GoalCategory,
    successCriterion: row.successCriterion,
    targetDate: row.targetDate,
    status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    // "Past" is judged by the owner's calendar, not the server's.
    nudges: goalNudges({ ...row, status }, todayIn(owner.timeZone)),
  };
}

export async function listGoals(db: Db, owner: Owner, status?: GoalStatus) {
  const rows = await listGoalsByOwner(db, owner.id, status);
  const list: GoalSummary[] = rows.map(({ goal, noteCount }) => ({
    ...toGoalBase(goal, owner),
    progressNoteCount: Number(noteCount),
  }));
  return { goals: list };
}

async function goalWithNotes(db: Db, owner: Owner, row: GoalRow): Promise<Goal> {
  const notes = await listNotesOfGoal(db, row.id);
  return { ...toGoalBase(row, owner), progressNotes: notes.map(toNote) };
}

export async function getGoal(db: Db, owner: Owner, id: string): Promise<Goal> {
  const row = await findGoalByOwner(db, owner.id, id);
  if (!row) throw notFound();
  return goalWithNotes(db, owner, row);
}

export async function createGoal(db: Db, owner: Owner, input: CreateGoalInput): Promise<Goal> {
  const row = await insertGoal(db, {
    ownerId: owner.id,
    title: input.title,
    category: input.category,
    successCriterion: input.successCriterion ?? '',
    targetDate: input.targetDate ?? null,
  });
  return { ...toGoalBase(row, owner), progressNotes: [] };
}

export async function updateGoal(
  db: Db,
  owner: Owner,
  id: string,
  changes: UpdateGoalInput,
): Promise<Goal> {
  // One transaction: the status change and the note that tells it land together or not at all.
  const row = await db.transaction(async (tx) => {
    const before = await lockGoalByOwner(tx as Db, owner.id, id);
    if (!before) throw notFound();
    const after = await updateGoalByOwner(tx as Db, owner.id, id, changes);
    if (!after) throw notFound();
    if (changes.status && changes.status !== before.status) {
      await insertNote(tx as Db, id, STATUS_NOTES[changes.status]);
    }
    return after;
  });
  return goalWithNotes(db, owner, row);
}

export async function deleteGoal(db: Db, owner: Owner, id: string): Promise<void> {
  if (!(await deleteGoalByOwner(db, owner.id, id))) throw notFound();
}

export async function addNote(
  db: Db,
  owner: Owner,
  goalId: string,
  body: string,
): Promise<ProgressNote> {
  const goal = await findGoalByOwner(db, owner.id, goalId);
  if (!goal) throw notFound();
  return toNote(await insertNote(db, goal.id, body));
}

export async function deleteNote(db: Db, owner: Owner, goalId: string, noteId: string) {
  const goal = await findGoalByOwner(db, owner.id, goalId);
  if (!goal) throw notFound();
  if (!(await deleteNoteOfGoal(db, goal.id, noteId))) {
    throw new AppError('not_found', 'We could not find that note. It may have been deleted.');
  }
}
