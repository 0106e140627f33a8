import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../server/db/open.ts';
import { type ServerProcess, startMain } from '../../tests/setup/server-process.ts';
import { LoadClient, signIn } from './load-client.ts';
import {
  emptyStats,
  initialNotes,
  type LoadPerson,
  quantile,
  REQUESTS,
  type RunStats,
  runVirtualUser,
} from './load-mix.ts';
import { LOAD_PASSWORD, seedLoadPopulation } from './load-seed.ts';

/**
 * `npm run bench:load`: many signed-in people using Tandem at once — mentor search, opening a
 * session (detail and agenda), saving shared notes with the version they read, ticking
 * questions, reading notifications — against the real server (server/main.ts in its own
 * process) on PGlite and, when it is reachable, on PostgreSQL. Reports throughput, latency per
 * request, errors and the server's resident memory over the run. Loopback only; bounded in
 * time and in requests.
 *
 *   --engine=pglite|postgres|both   (default: both when PostgreSQL answers, else pglite)
 *   --connections=100               virtual users, one keep-alive connection each (≤ 1000)
 *   --minutes=10 | --seconds=60     length of the mixed load (≤ 60 minutes)
 *   --pairs=200 --mentors=20000     the population: pairs that work together, mentors to search
 *   --max-requests=20000000         stops the load early once this many were sent
 *   --baseline-seconds=10           GET /api/health on the same server, same connections
 *   --think-ms=0                    pause between one person's actions
 *   --warm-up-seconds=N             default 10 % of the run, at most 60 s
 *   --out=file.json                 also write the figures as JSON
 */
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const AUTH_SECRET = 'load-benchmark-secret-load-benchmark-secret';
const RSS_EVERY_MS = 5_000;

function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}
function numberOption(name: string, fallback: number, min: number, max: number) {
  const raw = option(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    console.error(`--${name} must be a number from ${min} to ${max}.`);
    process.exit(2);
  }
  return value;
}

const connections = numberOption('connections', 100, 1, 1000);
const seconds = option('seconds')
  ? numberOption('seconds', 60, 5, 3600)
  : numberOption('minutes', 10, 0.1, 60) * 60;
const pairs = numberOption('pairs', 200, 1, 5000);
const mentors = numberOption('mentors', 20_000, 0, 200_000);
const maxRequests = numberOption('max-requests', 20_000_000, 1000, 100_000_000);
const baselineSeconds = numberOption('baseline-seconds', 10, 1, 120);
const thinkMs = numberOption('think-ms', 0, 0, 60_000);
const engineOption = option('engine') ?? 'auto';
if (!['auto', 'both', 'pglite', 'postgres'].includes(engineOption)) {
  console.error('--engine must be pglite, postgres or both.');
  process.exit(2);
}
/** Warm-up: JIT, pools, caches and the search index settle; memory growth counts from its end. */
const warmUpSeconds = numberOption('warm-up-seconds', Math.min(60, seconds * 0.1), 0, seconds / 2);

/** The child's resident set size in MiB, from /proc (Linux). */
function rssMiB(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function postgresReachable() {
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
    return true;
  } catch {
    return false;
  } finally {
    await admin.end().catch(() => {});
  }
}

/** Runs `work` with N concurrent workers over `items`. */
async function inParallel<T>(items: T[], workers: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, items.length) }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

/** GET /api/health from every connection for a few seconds: the ceiling of this server. */
async function measureBaseline(client: LoadClient, secondsToRun: number) {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + secondsToRun * 1000;
  const warmUntil = Date.now() + 2000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until + 2000) {
        const reply = await client.request('GET', '/api/health').catch(() => undefined);
        if (reply?.status !== 200) errors += 1;
        else if (Date.now() > warmUntil) latencies.push(reply.ms);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / secondsToRun,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    errors,
  };
}

interface EngineResult {
  engine: string;
  setup: { seedMs: number; signInMs: number };
  baseline: Awaited<ReturnType<typeof measureBaseline>>;
  seconds: number;
  rps: number;
  total: number;
  errors: number;
  errorExamples: string[];
  statuses: Record<string, number>;
  notesOutcomes: Record<string, number>;
  requests: {
    name: string;
    count: number;
    rps: number;
    p50: number;
    p90: number;
    p99: number;
  }[];
  overall: { p50: number; p90: number; p99: number };
  rss: { atMs: number; mib: number }[];
  rssWindowSeconds: number;
  rssAtWarmUp: number;
  rssAtEnd: number;
  rssPeak: number;
  rssGrowthPercent: number;
}

async function runEngine(engine: 'pglite' | 'postgres'): Promise<EngineResult> {
  const label = engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const cleanups: (() => Promise<unknown>)[] = [];
  let server: ServerProcess | undefined;
  let client: LoadClient | undefined;
  try {
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      AUTH_SECRET,
      SIGN_IN_RATE_LIMIT: '100000',
    };
    if (engine === 'pglite') {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-load-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      env.DATA_DIR = dir;
    } else {
      const name = `tandem_load_${process.pid}`;
      const admin = new pg.Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
      cleanups.push(async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
        await admin.end().catch(() => {});
      });
      const url = new URL(ADMIN_URL);
      url.pathname = `/${name}`;
      env.DATABASE_URL = url.toString();
    }

    // Seed before the server starts: PGlite's data directory belongs to one process at a time.
    let started = performance.now();
    const database = await openDatabase({
      DATABASE_URL: env.DATABASE_URL,
      DATA_DIR: env.DATA_DIR ?? '',
    });
    const loadPairs = await seedLoadPopulation(database.db, { pairs, mentors }).finally(() =>
      database.close(),
    );
    const seedMs = performance.now() - started;
    console.info(
      `${label}: seeded ${mentors.toLocaleString('en')} mentors and ${pairs} pairs in ${(seedMs / 1000).toFixed(1)} s`,
    );

    server = await startMain(env, 120_000);
    const pid = server.child.pid as number;
    client = new LoadClient(server.url, connections);
    const activeClient = client;

    started = performance.now();
    const people: LoadPerson[] = [];
    await inParallel(loadPairs, 4, async (pair) => {
      const [mentee, mentor] = await Promise.all([
        signIn(activeClient, pair.menteeEmail, LOAD_PASSWORD),
        signIn(activeClient, pair.mentorEmail, LOAD_PASSWORD),
      ]);
      people.push(
        { role: 'mentee', cookie: mentee, pair },
        { role: 'mentor', cookie: mentor, pair },
      );
      // The mentee opens the shared notes with the outline both will fill in.
      const first = await activeClient.request(
        'PUT',
        `/api/sessions/${pair.sessionId}/notes/shared`,
        {
          cookie: mentee,
          body: { baseVersion: 0, body: initialNotes() },
        },
      );
      if (first.status !== 200) throw new Error(`first notes save answered ${first.status}`);
    });
    const signInMs = performance.now() - started;
    console.info(
      `${label}: ${people.length} people signed in (and ${pairs} notes started) in ${(signInMs / 1000).toFixed(1)} s`,
    );

    const baseline = await measureBaseline(activeClient, baselineSeconds);
    console.info(
      `${label}: baseline GET /api/health ${baseline.rps.toFixed(0)} req/s (p50 ${baseline.p50.toFixed(1)} ms, p99 ${baseline.p99.toFixed(1)} ms)`,
    );

    // The mix: one virtual user per connection, each acting as one person (people are shared
    // out in turn, so both people of a pair are often active at once and their notes merge).
    const stats: RunStats = emptyStats();
    const rss: { atMs: number; mib: number }[] = [];
    const t0 = Date.now();
    const endAt = t0 + seconds * 1000;
    const warmUpEnd = t0 + warmUpSeconds * 1000;
    const sample = () => {
      const mib = rssMiB(pid);
      if (mib !== undefined) rss.push({ atMs: Date.now() - t0, mib });
    };
    sample();
    const sampler = setInterval(sample, RSS_EVERY_MS);
    const progress = setInterval(() => {
      const elapsed = (Date.now() - t0) / 1000;
      console.info(
        `${label}: ${elapsed.toFixed(0)} s, ${stats.total} requests, ${stats.errors} errors, RSS ${rss.at(-1)?.mib.toFixed(0)} MiB`,
      );
    }, 60_000);
    let measuredFrom = 0;
    const measuring = () => {
      if (Date.now() < warmUpEnd) return false;
      if (!measuredFrom) measuredFrom = Date.now();
      return true;
    };
    // A server that dies ends the run at once (reported as an error), instead of thousands of
    // refused connections.
    let serverGone: string | undefined;
    const onExit = (code: number | null, signal: string | null) => {
      serverGone = `the server exited during the load (code ${code}, signal ${signal})`;
    };
    server.child.once('exit', onExit);
    const stop = () => Date.now() >= endAt || stats.total >= maxRequests || !!serverGone;
    // A hard bound even if answers stop coming: the run never outlives its time by much.
    const deadline = new Promise<'deadline'>((resolve) =>
      setTimeout(() => resolve('deadline'), seconds * 1000 + 60_000).unref(),
    );
    const users = Promise.all(
      Array.from({ length: connections }, (_, i) =>
        runVirtualUser(activeClient, people[i % people.length] as LoadPerson, stats, {
          seed: 1000 + i,
          stop,
          measuring,
          thinkMs,
        }),
      ),
    );
    const finished = await Promise.race([users, deadline]);
    const measuredMs = Date.now() - (measuredFrom || t0);
    sample();
    clearInterval(sampler);
    clearInterval(progress);
    server.child.off('exit', onExit);
    if (serverGone) {
      stats.errors += 1;
      stats.errorExamples.push(serverGone);
    }
    if (finished === 'deadline') {
      stats.errors += 1;
      stats.errorExamples.push('virtual users did not finish within a minute of the end');
    }

    const all: number[] = [];
    const requests = REQUESTS.map((name) => {
      const list = (stats.latencies.get(name) ?? []).sort((a, b) => a - b);
      for (const v of list) all.push(v);
      return {
        name,
        count: list.length,
        rps: list.length / (measuredMs / 1000),
        p50: quantile(list, 0.5),
        p90: quantile(list, 0.9),
        p99: quantile(list, 0.99),
      };
    });
    all.sort((a, b) => a - b);
    // RSS jumps for a few seconds around collections: compare the median of the samples in the
    // window just after warm-up with the median of the same-length window at the end.
    const windowMs = Math.max(RSS_EVERY_MS * 3, Math.min(60_000, seconds * 100));
    const medianOf = (from: number, to: number) => {
      const values = rss
        .filter((s) => s.atMs >= from && s.atMs <= to)
        .map((s) => s.mib)
        .sort((a, b) => a - b);
      return values.length ? quantile(values, 0.5) : Number.NaN;
    };
    const lastMs = rss.at(-1)?.atMs ?? 0;
    const atWarmUp = medianOf(warmUpSeconds * 1000, warmUpSeconds * 1000 + windowMs);
    const atEnd = medianOf(lastMs - windowMs, lastMs);
    return {
      engine: label,
      setup: { seedMs, signInMs },
      baseline,
      seconds: measuredMs / 1000,
      rps: all.length / (measuredMs / 1000),
      total: stats.total,
      errors: stats.errors,
      errorExamples: stats.errorExamples,
      statuses: Object.fromEntries(stats.statuses),
      notesOutcomes: Object.fromEntries(stats.notesOutcomes),
      requests,
      overall: { p50: quantile(all, 0.5), p90: quantile(all, 0.9), p99: quantile(all, 0.99) },
      rss,
      rssWindowSeconds: windowMs / 1000,
      rssAtWarmUp: atWarmUp,
      rssAtEnd: atEnd,
      rssPeak: Math.max(...rss.map((s) => s.mib)),
      rssGrowthPercent: ((atEnd - atWarmUp) / atWarmUp) * 100,
    };
  } finally {
    client?.close();
    if (server) {
      const code = await server.stop();
      if (code !== 0) console.error(`${label} server exited with ${code}:\n${server.output()}`);
    }
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

function report(r: EngineResult) {
  const ms = (v: number) => (Number.isNaN(v) ? '–' : v.toFixed(1));
  console.info(
    `\n## ${r.engine}: ${connections} connections, ${r.seconds.toFixed(0)} s measured after ${warmUpSeconds.toFixed(0)} s of warm-up`,
  );
  console.info(
    `Set-up: seed ${(r.setup.seedMs / 1000).toFixed(1)} s, sign-in of ${pairs * 2} people ${(r.setup.signInMs / 1000).toFixed(1)} s`,
  );
  console.info('| request | count | req/s | p50 ms | p90 ms | p99 ms |');
  console.info('|---|---:|---:|---:|---:|---:|');
  for (const q of r.requests)
    console.info(
      `| ${q.name} | ${q.count} | ${q.rps.toFixed(0)} | ${ms(q.p50)} | ${ms(q.p90)} | ${ms(q.p99)} |`,
    );
  console.info(
    `| **all** | ${r.requests.reduce((s, q) => s + q.count, 0)} | ${r.rps.toFixed(0)} | ${ms(r.overall.p50)} | ${ms(r.overall.p90)} | ${ms(r.overall.p99)} |`,
  );
  console.info(
    `Baseline GET /api/health on the same server: ${r.baseline.rps.toFixed(0)} req/s (p50 ${ms(r.baseline.p50)} ms); mix / baseline: ${(r.rps / r.baseline.rps).toFixed(3)}×`,
  );
  console.info(
    `Errors: ${r.errors} of ${r.total} requests (5xx, network, unexpected 4xx)${r.errorExamples.length ? `\n  ${r.errorExamples.join('\n  ')}` : ''}`,
  );
  const unexpected = Object.entries(r.statuses).filter(
    ([key]) => !key.endsWith(' 200') && !key.endsWith('shared 409'),
  );
  if (unexpected.length) console.info(`Statuses other than 200: ${JSON.stringify(unexpected)}`);
  console.info(`Shared-notes saves: ${JSON.stringify(r.notesOutcomes)} (conflicts are handled)`);
  const timeline = r.rss
    .filter((_, i) => i % 12 === 0 || i === r.rss.length - 1)
    .map((s) => `${(s.atMs / 1000).toFixed(0)} s ${s.mib.toFixed(0)}`)
    .join(' · ');
  console.info(`Server RSS (MiB): ${timeline}`);
  console.info(
    `RSS growth from the end of warm-up to the end (medians of the first and last ${r.rssWindowSeconds} s): ${r.rssAtWarmUp.toFixed(0)} → ${r.rssAtEnd.toFixed(0)} MiB (${r.rssGrowthPercent >= 0 ? '+' : ''}${r.rssGrowthPercent.toFixed(1)} %), peak ${r.rssPeak.toFixed(0)} MiB`,
  );
}

const pgUp = engineOption === 'pglite' ? false : await postgresReachable();
if (engineOption === 'postgres' && !pgUp) {
  console.error(`PostgreSQL does not answer at ${ADMIN_URL}.`);
  process.exit(1);
}
const engines: ('pglite' | 'postgres')[] =
  engineOption === 'pglite'
    ? ['pglite']
    : engineOption === 'postgres'
      ? ['postgres']
      : pgUp
        ? ['postgres', 'pglite']
        : ['pglite'];
if (engineOption === 'both' && !pgUp) console.info(`PostgreSQL unavailable: PGlite only.`);

console.info(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.info(
  `Load: ${connections} connections for ${seconds} s (first ${warmUpSeconds.toFixed(0)} s warm-up) on ${engines.join(' and ')}; ${pairs} pairs, ${mentors.toLocaleString('en')} mentors; loopback only.\n`,
);

const results: EngineResult[] = [];
for (const engine of engines) {
  const result = await runEngine(engine);
  results.push(result);
  report(result);
}
const out = option('out');
if (out) await writeFile(out, JSON.stringify(results, null, 2));
const failed = results.some((r) => r.errors > 0);
process.exit(failed ? 1 : 0);
