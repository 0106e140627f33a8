import { asc } from 'drizzle-orm';
import type { Db } from '../../server/db/client.ts';
import { reminders } from '../../server/db/schema/notifications.ts';

export type ReminderRow = typeof reminders.$inferSelect;

/** Every scheduled reminder whose dedupe key mentions `id` (a session, mentorship or item). */
export async function remindersAbout(db: Db, id: string): Promise<ReminderRow[]> {
  const rows = await db.select().from(reminders).orderBy(asc(reminders.dedupeKey));
  return rows.filter((row) => row.dedupeKey.includes(id));
}

/** The rows in a compact, comparable form: type, recipient, due time, key. */
export function summarize(rows: ReminderRow[]) {
  return rows.map((row) => ({
    type: row.type,
    to: row.recipientId,
    dueAt: row.dueAt.toISOString(),
    key: row.dedupeKey,
  }));
}
