import { inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema/auth.ts';
import { sessionPreps } from '../db/schema/mentoring-sessions.ts';

/** Name and address of each participant: a calendar entry names both people. */
export async function findCalendarPeople(db: Db, ids: string[]) {
  if (!ids.length) return new Map<string, { id: string; name: string; email: string }>();
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Each session's prep goal and whether it has been shared (nothing else of the prep). */
export async function findPrepGoals(db: Db, sessionIds: string[]) {
  if (!sessionIds.length) return new Map<string, { goal: string; sharedAt: Date | null }>();
  const rows = await db
    .select({
      sessionId: sessionPreps.sessionId,
      goal: sessionPreps.goal,
      sharedAt: sessionPreps.sharedAt,
    })
    .from(sessionPreps)
    .where(inArray(sessionPreps.sessionId, [...new Set(sessionIds)]));
  return new Map(rows.map(({ sessionId, ...prep }) => [sessionId, prep]));
}
