import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { GoalStatus } from '../../../common/schemas/goals.ts';
import type { Db } from '../../db/client.ts';
import { goalProgressNotes, goals } from '../../db/schema/goals.ts';

// Every query names the owner: a goal that is not the caller's is, to them, a goal that does
// not exist. Nothing here ever reads or writes by id alone.

export type GoalRow = typeof goals.$inferSelect;
export type NoteRow = typeof goalProgressNotes.$inferSelect;
type GoalChanges = Partial<
  Pick<GoalRow, 'title' | 'category' | 'successCriterion' | 'targetDate' | 'status'>
>;

export async function listGoalsByOwner(db: Db, ownerId: string, status?: GoalStatus) {
  const filters: SQL[] = [eq(goals.ownerId, ownerId)];
  if (status) filters.push(eq(goals.status, status));
  return db
    .select({ goal: goals, noteCount: count(goalProgressNotes.id) })
    .from(goals)
    .leftJoin(goalProgressNotes, eq(goalProgressNotes.goalId, goals.id))
    .where(and(...filters))
    .groupBy(goals.id)
    .orderBy(desc(goals.createdAt), desc(goals.id));
}

export async function findGoalByOwner(db: Db, ownerId: string, id: string) {
  const [row] = await db
    .select()
    .from(goals)
    .where(and(eq(goals.id, id), eq(goals.ownerId, ownerId)));
  return row;
}

/** Inside a transaction: reads the goal and holds it until commit, so two status changes
 * at once cannot both see the old status and both write a note. */
export async function lockGoalByOwner(db: Db, ownerId: string, id: string) {
  const [row] = await db
    .select()
    .from(goals)
    .where(and(eq(goals.id, id), eq(goals.ownerId, ownerId)))
    .for('update');
  return row;
}

export async function listNotesOfGoal(db: Db, goalId: string) {
  return db
    .select()
    .from(goalProgressNotes)
    .where(eq(goalProgressNotes.goalId, goalId))
    .orderBy(desc(goalProgressNotes.createdAt), desc(goalProgressNotes.id));
}

export async function insertGoal(
  db: Db,
  values: Omit<typeof goals.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>,
) {
  const [row] = await db.insert(goals).values(values).returning();
  if (!row) throw new Error('goal insert returned nothing');
  return row;
}

export async function updateGoalByOwner(db: Db, ownerId: string, id: string, changes: GoalChanges) {
  const [row] = await db
    .update(goals)
    .set(changes)
    .where(and(eq(goals.id, id), eq(goals.ownerId, ownerId)))
    .returning();
  return row;
}

export async function deleteGoalByOwner(db: Db, ownerId: string, id: string) {
  const rows = await db
    .delete(goals)
    .where(and(eq(goals.id, id), eq(goals.ownerId, ownerId)))
    .returning({ id: goals.id });
  return rows.length > 0;
}

export async function insertNote(db: Db, goalId: string, body: string) {
  const [row] = await db.insert(goalProgressNotes).values({ goalId, body }).returning();
  if (!row) throw new Error('note insert returned nothing');
  return row;
}

/** Deletes a note only if it belongs to that goal; the caller has checked the goal's owner. */
export async function deleteNoteOfGoal(db: Db, goalId: string, noteId: string) {
  const rows = await db
    .delete(goalProgressNotes)
    .where(and(eq(goalProgressNotes.id, noteId), eq(goalProgressNotes.goalId, goalId)))
    .returning({ id: goalProgressNotes.id });
  return rows.length > 0;
}
