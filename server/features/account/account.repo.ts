import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';

export async function updateUserById(
  db: Db,
  id: string,
  patch: { name?: string; timeZone?: string },
) {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row;
}
