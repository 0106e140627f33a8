import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notificationPreferences } from '../../db/schema/notifications.ts';

/** Sets the person's channel for each type, whatever it was before. */
export async function setChannels(
  db: Db,
  userId: string,
  types: string[],
  channel: string,
  now: Date,
): Promise<void> {
  if (types.length === 0) return;
  await db
    .insert(notificationPreferences)
    .values(types.map((type) => ({ userId, type, channel, updatedAt: now })))
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.type],
      set: { channel: sql`excluded.channel`, updatedAt: now },
    });
}
