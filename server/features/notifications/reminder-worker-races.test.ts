import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../tests/factories/user.ts';
import { startSmtpListener } from '../../../tests/setup/smtp-listener.ts';
import {
  createTestApp,
  TEST_AUTH_SECRET,
  TEST_BASE_URL,
  type TestApp,
} from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { testEnv } from '../../../tests/setup/test-env.ts';
import { type Db, fromPostgresUrl, queryRows } from '../../db/client.ts';
import { outboxMails, reminders } from '../../db/schema/notifications.ts';
import { createSmtpMailer, type Mailer } from '../../lib/mailer.ts';
import { scheduleReminder } from '../../lib/reminders.ts';
import { BACKOFF_MS, DEFAULT_LEASE_MS, runDueReminders } from './reminder-worker.ts';
import { claimDueReminders } from './reminders.repo.ts';
import { testComposers } from './test-composers.ts';

const FROM = 'Tandem <no-reply@tandem.test>';
const clock = createTestClock('2027-03-02T17:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: clock.clock });
});
afterAll(() => t.close());

const run = (db: Db, mailer: Mailer | null, limit?: number) =>
  runDueReminders({
    db,
    composers: testComposers,
    mailer,
    clock: clock.clock,
    baseUrl: TEST_BASE_URL,
    authSecret: TEST_AUTH_SECRET,
    limit,
  });

/** Runs until a run finds nothing due: one worker's life in fast forward. */
async function drain(db: Db, mailer: Mailer | null) {
  while ((await run(db, mailer, 3)).claimed > 0) {}
}

let keys = 0;
async function remindMany(count: number) {
  const { user } = await buildUser(t.app.auth);
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    keys += 1;
    const dedupeKey = `race:${keys}`;
    await scheduleReminder(t.database.db, {
      type: 'prep-due',
      recipientId: user.id,
      dueAt: clock.now(),
      dedupeKey,
      payload: { title: `Reminder ${keys}` },
    });
    const [row] = await t.database.db
      .select({ id: reminders.id })
      .from(reminders)
      .where(eq(reminders.dedupeKey, dedupeKey));
    if (row) ids.push(row.id);
  }
  return ids;
}
const rowsOf = (ids: string[]) =>
  t.database.db.select().from(reminders).where(inArray(reminders.id, ids));

describe('when sending fails', () => {
  it('retries with a growing wait, keeps the error visible, and sends once in the end', async () => {
    clock.set('2027-03-02T17:00:00Z');
    const smtp = await startSmtpListener({ refuseFirst: 2 });
    const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: FROM });
    const [id = ''] = await remindMany(1);

    expect(await run(t.database.db, mailer)).toMatchObject({ retried: 1 });
    let [row] = await rowsOf([id]);
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row?.lastError).toContain('Busy, try again later');
    expect(row?.dueAt).toEqual(new Date(clock.now().getTime() + (BACKOFF_MS[0] ?? 0)));
    const [outbox] = await t.database.db
      .select()
      .from(outboxMails)
      .where(eq(outboxMails.reminderId, id));
    expect(outbox).toMatchObject({ status: 'sending', attempts: 1 });

    // Not due again until the wait is over.
    expect(await run(t.database.db, mailer)).toMatchObject({ claimed: 0 });
    clock.advance(BACKOFF_MS[0] ?? 0);
    expect(await run(t.database.db, mailer)).toMatchObject({ retried: 1 });
    [row] = await rowsOf([id]);
    expect(row?.dueAt).toEqual(new Date(clock.now().getTime() + (BACKOFF_MS[1] ?? 0)));

    clock.advance(BACKOFF_MS[1] ?? 0);
    expect(await run(t.database.db, mailer)).toMatchObject({ sent: 1 });
    [row] = await rowsOf([id]);
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
    expect(smtp.refused).toBe(2);
    expect(smtp.raw).toHaveLength(1);
    const outboxes = await t.database.db
      .select()
      .from(outboxMails)
      .where(eq(outboxMails.reminderId, id));
    expect(outboxes).toMatchObject([{ status: 'sent', attempts: 3 }]);
    await smtp.close();
  });

  it('gives up after six attempts and says so on the reminder and its mail', async () => {
    clock.set('2027-03-02T17:00:00Z');
    const smtp = await startSmtpListener({ refuseFirst: 100 });
    const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: FROM });
    const [id = ''] = await remindMany(1);
    for (const wait of [...BACKOFF_MS, 0]) {
      await run(t.database.db, mailer);
      clock.advance(wait);
    }
    const [row] = await rowsOf([id]);
    expect(row).toMatchObject({ status: 'failed', attempts: 6 });
    expect(row?.lastError).toContain('Busy');
    const [outbox] = await t.database.db
      .select()
      .from(outboxMails)
      .where(eq(outboxMails.reminderId, id));
    expect(outbox?.status).toBe('failed');
    clock.advance(BACKOFF_MS[4] ?? 0);
    expect(await run(t.database.db, mailer)).toMatchObject({ claimed: 0 });
    await smtp.close();
  });
});

describe('exactly once', () => {
  it('sends a reminder whose worker died after claiming it, once its lease runs out, and only once', async () => {
    clock.set('2027-03-02T17:00:00Z');
    const smtp = await startSmtpListener();
    const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: FROM });
    const [id = ''] = await remindMany(1);
    // A worker claims it, then is killed before sending anything.
    expect(await claimDueReminders(t.database.db, clock.now(), DEFAULT_LEASE_MS, 10)).toHaveLength(
      1,
    );

    expect(await run(t.database.db, mailer)).toMatchObject({ claimed: 0 });
    clock.advance(DEFAULT_LEASE_MS - 1);
    expect(await run(t.database.db, mailer)).toMatchObject({ claimed: 0 });
    clock.advance(2);
    expect(await run(t.database.db, mailer)).toMatchObject({ claimed: 1, sent: 1 });
    clock.advance(DEFAULT_LEASE_MS * 2);
    expect(await run(t.database.db, mailer)).toMatchObject({ claimed: 0 });
    expect(smtp.raw).toHaveLength(1);
    expect(await rowsOf([id])).toMatchObject([{ status: 'sent', attempts: 2 }]);
    await smtp.close();
  });

  it('sends each of many reminders once when two workers race in one process', async () => {
    clock.set('2027-03-02T17:00:00Z');
    const smtp = await startSmtpListener();
    const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: FROM });
    const ids = await remindMany(30);
    await Promise.all([drain(t.database.db, mailer), drain(t.database.db, mailer)]);
    const mails = await smtp.parsed();
    expect(mails.map((m) => m.messageId).sort()).toEqual(
      ids.map((id) => `<${id}@localhost>`).sort(),
    );
    expect((await rowsOf(ids)).every((row) => row.status === 'sent' && row.attempts === 1)).toBe(
      true,
    );
    await smtp.close();
  });

  describe.runIf(testEnv.TEST_DATABASE_URL)('on PostgreSQL', () => {
    it('sends each of many reminders once when two workers on their own connections race', async () => {
      clock.set('2027-03-02T17:00:00Z');
      const [current] = await queryRows<{ name: string }>(
        t.database.db,
        sql`select current_database() as name`,
      );
      const url = new URL(testEnv.TEST_DATABASE_URL ?? '');
      url.pathname = `/${current?.name}`;
      // A second app instance's database: its own pool, its own connections.
      const other = fromPostgresUrl(url.toString(), 3);
      try {
        const smtp = await startSmtpListener();
        const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: FROM });
        const ids = await remindMany(60);
        await Promise.all([drain(t.database.db, mailer), drain(other.db, mailer)]);
        const mails = await smtp.parsed();
        expect(mails.map((m) => m.messageId).sort()).toEqual(
          ids.map((id) => `<${id}@localhost>`).sort(),
        );
        const rows = await rowsOf(ids);
        expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
        await smtp.close();
      } finally {
        await other.close();
      }
    });
  });
});
