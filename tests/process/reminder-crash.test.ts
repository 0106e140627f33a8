import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { startMain } from '../setup/server-process.ts';
import { startSmtpListener } from '../setup/smtp-listener.ts';
import { testEnv } from '../setup/test-env.ts';

/**
 * The real server, killed with SIGKILL while it is sending a reminder it claimed: the mail
 * server has its data but never answered, so nothing was delivered. The restarted server takes
 * the reminder over once the dead one's lease runs out and sends it — once, and only once.
 */
const dirs: string[] = [];
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

/** Polls a condition (no fixed sleeps): the restarted worker's timing is its own. */
async function until(condition: () => boolean, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Query = (sql: string, params: unknown[]) => Promise<unknown[]>;

/** Kills the server mid-send, restarts it on the same data, and checks what reached the mail server. */
async function killMidSendAndRestart(
  database: Record<string, string>,
  openDb: () => Promise<{ query: Query; close(): Promise<void> }>,
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-crash-'));
  dirs.push(dataDir);
  const smtp = await startSmtpListener({ holdFirst: true });
  const env = {
    DATA_DIR: dataDir,
    ...database,
    SMTP_URL: smtp.url,
    AUTH_SECRET: 'a-secret-that-survives-the-restart-of-this-test',
    REMINDER_POLL_SECONDS: '1',
    // Short, so the restarted server may take the dead one's claim over without a long wait.
    REMINDER_LEASE_SECONDS: '2',
  };

  const first = await startMain(env);
  const inviter = userInput({ name: 'Aiko Tanaka' });
  const signUp = await post(`${first.url}/api/auth/sign-up/email`, inviter);
  const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const invite = await post(
    `${first.url}/api/mentorships/invitations`,
    { inviteeRole: 'mentor', email: 'crash.test@example.test', message: 'Would you mentor me?' },
    cookie,
  );
  expect(invite.status, await invite.clone().text()).toBe(201);

  await smtp.firstHeld;
  expect(await first.stop('SIGKILL')).toBe(null);
  expect(smtp.raw).toHaveLength(0);

  const second = await startMain(env);
  await until(() => smtp.raw.length > 0, 'the mail after the restart');
  expect(await second.stop()).toBe(0);
  await smtp.close();

  expect(smtp.raw).toHaveLength(1);
  expect(smtp.raw[0]?.toString()).toContain('To: crash.test@example.test');
  const db = await openDb();
  try {
    // Claimed by the first server (attempt 1, killed), then by the second (attempt 2, sent).
    expect(
      await db.query('select status, attempts from reminders where recipient_email = $1', [
        'crash.test@example.test',
      ]),
    ).toEqual([{ status: 'sent', attempts: 2 }]);
    expect(
      await db.query('select status, attempts from outbox_mails where to_address = $1', [
        'crash.test@example.test',
      ]),
    ).toEqual([{ status: 'sent', attempts: 2 }]);
  } finally {
    await db.close();
  }
}

describe('a server killed between claiming a reminder and sending it', () => {
  it('sends it once after the restart on the embedded database, never twice, never lost', {
    timeout: 120_000,
  }, async () => {
    await killMidSendAndRestart({}, async () => {
      const db = new PGlite(path.join(dirs.at(-1) ?? '', 'pglite'));
      return {
        query: async (sql, params) => (await db.query(sql, params)).rows,
        close: () => db.close(),
      };
    });
  });

  it.runIf(testEnv.TEST_DATABASE_URL)(
    'does the same on PostgreSQL',
    {
      timeout: 120_000,
    },
    async () => {
      const adminUrl = testEnv.TEST_DATABASE_URL ?? '';
      const name = `tandem_test_crash_${process.pid}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      try {
        await killMidSendAndRestart({ DATABASE_URL: url.toString() }, async () => {
          const client = new pg.Client({ connectionString: url.toString() });
          await client.connect();
          return {
            query: async (sql, params) => (await client.query(sql, params)).rows,
            close: () => client.end(),
          };
        });
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});
