import { PGlite } from '@electric-sql/pglite';
import { buildApp } from '../../server/app.ts';
import { fromPglite, fromPostgresUrl } from '../../server/db/client.ts';
import { buildGoal } from '../../tests/factories/goal.ts';
import { buildProfile } from '../../tests/factories/profile.ts';
import { buildUser } from '../../tests/factories/user.ts';
import { seedSyntheticMentors } from './seed-synthetic.ts';

/**
 * The benchmark target for GET /api/mentors: the full app on PGlite (in memory) or on the
 * PostgreSQL database given as argv[3], seeded with argv[2] synthetic mentors and one signed-in
 * mentee with a goal. Prints "<port> <base64 cookie> <goal id> <seed ms> <first search ms>".
 */
const count = Number(process.argv[2] ?? 100_000);
const url = process.argv[3];

const database = url ? fromPostgresUrl(url, 20) : fromPglite(await PGlite.create());
await database.migrate();
let started = performance.now();
await seedSyntheticMentors(database.db, count);
const seedMs = performance.now() - started;

const app = await buildApp({
  database,
  baseUrl: 'http://localhost:3000',
  authSecret: 'benchmark-secret-benchmark-secret-benchmark',
  logLevel: 'warn',
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const mentee = await buildUser(app.auth, { timeZone: 'Europe/Berlin' });
await buildProfile(database.db, mentee.user.id, {
  isMentor: false,
  isMentee: true,
  careerStage: 'early',
  wantStack: ['typescript', 'react', 'docker', 'kubernetes'],
  wantAreas: ['frontend', 'devops'],
  preferredLanguages: ['en', 'de'],
  timeZoneWindowHours: 3,
  wantedExperiences: ['parent'],
});
const goal = await buildGoal(database.db, mentee.user.id, { category: 'interviews' });

// The first search builds the index (logged); do it before the load starts.
started = performance.now();
const first = await fetch(`http://127.0.0.1:${port}/api/mentors?goalId=${goal.id}`, {
  headers: { cookie: mentee.cookie },
});
if (!first.ok) throw new Error(`first search answered ${first.status}: ${await first.text()}`);
const firstMs = performance.now() - started;

process.stdout.write(
  `${port} ${Buffer.from(mentee.cookie).toString('base64')} ${goal.id} ${seedMs.toFixed(0)} ${firstMs.toFixed(0)}\n`,
);
process.on('SIGTERM', async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
