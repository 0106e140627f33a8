import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { actionItems } from '../../db/schema/accountability.ts';
import { users } from '../../db/schema/auth.ts';
import { mentoringSessions } from '../../db/schema/mentoring-sessions.ts';

type ActionItemInsert = typeof actionItems.$inferInsert;
type ActionItemChanges = Partial<Omit<ActionItemInsert, 'id' | 'mentorshipId'>>;

// Every query names the mentorship: an item or session of another pair is, here, one that does
// not exist.

export async function findItem(db: Db, mentorshipId: string, itemId: string) {
  const [row] = await db
    .select()
    .from(actionItems)
    .where(and(eq(actionItems.id, itemId), eq(actionItems.mentorshipId, mentorshipId)))
    .for('update');
  return row;
}

export async function isSessionOf(db: Db, mentorshipId: string, sessionId: string) {
  const [row] = await db
    .select({ id: mentoringSessions.id })
    .from(mentoringSessions)
    .where(
      and(eq(mentoringSessions.id, sessionId), eq(mentoringSessions.mentorshipId, mentorshipId)),
    );
  return Boolean(row);
}

export async function insertItem(db: Db, values: ActionItemInsert) {
  const [row] = await db.insert(actionItems).values(values).returning();
  if (!row) throw new Error('action item insert returned nothing');
  return row;
}

export async function updateItem(db: Db, itemId: string, changes: ActionItemChanges) {
  const [row] = await db
    .update(actionItems)
    .set(changes)
    .where(eq(actionItems.id, itemId))
    .returning();
  if (!row) throw new Error('action item missing on update');
  return row;
}

/** The zone a person's days are judged in. */
export async function findTimeZone(db: Db, userId: string): Promise<string> {
  const [row] = await db
    .select({ timeZone: users.timeZone })
    .from(users)
    .where(eq(users.id, userId));
  return row?.timeZone ?? 'UTC';
}
