import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import { cohortPairRules, cohorts, matchingPairs, matchingRuns } from '../../db/schema/programs.ts';

export type RunRow = typeof matchingRuns.$inferSelect;
export type PairRow = typeof matchingPairs.$inferSelect;
export type PairRuleRow = typeof cohortPairRules.$inferSelect;

export async function findCohortRow(db: Db, cohortId: string) {
  const [row] = await db.select().from(cohorts).where(eq(cohorts.id, cohortId));
  return row;
}

/** The cohort row, locked for the rest of the transaction (one run starts at a time). */
export async function lockCohort(db: Db, cohortId: string) {
  const [row] = await db.select().from(cohorts).where(eq(cohorts.id, cohortId)).for('update');
  return row;
}

/** Runs left `running` by a process that died: failed, with words that say what to do. */
export async function failStaleRuns(db: Db, cohortId: string, startedBefore: Date, now: Date) {
  await db
    .update(matchingRuns)
    .set({
      status: 'failed',
      finishedAt: now,
      error:
        'This run stopped before it finished (the server restarted). Propose a matching again.',
    })
    .where(
      and(
        eq(matchingRuns.cohortId, cohortId),
        eq(matchingRuns.status, 'running'),
        lt(matchingRuns.createdAt, startedBefore),
      ),
    );
}

export async function findRunsByStatus(db: Db, cohortId: string, status: string) {
  return db
    .select({ id: matchingRuns.id })
    .from(matchingRuns)
    .where(and(eq(matchingRuns.cohortId, cohortId), eq(matchingRuns.status, status)));
}

export async function insertRun(db: Db, values: typeof matchingRuns.$inferInsert) {
  const [row] = await db.insert(matchingRuns).values(values).returning();
  if (!row) throw new Error('matching run not inserted');
  return row;
}

export async function updateRun(db: Db, runId: string, values: Partial<RunRow>) {
  await db.update(matchingRuns).set(values).where(eq(matchingRuns.id, runId));
}

export async function findRun(db: Db, runId: string, forUpdate = false) {
  const query = db.select().from(matchingRuns).where(eq(matchingRuns.id, runId));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function listRuns(db: Db, cohortId: string) {
  return db
    .select()
    .from(matchingRuns)
    .where(eq(matchingRuns.cohortId, cohortId))
    .orderBy(desc(matchingRuns.createdAt), desc(matchingRuns.id));
}

/** The id of the cohort's newest run. */
export async function findNewestRunId(db: Db, cohortId: string) {
  const [row] = await db
    .select({ id: matchingRuns.id })
    .from(matchingRuns)
    .where(eq(matchingRuns.cohortId, cohortId))
    .orderBy(desc(matchingRuns.createdAt), desc(matchingRuns.id))
    .limit(1);
  return row?.id;
}

export async function insertPairs(db: Db, rows: (typeof matchingPairs.$inferInsert)[]) {
  for (let k = 0; k < rows.length; k += 500) {
    await db.insert(matchingPairs).values(rows.slice(k, k + 500));
  }
}

export async function findPairs(db: Db, runId: string): Promise<PairRow[]> {
  return db
    .select()
    .from(matchingPairs)
    .where(eq(matchingPairs.runId, runId))
    .orderBy(asc(matchingPairs.menteeId));
}

export async function deletePair(db: Db, runId: string, menteeId: string) {
  await db
    .delete(matchingPairs)
    .where(and(eq(matchingPairs.runId, runId), eq(matchingPairs.menteeId, menteeId)));
}

export async function upsertPair(db: Db, row: typeof matchingPairs.$inferInsert) {
  await db
    .insert(matchingPairs)
    .values(row)
    .onConflictDoUpdate({
      target: [matchingPairs.runId, matchingPairs.menteeId],
      set: { mentorId: row.mentorId, score: row.score, reasons: row.reasons, edited: row.edited },
    });
}

export async function findPairRules(db: Db, cohortId: string): Promise<PairRuleRow[]> {
  return db
    .select()
    .from(cohortPairRules)
    .where(eq(cohortPairRules.cohortId, cohortId))
    .orderBy(asc(cohortPairRules.createdAt), asc(cohortPairRules.menteeId));
}

export async function replacePairRules(
  db: Db,
  cohortId: string,
  rules: { menteeId: string; mentorId: string; rule: string }[],
  createdById: string,
) {
  const before = await findPairRules(db, cohortId);
  const kept = new Map(before.map((r) => [`${r.menteeId}|${r.mentorId}`, r]));
  await db.delete(cohortPairRules).where(eq(cohortPairRules.cohortId, cohortId));
  if (!rules.length) return;
  await db.insert(cohortPairRules).values(
    rules.map((r) => {
      const old = kept.get(`${r.menteeId}|${r.mentorId}`);
      // A rule that stays keeps its date and author.
      return {
        cohortId,
        ...r,
        createdById: old && old.rule === r.rule ? old.createdById : createdById,
        createdAt: old && old.rule === r.rule ? old.createdAt : sql`now()`,
      };
    }),
  );
}

export async function findNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
