import { and, asc, eq, max } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { goals } from '../../db/schema/goals.ts';
import { prepQuestions, prepResources, sessionPreps } from '../../db/schema/mentoring-sessions.ts';
import { mentorshipGoals } from '../../db/schema/mentorships.ts';

// Every query names the session: the service has already checked that the caller takes part in
// it, and a question or link id from another session is, here, an id that does not exist.

export type PrepRow = typeof sessionPreps.$inferSelect;
export type QuestionRow = typeof prepQuestions.$inferSelect;
export type ResourceRow = typeof prepResources.$inferSelect;
type PrepChanges = Partial<Omit<PrepRow, 'sessionId'>>;
type ResourceValues = Pick<ResourceRow, 'title' | 'url' | 'kind' | 'note'>;

export async function findPrep(db: Db, sessionId: string) {
  const [row] = await db.select().from(sessionPreps).where(eq(sessionPreps.sessionId, sessionId));
  return row;
}

/**
 * Inside a transaction: creates the prep row on the first write and holds it until commit, so
 * concurrent adds, removals and reorders of one prep take turns and positions stay consistent.
 */
export async function lockPrep(db: Db, sessionId: string, now: Date): Promise<PrepRow> {
  await db.insert(sessionPreps).values({ sessionId, updatedAt: now }).onConflictDoNothing();
  const row = await lockPrepRow(db, sessionId);
  if (!row) throw new Error('prep row missing after insert');
  return row;
}

/** Inside a transaction: the prep row, if any, held until commit. */
export async function lockPrepRow(db: Db, sessionId: string) {
  const [row] = await db
    .select()
    .from(sessionPreps)
    .where(eq(sessionPreps.sessionId, sessionId))
    .for('update');
  return row;
}

export async function updatePrep(db: Db, sessionId: string, changes: PrepChanges) {
  const [row] =
    Object.keys(changes).length === 0
      ? await db.select().from(sessionPreps).where(eq(sessionPreps.sessionId, sessionId))
      : await db
          .update(sessionPreps)
          .set(changes)
          .where(eq(sessionPreps.sessionId, sessionId))
          .returning();
  if (!row) throw new Error('prep row missing on update');
  return row;
}

export async function listQuestions(db: Db, sessionId: string) {
  return db
    .select()
    .from(prepQuestions)
    .where(eq(prepQuestions.sessionId, sessionId))
    .orderBy(asc(prepQuestions.position), asc(prepQuestions.createdAt), asc(prepQuestions.id));
}

export async function listResources(db: Db, sessionId: string) {
  return db
    .select()
    .from(prepResources)
    .where(eq(prepResources.sessionId, sessionId))
    .orderBy(asc(prepResources.position), asc(prepResources.createdAt), asc(prepResources.id));
}

/** The position after the last question (0 for the first); call with the prep row locked. */
async function nextQuestionPosition(db: Db, sessionId: string) {
  const [row] = await db
    .select({ last: max(prepQuestions.position) })
    .from(prepQuestions)
    .where(eq(prepQuestions.sessionId, sessionId));
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}

async function nextResourcePosition(db: Db, sessionId: string) {
  const [row] = await db
    .select({ last: max(prepResources.position) })
    .from(prepResources)
    .where(eq(prepResources.sessionId, sessionId));
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}

export async function insertQuestion(db: Db, sessionId: string, text: string, now: Date) {
  const position = await nextQuestionPosition(db, sessionId);
  await db
    .insert(prepQuestions)
    .values({ sessionId, text, position, createdAt: now, updatedAt: now });
}

export async function updateQuestionText(
  db: Db,
  sessionId: string,
  questionId: string,
  text: string,
  now: Date,
) {
  const rows = await db
    .update(prepQuestions)
    .set({ text, updatedAt: now })
    .where(and(eq(prepQuestions.id, questionId), eq(prepQuestions.sessionId, sessionId)))
    .returning({ id: prepQuestions.id });
  return rows.length > 0;
}

/** Removes a question and closes the gap, so positions stay 0…n-1 however often people edit. */
export async function deleteQuestion(db: Db, sessionId: string, questionId: string) {
  const rows = await db
    .delete(prepQuestions)
    .where(and(eq(prepQuestions.id, questionId), eq(prepQuestions.sessionId, sessionId)))
    .returning({ id: prepQuestions.id });
  if (rows.length === 0) return false;
  const rest = await listQuestions(db, sessionId);
  await setQuestionOrder(
    db,
    sessionId,
    rest.map((q) => q.id),
  );
  return true;
}

/** Positions 0…n-1 in the order given; the caller has checked `ids` is the whole set. */
export async function setQuestionOrder(db: Db, sessionId: string, ids: string[]) {
  // At most MAX_QUESTIONS small updates, under the prep row's lock.
  for (const [position, id] of ids.entries()) {
    await db
      .update(prepQuestions)
      .set({ position })
      .where(and(eq(prepQuestions.id, id), eq(prepQuestions.sessionId, sessionId)));
  }
}

export async function insertResource(db: Db, sessionId: string, values: ResourceValues, now: Date) {
  const position = await nextResourcePosition(db, sessionId);
  await db
    .insert(prepResources)
    .values({ sessionId, position, ...values, createdAt: now, updatedAt: now });
}

export async function updateResource(
  db: Db,
  sessionId: string,
  resourceId: string,
  changes: Partial<ResourceValues>,
  now: Date,
) {
  const rows = await db
    .update(prepResources)
    .set({ ...changes, updatedAt: now })
    .where(and(eq(prepResources.id, resourceId), eq(prepResources.sessionId, sessionId)))
    .returning({ id: prepResources.id });
  return rows.length > 0;
}

export async function deleteResource(db: Db, sessionId: string, resourceId: string) {
  const rows = await db
    .delete(prepResources)
    .where(and(eq(prepResources.id, resourceId), eq(prepResources.sessionId, sessionId)))
    .returning({ id: prepResources.id });
  if (rows.length === 0) return false;
  const rest = await listResources(db, sessionId);
  for (const [position, row] of rest.entries()) {
    if (row.position !== position) {
      await db.update(prepResources).set({ position }).where(eq(prepResources.id, row.id));
    }
  }
  return true;
}

/** The mentee's goals shared in a mentorship, in the order they were shared. */
export async function listSharedGoals(db: Db, mentorshipId: string) {
  return db
    .select({
      id: goals.id,
      title: goals.title,
      category: goals.category,
      successCriterion: goals.successCriterion,
      targetDate: goals.targetDate,
      status: goals.status,
    })
    .from(mentorshipGoals)
    .innerJoin(goals, eq(goals.id, mentorshipGoals.goalId))
    .where(eq(mentorshipGoals.mentorshipId, mentorshipId))
    .orderBy(asc(mentorshipGoals.sharedAt), asc(goals.createdAt), asc(goals.id));
}
