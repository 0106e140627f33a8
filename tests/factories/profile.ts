import type { SignUpInput } from '../../common/schemas/account.ts';
import type { Db } from '../../server/db/client.ts';
import { profileExperiences, profiles } from '../../server/db/schema/profiles.ts';
import type { Auth } from '../../server/lib/auth.ts';
import { profileSearchText } from '../../server/lib/profile-search-text.ts';
import { type BuiltUser, buildUser } from './user.ts';

type ProfileRow = typeof profiles.$inferInsert;
type ExperienceRow = Omit<typeof profileExperiences.$inferInsert, 'userId'>;

/**
 * The values of a profile row for `userId`: sensible mentor defaults, any column overridden,
 * and the search text worked out the way the profile service does. Stack values must already
 * be normalised ids. The demo seed inserts many of these at once.
 */
export function profileRow(userId: string, overrides: Partial<ProfileRow> = {}): ProfileRow {
  const values: ProfileRow = {
    userId,
    isMentor: true,
    careerStage: 'senior',
    headline: 'Senior engineer who enjoys helping people grow',
    bio: 'I have worked on web products for ten years.',
    yearsExperience: 10,
    stack: ['typescript', 'react'],
    areas: ['frontend'],
    topics: ['interviews', 'skills-for-role'],
    languages: ['en'],
    capacity: 3,
    acceptingRequests: true,
    ...overrides,
  };
  values.searchText = profileSearchText({
    headline: values.headline ?? '',
    bio: values.bio ?? '',
    currentRole: values.currentRole ?? null,
    stack: values.stack ?? [],
    areas: values.areas ?? [],
  });
  return values;
}

/** Writes a profile row (see profileRow) and its lived experiences straight into the database. */
export async function buildProfile(
  db: Db,
  userId: string,
  overrides: Partial<ProfileRow> = {},
  experiences: ExperienceRow[] = [],
) {
  const [profile] = await db.insert(profiles).values(profileRow(userId, overrides)).returning();
  if (experiences.length) {
    await db.insert(profileExperiences).values(experiences.map((e) => ({ ...e, userId })));
  }
  if (!profile) throw new Error('profile insert returned nothing');
  return profile;
}

/** A signed-in user with a mentor profile. */
export async function buildMentor(
  auth: Auth,
  db: Db,
  overrides: Partial<ProfileRow> = {},
  experiences: ExperienceRow[] = [],
  user: Partial<SignUpInput> = {},
): Promise<BuiltUser & { profile: Awaited<ReturnType<typeof buildProfile>> }> {
  const built = await buildUser(auth, user);
  const profile = await buildProfile(db, built.user.id, overrides, experiences);
  return { ...built, profile };
}
