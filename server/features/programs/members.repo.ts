import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import { profiles } from '../../db/schema/profiles.ts';
import { cohortMembers } from '../../db/schema/programs.ts';

export type MemberRow = typeof cohortMembers.$inferSelect;

/**
 * Joins a cohort, or comes back to it after leaving. Someone already in it keeps their role:
 * a second invite does not turn a mentee into a mentor.
 */
export async function upsertMember(db: Db, values: typeof cohortMembers.$inferInsert) {
  await db
    .insert(cohortMembers)
    .values(values)
    .onConflictDoUpdate({
      target: [cohortMembers.cohortId, cohortMembers.userId],
      set: { leftAt: null },
    });
}

export async function findMember(db: Db, cohortId: string, userId: string) {
  const [row] = await db
    .select()
    .from(cohortMembers)
    .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)));
  return row;
}

export async function updateMemberRow(
  db: Db,
  cohortId: string,
  userId: string,
  set: Partial<MemberRow>,
) {
  const [row] = await db
    .update(cohortMembers)
    .set(set)
    .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)))
    .returning();
  return row;
}

/** Members with their names and, for mentors, their public headline and career stage. */
export function listMembers(db: Db, cohortId: string) {
  return db
    .select({
      member: cohortMembers,
      name: users.name,
      headline: profiles.headline,
      careerStage: profiles.careerStage,
    })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .leftJoin(profiles, eq(profiles.userId, cohortMembers.userId))
    .where(eq(cohortMembers.cohortId, cohortId))
    .orderBy(asc(cohortMembers.role), asc(users.name));
}
