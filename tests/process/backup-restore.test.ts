import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, MAYA_EMAIL } from '../../scripts/seed-demo.ts';
import { fromPglite, fromPostgresUrl } from '../../server/db/client.ts';
import { openDatabase } from '../../server/db/open.ts';
import { dumpTables, fillEveryTable } from '../setup/backup-data.ts';
import { startMain } from '../setup/server-process.ts';
import { TEST_AUTH_SECRET } from '../setup/test-app.ts';
import { testEnv } from '../setup/test-env.ts';

/**
 * `npm run backup` and `npm run restore` as an operator runs them: a data directory with rows in
 * every table is backed up, wiped and restored, and every table must come back row for row; the
 * server then starts on it and old sessions and passwords still work.
 */
const dirs: string[] = [];
function tempDir(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function post(url: string, body: unknown) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(url).origin },
    body: JSON.stringify(body),
  });
}

/** Runs scripts/<name>.ts with only the environment given, and waits for it to exit. */
async function runScript(name: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
  return { code, output };
}

async function dumpDataDir(dataDir: string) {
  // Read as it lies on disk: no lock, no migrations (nothing else has the directory open).
  const database = fromPglite(await PGlite.create({ dataDir: path.join(dataDir, 'pglite') }));
  try {
    return await dumpTables(database);
  } finally {
    await database.close();
  }
}

describe('backup and restore of the embedded database', () => {
  it('backs up, wipes, restores every row of every table; the server starts on it', {
    timeout: 240_000,
  }, async () => {
    const dataDir = tempDir('tandem-backup-data-');
    const file = path.join(tempDir('tandem-backup-file-'), 'tandem.tgz');

    // The session secret a server would have generated: the fixtures' sessions are signed with it.
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'auth-secret'), `${TEST_AUTH_SECRET}\n`, { mode: 0o600 });
    const database = await openDatabase({ DATA_DIR: dataDir });
    let person: { email: string; cookie: string };
    try {
      person = await fillEveryTable(database);
    } finally {
      await database.close();
    }
    const before = await dumpDataDir(dataDir);
    const empty = Object.entries(before).filter(([, rows]) => rows.length === 0);
    expect(empty.map(([table]) => table)).toEqual([]);
    expect(Object.keys(before)).toContain('drizzle.__drizzle_migrations');
    const secret = fs.readFileSync(path.join(dataDir, 'auth-secret'), 'utf8');

    const backup = await runScript('backup', [file], { DATA_DIR: dataDir });
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain(`${Object.keys(before).length} tables`);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    fs.rmSync(dataDir, { recursive: true, force: true });
    const restore = await runScript('restore', [file], { DATA_DIR: dataDir });
    expect(restore.code, restore.output).toBe(0);
    expect(await dumpDataDir(dataDir)).toEqual(before);
    expect(fs.readFileSync(path.join(dataDir, 'auth-secret'), 'utf8')).toBe(secret);

    // Into a directory that holds data: only with --force; a damaged file changes nothing.
    const again = await runScript('restore', [file], { DATA_DIR: dataDir });
    expect(again.code).toBe(1);
    expect(again.output).toContain('is not empty');
    const damaged = `${file}.damaged`;
    fs.writeFileSync(damaged, fs.readFileSync(file).subarray(0, 100_000));
    const refused = await runScript('restore', [damaged, '--force'], { DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('is not a Tandem backup, or it is damaged');
    const forced = await runScript('restore', [file, '--force'], { DATA_DIR: dataDir });
    expect(forced.code, forced.output).toBe(0);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['auth-secret', 'pglite']);
    expect(await dumpDataDir(dataDir)).toEqual(before);

    const server = await startMain({ DATA_DIR: dataDir });
    try {
      const me = await fetch(`${server.url}/api/me`, { headers: { cookie: person.cookie } });
      expect(me.status).toBe(200);
      expect((await me.json()).email).toBe(person.email);
      const signIn = await post(`${server.url}/api/auth/sign-in/email`, {
        email: MAYA_EMAIL,
        password: DEMO_PASSWORD,
      });
      expect(signIn.status).toBe(200);

      // Neither command touches a directory a server is using.
      const whileRunning = await runScript('backup', [`${file}.2`], { DATA_DIR: dataDir });
      expect(whileRunning.code).toBe(1);
      expect(whileRunning.output).toContain(`in use by process ${server.child.pid}`);
      expect(fs.existsSync(`${file}.2`)).toBe(false);
      const restoreWhileRunning = await runScript('restore', [file, '--force'], {
        DATA_DIR: dataDir,
      });
      expect(restoreWhileRunning.code).toBe(1);
      expect(restoreWhileRunning.output).toContain(`in use by process ${server.child.pid}`);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('explains itself with --help, and points PostgreSQL to its own tools', async () => {
    const help = await runScript('restore', ['--help'], {});
    expect(help.code).toBe(0);
    expect(help.output).toContain('Usage: npm run restore -- <file> [--force]');
    const onPostgres = await runScript('backup', ['tandem.dump'], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none',
    });
    expect(onPostgres.code).toBe(2);
    expect(onPostgres.output).toContain('pg_dump --format=custom');
  });
});

const run = promisify(execFile);
const hasPgDump = await run('pg_dump', ['--version']).then(
  () => true,
  () => false,
);

describe.runIf(testEnv.TEST_DATABASE_URL && hasPgDump)('backup and restore on PostgreSQL', () => {
  it('pg_dump --format=custom and pg_restore into an empty database bring back every row; the server starts on it', {
    timeout: 240_000,
  }, async () => {
    const adminUrl = testEnv.TEST_DATABASE_URL ?? '';
    const names = [`tandem_backup_from_${process.pid}`, `tandem_backup_to_${process.pid}`];
    const [fromUrl, toUrl] = names.map((name) => {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    });
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      for (const name of names) {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        await admin.query(`CREATE DATABASE ${name} TEMPLATE template0`);
      }
      const source = fromPostgresUrl(fromUrl ?? '', 2);
      let before: Record<string, string[]>;
      try {
        await source.migrate();
        await fillEveryTable(source);
        before = await dumpTables(source);
      } finally {
        await source.close();
      }
      expect(Object.entries(before).filter(([, rows]) => rows.length === 0)).toEqual([]);

      // The README's commands, as written there.
      const file = path.join(tempDir('tandem-pg-backup-'), 'tandem.dump');
      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        `--dbname=${fromUrl}`,
        `--file=${file}`,
      ]);
      await run('pg_restore', [
        '--no-owner',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${toUrl}`,
        file,
      ]);

      const restored = fromPostgresUrl(toUrl ?? '', 2);
      try {
        expect(await dumpTables(restored)).toEqual(before);
      } finally {
        await restored.close();
      }
      const server = await startMain({
        DATA_DIR: tempDir('tandem-pg-backup-dir-'),
        DATABASE_URL: toUrl ?? '',
      });
      try {
        const signIn = await post(`${server.url}/api/auth/sign-in/email`, {
          email: MAYA_EMAIL,
          password: DEMO_PASSWORD,
        });
        expect(signIn.status).toBe(200);
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
