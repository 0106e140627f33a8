import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { signUp, until } from '../setup/http-client.ts';
import { createScratchDatabase } from '../setup/scratch-postgres.ts';
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
  const inviter = await signUp(first.url, userInput({ name: 'Aiko Tanaka' }));
  const invite = await inviter.post('/api/mentorships/invitations', {
    inviteeRole: 'mentor',
    email: 'crash.test@example.test',
    message: 'Would you mentor me?',
  });
  expect(invite.status, JSON.stringify(invite.body)).toBe(201);

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
      const scratch = await createScratchDatabase(testEnv.TEST_DATABASE_URL ?? '', 'crash_mail');
      try {
        await killMidSendAndRestart({ DATABASE_URL: scratch.url }, async () => ({
          query: (sql, params) => scratch.query(sql, params),
          close: async () => {},
        }));
      } finally {
        await scratch.drop();
      }
    },
  );
});
