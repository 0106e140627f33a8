import { eq } from 'drizzle-orm';
import type { Database } from '../server/db/client.ts';
import { users } from '../server/db/schema/auth.ts';
import { generateDemoMentors } from './demo/demo-mentors.ts';
import { seedMaya } from './demo/seed-maya.ts';
import { type DemoAccount, seedDemoAccounts } from './demo/seed-mentors.ts';
import { demoIds, seedMentorships } from './demo/seed-mentorships.ts';
import { DEMO_CANDIDATES, seedProgram } from './demo/seed-program.ts';

/** The demo data set. Idempotent: running it on a seeded database changes nothing. */
export const DEMO_PASSWORD = 'tandem-demo-2026';

// People in several time zones, so times shown "for you · for them" differ visibly.
export const DEMO_PEOPLE: DemoAccount[] = [
  {
    id: 'demo-maya',
    name: 'Maya Okafor',
    email: 'maya@demo.tandem.example',
    timeZone: 'Europe/London',
  },
  {
    id: 'demo-sam',
    name: 'Sam Lindqvist',
    email: 'sam@demo.tandem.example',
    timeZone: 'Europe/Stockholm',
  },
  {
    id: 'demo-priya',
    name: 'Priya Raman',
    email: 'priya@demo.tandem.example',
    timeZone: 'Asia/Kolkata',
  },
  {
    id: 'demo-diego',
    name: 'Diego Álvarez',
    email: 'diego@demo.tandem.example',
    timeZone: 'America/Mexico_City',
  },
  {
    id: 'demo-jordan',
    name: 'Jordan Reyes',
    email: 'jordan@demo.tandem.example',
    timeZone: 'America/New_York',
  },
];

export const MAYA_EMAIL = 'maya@demo.tandem.example';

/** Mentors to search among: generated from a fixed seed, the same on every machine. */
export const DEMO_MENTORS = generateDemoMentors();

export async function seedDemo(database: Database): Promise<{ created: number; mentors: number }> {
  const { people, mentors } = await seedDemoAccounts(
    database.db,
    [...DEMO_PEOPLE, ...DEMO_CANDIDATES],
    DEMO_MENTORS,
    DEMO_PASSWORD,
  );
  const [maya] = await database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, MAYA_EMAIL));
  if (maya) await seedMaya(database.db, maya.id);
  const ids = await demoIds(
    database.db,
    Object.fromEntries(
      DEMO_PEOPLE.map((p) => [p.name.split(' ')[0]?.toLowerCase() ?? p.id, p.email]),
    ),
  );
  await seedMentorships(database.db, ids);
  if (ids.priya && ids.diego) {
    await seedProgram(
      database.db,
      { priya: ids.priya, diego: ids.diego },
      DEMO_MENTORS.map((m) => m.id),
    );
  }
  return { created: people, mentors };
}
