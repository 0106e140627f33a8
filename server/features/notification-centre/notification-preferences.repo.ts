import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notificationPreferences, notificationSettings } from '../../db/schema/notifications.ts';

export async function findPreferences(db: Db, userId: string) {
  const [channels, [settings]] = await Promise.all([
    db
      .select({ type: notificationPreferences.type, channel: notificationPreferences.channel })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, userId)),
    db
      .select({ digest: notificationSettings.digest })
      .from(notificationSettings)
      .where(eq(notificationSettings.userId, userId)),
  ]);
  return { channels, digest: settings?.digest ?? null };
}

/** All or nothing: a person never ends up with half of what they chose. */
export async function savePreferences(
  db: Db,
  userId: string,
  changes: { channels: { type: string; channel: string }[]; digest?: string },
) {
  await db.transaction(async (tx) => {
    if (changes.channels.length > 0) {
      await tx
        .insert(notificationPreferences)
        .values(changes.channels.map((c) => ({ userId, ...c })))
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.type],
          set: { channel: sql`excluded.channel`, updatedAt: sql`now()` },
        });
    }
    if (changes.digest) {
      await tx
        .insert(notificationSettings)
        .values({ userId, digest: changes.digest })
        .onConflictDoUpdate({
          target: notificationSettings.userId,
          set: { digest: changes.digest, updatedAt: sql`now()` },
        });
    }
  });
}
