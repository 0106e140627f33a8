import pg from 'pg';
import { type LoadResult, load, startTarget } from './http.ts';

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * GET /api/mentors?goalId=… over HTTP with 100k mentors in the database, on PostgreSQL (a
 * dedicated tandem_bench_<pid> database, dropped afterwards) and on PGlite. GET /api/me on the
 * same server is the floor: a signed-in request that only looks the session up; GET /api/health
 * (public, no session) the ceiling.
 */
export async function benchMentorSearchHttp({
  mentors = 100_000,
  seconds = 10,
  connections = 50,
} = {}) {
  const rows: (LoadResult & { engine: string })[] = [];
  const name = `tandem_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  let postgresUrl: string | undefined;
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    postgresUrl = url.toString();
  } catch (error) {
    console.info(`PostgreSQL unavailable at ${ADMIN_URL} (${(error as Error).message}): skipped`);
  }

  console.info(
    `\nGET /api/mentors over HTTP: ${mentors.toLocaleString('en')} mentors, ${connections} connections, ${seconds} s`,
  );
  try {
    for (const engine of ['PostgreSQL', 'PGlite'] as const) {
      if (engine === 'PostgreSQL' && !postgresUrl) continue;
      const target = await startTarget(
        String(mentors),
        'scripts/bench/serve-mentor-search.ts',
        engine === 'PostgreSQL' ? [postgresUrl as string] : [],
      );
      try {
        const [cookie64 = '', goalId = '', seedMs = '', firstMs = ''] = target.info;
        const headers = { cookie: Buffer.from(cookie64, 'base64').toString() };
        console.info(
          `${engine}: seeded in ${seedMs} ms; first search (builds the index) ${firstMs} ms`,
        );
        const options = { seconds, connections, headers };
        if (engine === 'PostgreSQL')
          rows.push({
            engine,
            ...(await load(
              'GET /api/health (public, ceiling)',
              `${target.url}/api/health`,
              options,
            )),
          });
        rows.push({
          engine,
          ...(await load('GET /api/me (session lookup only)', `${target.url}/api/me`, options)),
        });
        rows.push({
          engine,
          ...(await load(
            'GET /api/mentors?goalId=…',
            `${target.url}/api/mentors?goalId=${goalId}`,
            options,
          )),
        });
      } finally {
        await target.stop();
      }
    }
  } finally {
    if (postgresUrl)
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
  }

  console.info('| engine | request | req/s (median) | p50 ms | p99 ms | errors | non-2xx |');
  console.info('|---|---|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.info(
      `| ${r.engine} | ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`,
    );
  const find = (engine: string, prefix: string) =>
    rows.find((r) => r.engine === engine && r.name.startsWith(prefix));
  const pgSearch = find('PostgreSQL', 'GET /api/mentors');
  const liteSearch = find('PGlite', 'GET /api/mentors');
  const pgMe = find('PostgreSQL', 'GET /api/me');
  if (pgSearch && liteSearch)
    console.info(
      `PGlite / PostgreSQL (search req/s): ${(liteSearch.rps / pgSearch.rps).toFixed(2)}×`,
    );
  if (pgSearch && pgMe)
    console.info(
      `search / session-only floor on PostgreSQL: ${(pgSearch.rps / pgMe.rps).toFixed(2)}× (targets: ≥ 5000 req/s, p99 ≤ 25 ms)`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMentorSearchHttp();
