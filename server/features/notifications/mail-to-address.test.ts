import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, userInput } from '../../../tests/factories/user.ts';
import { startSmtpListener } from '../../../tests/setup/smtp-listener.ts';
import {
  call,
  createTestApp,
  TEST_AUTH_SECRET,
  TEST_BASE_URL,
  type TestApp,
} from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import {
  mailSuppressions,
  notifications,
  outboxMails,
  reminders,
} from '../../db/schema/notifications.ts';
import { createSmtpMailer, type Mailer } from '../../lib/mailer.ts';
import { composers } from './composers/all-composers.ts';
import { runDueReminders } from './reminder-worker.ts';

/**
 * An invitation by email to someone who has no account yet: the address itself gets one mail
 * (no notification centre, no preferences), with a one-click stop that holds for the address;
 * someone who joins before it goes out gets it as a person instead.
 */
const clock = createTestClock('2027-05-04T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: clock.clock });
});
afterAll(() => t.close());

const db = () => t.database.db;
const run = (mailer: Mailer | null) =>
  runDueReminders({
    db: db(),
    composers,
    mailer,
    clock: clock.clock,
    baseUrl: TEST_BASE_URL,
    authSecret: TEST_AUTH_SECRET,
  });

async function inviteByEmail(cookie: string, email: string) {
  const res = await call(t.app, 'POST', '/api/mentorships/invitations', {
    cookie,
    body: { inviteeRole: 'mentor', email, message: 'Would you help me find my feet in data work?' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().mentorship.id as string;
}

const remindersTo = (email: string) =>
  db().select().from(reminders).where(eq(reminders.recipientEmail, email));
const rawHeader = (mail: ParsedMail | undefined, name: string) =>
  mail?.headerLines
    .find((line) => line.key === name)
    ?.line.slice(name.length + 1)
    .trim();

describe('an invitation to an address without an account', () => {
  it('mails the address once, greets without a name, and asks them to join with it', async () => {
    const smtp = await startSmtpListener();
    const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: 'Tandem <no-reply@tandem.test>' });
    const inviter = await buildUser(t.app.auth, { name: 'Rosa Diaz', timeZone: 'Europe/Madrid' });
    const id = await inviteByEmail(inviter.cookie, 'New.Person@Example.test');

    const [scheduled] = await remindersTo('new.person@example.test');
    expect(scheduled).toMatchObject({ type: 'invitation', recipientId: null });

    expect(await run(mailer)).toMatchObject({ claimed: 1, sent: 1 });
    expect(await run(mailer)).toMatchObject({ claimed: 0 });
    const [mail] = await smtp.parsed();
    expect(smtp.raw).toHaveLength(1);
    expect(mail?.to).toMatchObject({ value: [{ address: 'new.person@example.test' }] });
    expect(mail?.subject).toBe('Rosa invites you to be their mentor');
    expect(mail?.text).toMatch(/^Hello,/);
    expect(mail?.text).toContain('create your account with this address (new.person@example.test)');
    expect(mail?.text).toContain(`${TEST_BASE_URL}/mentorships/${id}`);
    // It stays open for 14 days, named as a day in the inviter's zone.
    expect(mail?.text).toContain('It stays open until Tue 18 May.');
    expect(mail?.text).not.toContain('Settings');
    expect(mail?.html).toContain('Create your account');

    // Nobody's notification centre or outbox list holds it; the outbox row has no owner.
    const [outbox] = await db()
      .select()
      .from(outboxMails)
      .where(eq(outboxMails.reminderId, scheduled?.id ?? ''));
    expect(outbox).toMatchObject({ userId: null, status: 'sent' });
    expect(
      await db()
        .select()
        .from(notifications)
        .where(eq(notifications.reminderId, scheduled?.id ?? '')),
    ).toHaveLength(0);

    // The unsubscribe link names the reminder, never the address.
    const oneClick = /<([^>]+)>/.exec(rawHeader(mail, 'list-unsubscribe') ?? '')?.[1] ?? '';
    const token = oneClick.split('/api/unsubscribe/')[1] ?? '';
    expect(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).toBe(
      `reminder:${scheduled?.id}.invitation`,
    );
    await smtp.close();
  });

  it('stops further invitations to the address after one click, and the page says so', async () => {
    const smtp = await startSmtpListener();
    const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: 'Tandem <no-reply@tandem.test>' });
    const first = await buildUser(t.app.auth, { name: 'Kofi Mensah' });
    await inviteByEmail(first.cookie, 'quiet@example.test');
    await run(mailer);
    const [mail] = await smtp.parsed();
    const oneClick = /<([^>]+)>/.exec(rawHeader(mail, 'list-unsubscribe') ?? '')?.[1] ?? '';
    const path = new URL(oneClick).pathname;

    const before = await call(t.app, 'GET', path);
    expect(before.json()).toMatchObject({ type: 'invitation', channel: 'email' });
    const res = await t.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ type: 'invitation', channel: 'off' });
    expect(
      await db()
        .select()
        .from(mailSuppressions)
        .where(eq(mailSuppressions.email, 'quiet@example.test')),
    ).toHaveLength(1);

    // Someone else invites the same address: nothing goes out.
    const second = await buildUser(t.app.auth, { name: 'Lena Vogel' });
    await inviteByEmail(second.cookie, 'quiet@example.test');
    expect(await run(mailer)).toMatchObject({ claimed: 1, skipped: 1, sent: 0 });
    expect(smtp.raw).toHaveLength(1);
    const rows = await remindersTo('quiet@example.test');
    expect(rows.map((row) => row.skipReason)).toContain('they asked for no more of these mails');
    await smtp.close();
  });

  it('reaches the account instead when they joined before it went out', async () => {
    const inviter = await buildUser(t.app.auth, { name: 'Ines Duarte' });
    await inviteByEmail(inviter.cookie, 'early.bird@example.test');
    const joined = await buildUser(t.app.auth, userInput({ email: 'early.bird@example.test' }));

    expect(await run(null)).toMatchObject({ claimed: 1, sent: 1 });
    const list = await call(t.app, 'GET', '/api/notifications', { cookie: joined.cookie });
    expect(list.json().items).toMatchObject([
      { type: 'invitation', title: 'Ines invites you to be their mentor' },
    ]);
  });

  it('keeps the mail unsent, owned by nobody, when no mail server is configured', async () => {
    const inviter = await buildUser(t.app.auth, { name: 'Omar Haddad' });
    await inviteByEmail(inviter.cookie, 'offline@example.test');
    expect(await run(null)).toMatchObject({ sent: 1 });
    const [row] = await remindersTo('offline@example.test');
    const [outbox] = await db()
      .select()
      .from(outboxMails)
      .where(eq(outboxMails.reminderId, row?.id ?? ''));
    expect(outbox).toMatchObject({ userId: null, status: 'not-sent' });
  });
});
