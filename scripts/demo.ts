import path from 'node:path';
import { buildApp } from '../server/app.ts';
import { openDatabase } from '../server/db/open.ts';
import { parseEnv } from '../server/env.ts';
import { resolveAuthSecret } from '../server/lib/secrets.ts';
import { ensureWebBuilt } from './build-web.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from './seed-demo.ts';

/**
 * `npm run demo`: Tandem with a demo data set, in its own data directory (./data-demo unless
 * DATA_DIR says otherwise) so it never mixes with your own data.
 */
process.env.DATA_DIR ||= './data-demo';
const env = parseEnv(process.env);

await ensureWebBuilt();
const database = await openDatabase(env);
const app = await buildApp({
  database,
  baseUrl: env.BASE_URL,
  authSecret: resolveAuthSecret(env),
  logLevel: 'warn',
  webDir: path.resolve('dist/web'),
});
await app.ready();
const { created } = await seedDemo(database, app.auth);
await app.close();
await database.close();

const width = Math.max(...DEMO_PEOPLE.map((p) => p.email.length));
console.info(
  `\nDemo data ready in ${path.resolve(env.DATA_DIR)} (${created} accounts created now).`,
);
console.info(
  `Sign in at ${env.BASE_URL}/sign-in with any of these (password: ${DEMO_PASSWORD}):\n`,
);
for (const person of DEMO_PEOPLE)
  console.info(`  ${person.email.padEnd(width)}  ${person.name} (${person.timeZone})`);
console.info('');

await import('../server/main.ts');
