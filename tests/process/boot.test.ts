import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { runMainUntilExit, startMain } from '../setup/server-process.ts';
import { testEnv } from '../setup/test-env.ts';

/** The real entry point, as `npm start` runs it: boot, refusals, shutdown, persistence. */
const dirs: string[] = [];
function tempDataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-boot-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function post(url: string, body: unknown, cookie?: string) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: new URL(url).origin,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  });
}

describe('server/main.ts on the embedded database', () => {
  it('starts on an empty directory, keeps data and sessions across a clean restart', {
    timeout: 90_000,
  }, async () => {
    const dataDir = tempDataDir();
    const first = await startMain({ DATA_DIR: dataDir });
    const health = await fetch(`${first.url}/api/health`).then((r) => r.json());
    expect(health).toEqual({ status: 'ok', database: 'pglite' });
    expect(fs.readFileSync(path.join(dataDir, 'auth-secret'), 'utf8').trim()).toMatch(
      /^[0-9a-f]{64}$/,
    );

    const input = userInput();
    const signUp = await post(`${first.url}/api/auth/sign-up/email`, input);
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

    expect(await first.stop('SIGTERM')).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'tandem.lock'))).toBe(false);

    const second = await startMain({ DATA_DIR: dataDir });
    try {
      const me = await fetch(`${second.url}/api/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      expect((await me.json()).email).toBe(input.email.toLowerCase());
      const signIn = await post(`${second.url}/api/auth/sign-in/email`, {
        email: input.email,
        password: input.password,
      });
      expect(signIn.status).toBe(200);
    } finally {
      expect(await second.stop('SIGINT')).toBe(0);
    }
  });

  it('refuses a second process on the same data directory, naming it and the holder', {
    timeout: 90_000,
  }, async () => {
    const dataDir = tempDataDir();
    const first = await startMain({ DATA_DIR: dataDir });
    try {
      const second = await runMainUntilExit({ DATA_DIR: dataDir, PORT: '0' });
      expect(second.code).not.toBe(0);
      expect(second.output).toContain(path.resolve(dataDir));
      expect(second.output).toContain(`process ${first.child.pid}`);
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    } finally {
      await first.stop();
    }
  });
});

describe('configuration', () => {
  it('exits non-zero naming an invalid variable', async () => {
    const result = await runMainUntilExit({ DATA_DIR: tempDataDir(), PORT: 'three thousand' });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/Invalid configuration:[\s\S]*PORT:/);
  });

  it('refuses to start in production without explicit secrets', async () => {
    const result = await runMainUntilExit({ DATA_DIR: tempDataDir(), NODE_ENV: 'production' });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/AUTH_SECRET: is required when NODE_ENV=production/);
    expect(fs.existsSync(path.join(dirs.at(-1) ?? '', 'auth-secret'))).toBe(false);
  });
});

describe.runIf(testEnv.TEST_DATABASE_URL)('server/main.ts on PostgreSQL', () => {
  it('applies migrations to an empty database at start-up', { timeout: 90_000 }, async () => {
    const adminUrl = testEnv.TEST_DATABASE_URL ?? '';
    const name = `tandem_test_boot_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      const server = await startMain({ DATA_DIR: tempDataDir(), DATABASE_URL: url.toString() });
      try {
        expect(await fetch(`${server.url}/api/health`).then((r) => r.json())).toEqual({
          status: 'ok',
          database: 'postgres',
        });
        expect((await post(`${server.url}/api/auth/sign-up/email`, userInput())).status).toBe(200);
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
