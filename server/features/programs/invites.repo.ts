import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import { cohorts, programInvites, programs } from '../../db/schema/programs.ts';

export type InviteRow = typeof programInvites.$inferSelect;

export async function insertInvite(db: Db, values: typeof programInvites.$inferInsert) {
  const [row] = await db.insert(programInvites).values(values).returning();
  if (!row) throw new Error('invite not inserted');
  return row;
}

const inviteWithNames = {
  invite: programInvites,
  cohortName: cohorts.name,
  programName: programs.name,
  programDescription: programs.description,
};

export function listInvites(db: Db, programId: string) {
  return db
    .select(inviteWithNames)
    .from(programInvites)
    .innerJoin(programs, eq(programs.id, programInvites.programId))
    .leftJoin(cohorts, eq(cohorts.id, programInvites.cohortId))
    .where(eq(programInvites.programId, programId))
    .orderBy(desc(programInvites.createdAt));
}

export async function findInviteByHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select(inviteWithNames)
    .from(programInvites)
    .innerJoin(programs, eq(programs.id, programInvites.programId))
    .leftJoin(cohorts, eq(cohorts.id, programInvites.cohortId))
    .where(eq(programInvites.tokenHash, tokenHash));
  return row;
}

export async function findInvite(db: Db, id: string) {
  const [row] = await db
    .select(inviteWithNames)
    .from(programInvites)
    .innerJoin(programs, eq(programs.id, programInvites.programId))
    .leftJoin(cohorts, eq(cohorts.id, programInvites.cohortId))
    .where(eq(programInvites.id, id));
  return row;
}

/** Pending invites sent to an address: the person finds them on their programs page. */
export function listInvitesForEmail(db: Db, email: string, now: Date) {
  return db
    .select(inviteWithNames)
    .from(programInvites)
    .innerJoin(programs, eq(programs.id, programInvites.programId))
    .leftJoin(cohorts, eq(cohorts.id, programInvites.cohortId))
    .where(
      and(
        eq(programInvites.email, email.toLowerCase()),
        isNull(programInvites.revokedAt),
        eq(programInvites.usedCount, 0),
        or(isNull(programInvites.expiresAt), gt(programInvites.expiresAt, now)),
      ),
    )
    .orderBy(desc(programInvites.createdAt));
}

/**
 * Counts one use, if the invite still works at `now`: an invite to one address only once. Done
 * in one statement so two people racing for a single-use invite cannot both get it.
 */
export async function spendInvite(db: Db, id: string, now: Date) {
  const [row] = await db
    .update(programInvites)
    .set({ usedCount: sql`${programInvites.usedCount} + 1` })
    .where(
      and(
        eq(programInvites.id, id),
        isNull(programInvites.revokedAt),
        or(isNull(programInvites.expiresAt), gt(programInvites.expiresAt, now)),
        or(isNull(programInvites.email), eq(programInvites.usedCount, 0)),
      ),
    )
    .returning();
  return row;
}

export async function revokeInviteRow(db: Db, programId: string, id: string, now: Date) {
  const [row] = await db
    .update(programInvites)
    .set({
      revokedAt: sql`coalesce(${programInvites.revokedAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(and(eq(programInvites.id, id), eq(programInvites.programId, programId)))
    .returning();
  return row;
}

export async function findUserIdByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row?.id;
}
