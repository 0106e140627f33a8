import { sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.ts';
import { users } from '../../server/db/schema/auth.ts';
import { profileExperiences, profiles } from '../../server/db/schema/profiles.ts';
import { profileSearchText } from '../../server/lib/profile-search-text.ts';
import { syntheticMentors } from './synthetic-mentors.ts';

/**
 * Writes `count` synthetic mentors straight into users, profiles and profile_experiences with
 * multi-row inserts (no sign-up: these accounts have no password and cannot sign in).
 */
export async function seedSyntheticMentors(db: Db, count: number, seed = 42, batch = 2500) {
  const mentors = syntheticMentors(count, seed);
  for (let i = 0; i < mentors.length; i += batch) {
    const chunk = mentors.slice(i, i + batch);
    await db.insert(users).values(chunk.map((m) => m.user));
    await db.insert(profiles).values(
      chunk.map((m) => ({
        userId: m.user.id,
        isMentor: true,
        ...m.profile,
        searchText: profileSearchText({ ...m.profile, currentRole: m.profile.currentRole }),
      })),
    );
    const experiences = chunk.flatMap((m) =>
      m.experiences.map((e) => ({ userId: m.user.id, experience: e.experience, scope: e.scope })),
    );
    if (experiences.length) await db.insert(profileExperiences).values(experiences);
  }
  // Fresh statistics, as autovacuum would soon have: without them the planner guesses badly.
  await db.execute(sql`analyze users, profiles, profile_experiences`);
  return mentors.length;
}
