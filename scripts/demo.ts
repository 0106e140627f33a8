import path from 'node:path';
import { openDatabase } from '../server/db/open.ts';
import { parseEnv } from '../server/env.ts';
import { ensureWebBuilt } from './build-web.ts';
import { DEMO_MENTORS, DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from './seed-demo.ts';

/**
 * `npm run demo`: Tandem with a demo data set, in its own data directory (./data-demo unless
 * DATA_DIR says otherwise) so it never mixes with your own data.
 */
process.env.DATA_DIR ||= './data-demo';
const env = parseEnv(process.env);

await ensureWebBuilt();
// The seed writes rows directly (one shared password hash), so it needs no app around it.
const database = await openDatabase(env);
const seedStart = performance.now();
const { created, mentors } = await seedDemo(database);
const seedMs = Math.round(performance.now() - seedStart);
await database.close();

const width = Math.max(...DEMO_PEOPLE.map((p) => p.email.length));
console.info(
  `\nDemo data ready in ${path.resolve(env.DATA_DIR)} (${created + mentors} accounts created now, in ${seedMs} ms).`,
);
console.info(
  `Sign in at ${env.BASE_URL}/sign-in with any of these (password: ${DEMO_PASSWORD}):\n`,
);
for (const person of DEMO_PEOPLE)
  console.info(`  ${person.email.padEnd(width)}  ${person.name} (${person.timeZone})`);
console.info(
  `\nMaya has goals, a mentee profile, and a mentorship with Sam (sessions past and upcoming, prep in\nevery state): sign in as her, or as Sam to see requests and a brief to read.\nThe ${DEMO_MENTORS.length} demo mentors use the same password (e.g. ${DEMO_MENTORS[0]?.email}).\n`,
);

await import('../server/main.ts');
