import { eq } from 'drizzle-orm';
import type { SignUpInput } from '../common/schemas/account.ts';
import type { Database } from '../server/db/client.ts';
import { users } from '../server/db/schema/auth.ts';
import type { Auth } from '../server/lib/auth.ts';
import { buildUser } from '../tests/factories/user.ts';

/** The demo data set. Idempotent: running it on a seeded database changes nothing. */
export const DEMO_PASSWORD = 'tandem-demo-2026';

type DemoPerson = Omit<Partial<SignUpInput>, 'email'> & { email: string };

// People in several time zones, so times shown "for you · for them" differ visibly.
export const DEMO_PEOPLE: DemoPerson[] = [
  { name: 'Maya Okafor', email: 'maya@demo.tandem.example', timeZone: 'Europe/London' },
  { name: 'Sam Lindqvist', email: 'sam@demo.tandem.example', timeZone: 'Europe/Stockholm' },
  { name: 'Priya Raman', email: 'priya@demo.tandem.example', timeZone: 'Asia/Kolkata' },
  { name: 'Diego Álvarez', email: 'diego@demo.tandem.example', timeZone: 'America/Mexico_City' },
  { name: 'Jordan Reyes', email: 'jordan@demo.tandem.example', timeZone: 'America/New_York' },
];

export async function seedDemo(database: Database, auth: Auth): Promise<{ created: number }> {
  let created = 0;
  for (const person of DEMO_PEOPLE) {
    const existing = await database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, person.email));
    if (existing.length > 0) continue;
    await buildUser(auth, { ...person, password: DEMO_PASSWORD });
    created += 1;
  }
  return { created };
}
