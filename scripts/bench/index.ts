import os from 'node:os';
import { benchCohortMatching } from './cohort-matching.ts';
import { load, startTarget } from './http.ts';
import { benchMentorRanking } from './mentor-ranking.ts';
import { benchMentorSearchHttp } from './mentor-search-http.ts';
import { benchStartup } from './startup.ts';

/**
 * `npm run bench`: performance figures, each against a baseline measured in the same run, so
 * the ratio stays meaningful on any machine. Loopback only; every run is bounded in time.
 * `--seconds=N` (default 10) and `--connections=N` (default 50) tune it. Name benchmarks to run
 * only those: `npm run bench -- mentor-ranking` (health, startup, mentor-ranking,
 * mentor-search-http, cohort-matching). `--quick` leaves out the 10k × 4k cohort.
 */
const seconds = Number(process.argv.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 10);
const connections = Number(
  process.argv.find((a) => a.startsWith('--connections='))?.split('=')[1] ?? 50,
);
const ALL = ['health', 'startup', 'mentor-ranking', 'mentor-search-http', 'cohort-matching'];
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const unknown = named.filter((n) => !ALL.includes(n));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${ALL.join(', ')}.`);
  process.exit(2);
}
const wanted = new Set(named.length ? named : ALL);

console.info(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.info(
  `Each figure: ${seconds} s of load after 2 s of warm-up, ${connections} connections, loopback.\n`,
);

if (wanted.has('health')) {
  const results = [];
  for (const [kind, name] of [
    ['bare', 'bare Fastify hello-world'],
    ['app', 'Tandem GET /api/health (PGlite)'],
  ] as const) {
    const target = await startTarget(kind);
    try {
      results.push(await load(name, `${target.url}/api/health`, { seconds, connections }));
    } finally {
      await target.stop();
    }
  }

  const [baseline, app] = results;
  console.info('| benchmark | req/s (median) | p50 ms | p99 ms | errors | non-2xx |');
  console.info('|---|---:|---:|---:|---:|---:|');
  for (const r of results)
    console.info(`| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`);
  if (baseline && app) {
    console.info(`\nTandem health / bare hello-world: ${(app.rps / baseline.rps).toFixed(2)}×`);
  }
}

if (wanted.has('startup')) {
  console.info('\nStart-up: spawn to first 200 on /api/health, median of 3');
  console.info('| process | ms (median) | vs bare |');
  console.info('|---|---:|---:|');
  const startup = await benchStartup();
  const bareStart = startup[0]?.ms ?? 1;
  for (const r of startup)
    console.info(`| ${r.name} | ${r.ms.toFixed(0)} | ${(r.ms / bareStart).toFixed(1)}× |`);
}

if (wanted.has('mentor-ranking')) await benchMentorRanking();
if (wanted.has('mentor-search-http')) await benchMentorSearchHttp({ seconds, connections });
if (wanted.has('cohort-matching'))
  await benchCohortMatching({ large: !process.argv.includes('--quick') });
