import { hashPassword } from 'better-auth/crypto';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../server/db/client.ts';
import { accounts, users } from '../../server/db/schema/auth.ts';
import { profileExperiences, profiles } from '../../server/db/schema/profiles.ts';
import { profileRow } from '../../tests/factories/profile.ts';
import type { DemoMentor } from './demo-mentors.ts';

export interface DemoAccount {
  id: string;
  name: string;
  email: string;
  timeZone: string;
}

/**
 * Signing 200 people up one by one would hash 200 passwords (scrypt, ~100 ms each) and open
 * 200 sessions. Demo accounts all share the demo password, so it is hashed once, by
 * better-auth's own hasher, and written the way its email sign-up writes it: a `credential`
 * account keyed by the user id. Signing in then works as for anyone else.
 */
async function insertAccounts(tx: Db, people: DemoAccount[], passwordHash: string) {
  await tx
    .insert(users)
    .values(people.map(({ id, name, email, timeZone }) => ({ id, name, email, timeZone })));
  await tx.insert(accounts).values(
    people.map((p) => ({
      id: `${p.id}-credential`,
      accountId: p.id,
      providerId: 'credential',
      userId: p.id,
      password: passwordHash,
    })),
  );
}

/**
 * Which of these people have no account yet. By email, the unique key, so a demo database
 * seeded before accounts had fixed ids (by sign-up, with random ids) is recognised too.
 */
async function missingOf<T extends { email: string }>(db: Db, people: T[]): Promise<T[]> {
  if (people.length === 0) return [];
  const existing = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        people.map((p) => p.email),
      ),
    );
  const present = new Set(existing.map((row) => row.email));
  return people.filter((p) => !present.has(p.email));
}

/**
 * Writes the demo accounts and the mentors' profiles in a few statements, inside one
 * transaction. Those already present are left alone, so running it again changes nothing.
 */
export async function seedDemoAccounts(
  db: Db,
  people: DemoAccount[],
  mentors: DemoMentor[],
  password: string,
): Promise<{ people: number; mentors: number }> {
  const newPeople = await missingOf(db, people);
  const newMentors = await missingOf(db, mentors);
  if (newPeople.length + newMentors.length === 0) return { people: 0, mentors: 0 };

  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await insertAccounts(tx, [...newPeople, ...newMentors], passwordHash);
    if (newMentors.length === 0) return;
    await tx
      .insert(profiles)
      .values(
        newMentors.map(({ id, specialty, name, email, timeZone, experiences, ...profile }) =>
          profileRow(id, { ...profile, isMentor: true }),
        ),
      );
    const experiences = newMentors.flatMap((m) =>
      m.experiences.map((e) => ({ ...e, userId: m.id })),
    );
    if (experiences.length) await tx.insert(profileExperiences).values(experiences);
  });
  return { people: newPeople.length, mentors: newMentors.length };
}
