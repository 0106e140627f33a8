import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import { profiles } from '../../db/schema/profiles.ts';

export async function updateUserById(
  db: Db,
  id: string,
  patch: { name?: string; timeZone?: string; locale?: string },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(users).set(patch).where(eq(users.id, id)).returning();
    // Search indexes in other processes learn of changes from profiles.updated_at; a name or
    // time zone shows in search results, so it counts as a profile change.
    await tx.update(profiles).set({ updatedAt: sql`now()` }).where(eq(profiles.userId, id));
    return row;
  });
}
