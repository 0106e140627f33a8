import { count, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import { prepQuestions, prepResources, sessionPreps } from '../../db/schema/mentoring-sessions.ts';

export type PrepRow = typeof sessionPreps.$inferSelect;

/** Name and zone of each user, for showing the other participant. */
export async function findPeople(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, { id: string; name: string; timeZone: string }>();
  const rows = await db
    .select({ id: users.id, name: users.name, timeZone: users.timeZone })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Each session's prep row and its question and resource counts. */
export async function findPrepFacts(db: Db, sessionIds: string[]) {
  const preps = new Map<string, PrepRow>();
  const questions = new Map<string, number>();
  const resources = new Map<string, number>();
  if (!sessionIds.length) return { preps, questions, resources };
  const [prepRows, questionRows, resourceRows] = await Promise.all([
    db.select().from(sessionPreps).where(inArray(sessionPreps.sessionId, sessionIds)),
    db
      .select({ sessionId: prepQuestions.sessionId, n: count() })
      .from(prepQuestions)
      .where(inArray(prepQuestions.sessionId, sessionIds))
      .groupBy(prepQuestions.sessionId),
    db
      .select({ sessionId: prepResources.sessionId, n: count() })
      .from(prepResources)
      .where(inArray(prepResources.sessionId, sessionIds))
      .groupBy(prepResources.sessionId),
  ]);
  for (const row of prepRows) preps.set(row.sessionId, row);
  for (const row of questionRows) questions.set(row.sessionId, Number(row.n));
  for (const row of resourceRows) resources.set(row.sessionId, Number(row.n));
  return { preps, questions, resources };
}
