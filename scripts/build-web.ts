import fs from 'node:fs';
import path from 'node:path';

/**
 * Decides whether the web client needs a (re)build: when dist/web is missing or any source it
 * is built from changed since. Cheap enough to run on every `npm start`.
 */
const SOURCES = ['web', 'common', 'vite.config.ts', 'package-lock.json'];
const WEB_DIST = path.resolve('dist/web');
const STAMP = path.join(WEB_DIST, '.built-at');

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function webBuildIsStale(): boolean {
  if (!fs.existsSync(STAMP)) return true;
  const builtAt = fs.statSync(STAMP).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > builtAt);
}

export async function buildWeb({ quiet = false } = {}): Promise<void> {
  const { build } = await import('vite');
  // Always the production build, also when tests trigger it: Vite lets an inherited
  // NODE_ENV (vitest sets `test`) override the mode, which would bundle React's dev build.
  const inherited = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.resolve('vite.config.ts'),
      mode: 'production',
      logLevel: quiet ? 'warn' : 'info',
    });
  } finally {
    if (inherited === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = inherited;
  }
  fs.writeFileSync(STAMP, new Date().toISOString());
}

export async function ensureWebBuilt(): Promise<void> {
  if (!webBuildIsStale()) return;
  console.info('Building the web client (first start, or its sources changed)…');
  const started = performance.now();
  await buildWeb({ quiet: true });
  console.info(`Web client built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

// `node --import tsx scripts/build-web.ts` builds unconditionally (npm run build).
if (import.meta.url === `file://${process.argv[1]}`) {
  await buildWeb();
}
