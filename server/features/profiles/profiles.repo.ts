import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import { mentorships } from '../../db/schema/mentorships.ts';
import { profileExperiences, profiles } from '../../db/schema/profiles.ts';

export type ProfileRow = typeof profiles.$inferSelect;
export type ProfileValues = Omit<
  typeof profiles.$inferInsert,
  'userId' | 'createdAt' | 'updatedAt' | 'search'
>;
export type ExperienceValues = {
  experience: string;
  label: string;
  scope: string;
  programUse: boolean;
};

export async function findProfile(db: Db, userId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(profiles).where(eq(profiles.userId, userId));
  return row;
}

export function findExperiences(db: Db, userId: string) {
  return db
    .select({
      experience: profileExperiences.experience,
      label: profileExperiences.label,
      scope: profileExperiences.scope,
      programUse: profileExperiences.programUse,
    })
    .from(profileExperiences)
    .where(eq(profileExperiences.userId, userId))
    .orderBy(asc(profileExperiences.createdAt), asc(profileExperiences.id));
}

/** A mentor's profile with their name and zone; nothing for anyone whose mentor side is off. */
export async function findMentor(db: Db, userId: string) {
  const [row] = await db
    .select({ profile: profiles, name: users.name, timeZone: users.timeZone })
    .from(profiles)
    .innerJoin(users, eq(users.id, profiles.userId))
    .where(and(eq(profiles.userId, userId), eq(profiles.isMentor, true)));
  return row;
}

/**
 * The median hours a mentor took to answer directory requests (accepted or declined), and how
 * many they answered. Withdrawn and expired requests were never answered and do not count;
 * informal invitations are not requests from the directory.
 */
export async function findResponseStats(db: Db, mentorId: string) {
  const [row] = await db
    .select({
      medianHours: sql<
        number | string | null
      >`percentile_cont(0.5) within group (order by extract(epoch from (${mentorships.respondedAt} - ${mentorships.requestedAt})) / 3600.0)`,
      answered: sql<number | string>`count(*)`,
    })
    .from(mentorships)
    .where(
      and(
        eq(mentorships.mentorId, mentorId),
        eq(mentorships.origin, 'request'),
        isNotNull(mentorships.respondedAt),
      ),
    );
  return {
    medianHours: row?.medianHours === null || row === undefined ? null : Number(row.medianHours),
    answered: Number(row?.answered ?? 0),
  };
}

/** Filtered in SQL: experiences scoped `matching` or `private` never leave the database here. */
export function findPublicExperiences(db: Db, userId: string) {
  return db
    .select({ experience: profileExperiences.experience, label: profileExperiences.label })
    .from(profileExperiences)
    .where(and(eq(profileExperiences.userId, userId), eq(profileExperiences.scope, 'public')))
    .orderBy(asc(profileExperiences.createdAt), asc(profileExperiences.id));
}

/**
 * Replaces a user's whole profile and experiences. Runs inside the caller's transaction;
 * `updated_at` comes from the database clock because the search index polls it.
 */
export async function replaceProfile(
  tx: Db,
  userId: string,
  values: ProfileValues,
  experiences: ExperienceValues[],
): Promise<void> {
  await tx
    .insert(profiles)
    .values({ ...values, userId, updatedAt: sql`now()` })
    .onConflictDoUpdate({ target: profiles.userId, set: { ...values, updatedAt: sql`now()` } });
  await tx.delete(profileExperiences).where(eq(profileExperiences.userId, userId));
  if (experiences.length) {
    // now() is the same for the whole transaction: a microsecond step per row keeps the order
    // the owner chose when the list is read back by created_at.
    await tx.insert(profileExperiences).values(
      experiences.map((e, index) => ({
        ...e,
        userId,
        createdAt: sql`now() + (${index}::int * interval '1 microsecond')`,
      })),
    );
  }
}
