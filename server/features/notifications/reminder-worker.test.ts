import { and, eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationType } from '../../../common/notifications/notification-types.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { parseIcs } from '../../../tests/setup/parse-ics.ts';
import { startSmtpListener } from '../../../tests/setup/smtp-listener.ts';
import {
  createTestApp,
  TEST_AUTH_SECRET,
  TEST_BASE_URL,
  type TestApp,
} from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import {
  notificationPreferences,
  notificationSettings,
  notifications,
  outboxMails,
  reminders,
} from '../../db/schema/notifications.ts';
import { createSmtpMailer, type Mailer } from '../../lib/mailer.ts';
import { scheduleReminder } from '../../lib/reminders.ts';
import { runDueReminders } from './reminder-worker.ts';
import { testComposers } from './test-composers.ts';

const FROM = 'Tandem <no-reply@tandem.test>';
// 18:00 in Paris on a Tuesday: the next daily digest is Wednesday 08:00 Paris (07:00 UTC).
const clock = createTestClock('2027-03-02T17:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: clock.clock });
});
afterAll(() => t.close());

const db = () => t.database.db;
const run = (mailer: Mailer | null) =>
  runDueReminders({
    db: db(),
    composers: testComposers,
    mailer,
    clock: clock.clock,
    baseUrl: TEST_BASE_URL,
    authSecret: TEST_AUTH_SECRET,
  });

let keys = 0;
async function remind(
  recipientId: string,
  type: NotificationType,
  payload: Record<string, unknown> = {},
) {
  keys += 1;
  const dedupeKey = `test:${keys}`;
  await scheduleReminder(db(), { type, recipientId, dueAt: clock.now(), dedupeKey, payload });
  const [row] = await db().select().from(reminders).where(eq(reminders.dedupeKey, dedupeKey));
  if (!row) throw new Error('reminder not scheduled');
  return row;
}
const reminderRow = async (id: string) =>
  (await db().select().from(reminders).where(eq(reminders.id, id)))[0];
const outboxOf = (id: string) =>
  db().select().from(outboxMails).where(eq(outboxMails.reminderId, id));
const notificationOf = (id: string) =>
  db().select().from(notifications).where(eq(notifications.reminderId, id));
/** A header as sent (mailparser folds List-* headers into an object of its own). */
const rawHeader = (mail: ParsedMail | undefined, name: string) =>
  mail?.headerLines
    .find((line) => line.key === name)
    ?.line.slice(name.length + 1)
    .trim();
const choose = (userId: string, type: NotificationType, channel: string) =>
  db().insert(notificationPreferences).values({ userId, type, channel });

describe('delivering a reminder by mail', () => {
  it('sends it over SMTP with its words, unsubscribe headers and calendar file, and one click turns the type off', async () => {
    const smtp = await startSmtpListener();
    const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: FROM });
    const { user } = await buildUser(t.app.auth, { name: 'Ana <b>Mentee</b>' });
    const reminder = await remind(user.id, 'session-scheduled', {
      title: 'Your session with Ben & <Cleo> is planned',
      ics: true,
    });

    expect(await run(mailer)).toMatchObject({ claimed: 1, sent: 1 });

    const [mail] = await smtp.parsed();
    expect(smtp.raw).toHaveLength(1);
    expect(mail?.subject).toBe('Your session with Ben & <Cleo> is planned');
    expect(mail?.from?.value[0]).toMatchObject({ name: 'Tandem', address: 'no-reply@tandem.test' });
    expect(mail?.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : '').toBe(user.email);
    expect(mail?.messageId).toBe(`<${reminder.id}@localhost>`);
    expect(mail?.text).toContain('Hi Ana,');
    expect(mail?.text).toContain('Hello from the session-scheduled reminder.');
    expect(mail?.text).toContain(`Open it in Tandem: ${TEST_BASE_URL}/reminders/${reminder.id}`);
    // Everything a person wrote is escaped in the HTML part.
    expect(mail?.html).toContain('Ben &amp; &lt;Cleo&gt;');
    expect(mail?.html).not.toContain('<Cleo>');
    expect(mail?.html).toContain(`href="${TEST_BASE_URL}/reminders/${reminder.id}"`);
    expect(mail?.html).toContain('Settings → Notifications');
    const unsubscribe = rawHeader(mail, 'list-unsubscribe');
    const oneClick = /<(.+)>/.exec(unsubscribe ?? '')?.[1] ?? '';
    expect(oneClick.startsWith(`${TEST_BASE_URL}/api/unsubscribe/`)).toBe(true);
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const [attachment] = mail?.attachments ?? [];
    expect(attachment?.filename).toBe('session.ics');
    expect(attachment?.contentType).toBe('text/calendar');
    const calendar = parseIcs(attachment?.content.toString('utf8') ?? '');
    expect(calendar.method).toBe('REQUEST');
    expect(calendar.events[0]).toMatchObject({
      summary: 'Mentoring session with Ben',
      start: '2027-03-10T17:00:00.000Z',
    });

    expect(await reminderRow(reminder.id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(await outboxOf(reminder.id)).toMatchObject([{ status: 'sent', toAddress: user.email }]);
    expect(await notificationOf(reminder.id)).toMatchObject([
      { userId: user.id, title: 'Your session with Ben & <Cleo> is planned' },
    ]);

    // The mail client's own unsubscribe button (RFC 8058): a form post, no cookie.
    const res = await t.app.inject({
      method: 'POST',
      url: new URL(oneClick).pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ type: 'session-scheduled', channel: 'off' });

    const next = await remind(user.id, 'session-scheduled', { title: 'Another one' });
    expect(await run(mailer)).toMatchObject({ claimed: 1, skipped: 1 });
    expect(await reminderRow(next.id)).toMatchObject({
      status: 'skipped',
      skipReason: 'turned off',
    });
    expect(await notificationOf(next.id)).toEqual([]);
    expect(smtp.raw).toHaveLength(1);
    await smtp.close();
  });

  it('keeps the mail in the outbox as not sent when no SMTP server is configured', async () => {
    const { user } = await buildUser(t.app.auth);
    const reminder = await remind(user.id, 'prep-due', { title: 'Your prep is due tomorrow' });
    expect(await run(null)).toMatchObject({ claimed: 1, sent: 1 });
    expect(await reminderRow(reminder.id)).toMatchObject({ status: 'sent' });
    expect(await outboxOf(reminder.id)).toMatchObject([
      { status: 'not-sent', subject: 'Your prep is due tomorrow', toAddress: user.email },
    ]);
    expect(await notificationOf(reminder.id)).toHaveLength(1);
  });

  it('does nothing at all for a type the person turned off', async () => {
    const smtp = await startSmtpListener();
    const { user } = await buildUser(t.app.auth);
    await choose(user.id, 'review-due', 'off');
    const reminder = await remind(user.id, 'review-due');
    await run(createSmtpMailer({ smtpUrl: smtp.url, from: FROM }));
    expect(await reminderRow(reminder.id)).toMatchObject({
      status: 'skipped',
      skipReason: 'turned off',
    });
    expect(await notificationOf(reminder.id)).toEqual([]);
    expect(await outboxOf(reminder.id)).toEqual([]);
    expect(smtp.raw).toHaveLength(0);
    await smtp.close();
  });

  it('only notifies in the app for a type set to in-app', async () => {
    const smtp = await startSmtpListener();
    const { user } = await buildUser(t.app.auth);
    await choose(user.id, 'prep-shared', 'in-app');
    const reminder = await remind(user.id, 'prep-shared', { title: 'Ana shared her prep' });
    await run(createSmtpMailer({ smtpUrl: smtp.url, from: FROM }));
    expect(await reminderRow(reminder.id)).toMatchObject({ status: 'sent' });
    expect(await notificationOf(reminder.id)).toMatchObject([{ title: 'Ana shared her prep' }]);
    expect(await outboxOf(reminder.id)).toEqual([]);
    expect(smtp.raw).toHaveLength(0);
    await smtp.close();
  });

  it('skips a reminder whose reason went away, sending nothing', async () => {
    const { user } = await buildUser(t.app.auth);
    const reminder = await remind(user.id, 'prep-due', { skip: 'the prep is already shared' });
    expect(await run(null)).toMatchObject({ skipped: 1 });
    expect(await reminderRow(reminder.id)).toMatchObject({
      status: 'skipped',
      skipReason: 'the prep is already shared',
    });
    expect(await notificationOf(reminder.id)).toEqual([]);
    expect(await outboxOf(reminder.id)).toEqual([]);
  });
});

describe('the digest', () => {
  it('holds digest types for one mail at 08:00 on the recipient’s clock, listing each with its link', async () => {
    clock.set('2027-03-02T17:00:00Z');
    const smtp = await startSmtpListener();
    const mailer = createSmtpMailer({ smtpUrl: smtp.url, from: FROM });
    const { user } = await buildUser(t.app.auth, { timeZone: 'Europe/Paris' });
    await choose(user.id, 'prep-due', 'digest');
    const first = await remind(user.id, 'action-item-due', {
      title: 'Rewrite your intro by Friday',
    });
    const second = await remind(user.id, 'prep-due', { title: 'Prep for Thursday' });
    await run(mailer);
    expect(smtp.raw).toHaveLength(0);
    expect(await reminderRow(first.id)).toMatchObject({ status: 'sent' });
    expect(await notificationOf(second.id)).toHaveLength(1);
    const [digest] = await db()
      .select()
      .from(reminders)
      .where(eq(reminders.dedupeKey, `digest:${user.id}:2027-03-03`));
    expect(digest).toMatchObject({ type: 'digest', dueAt: new Date('2027-03-03T07:00:00Z') });

    clock.set('2027-03-03T06:59:00Z');
    await run(mailer);
    expect(smtp.raw).toHaveLength(0);

    clock.set('2027-03-03T07:00:00Z');
    await run(mailer);
    await run(mailer);
    const mails = await smtp.parsed();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Your Tandem digest: 2 updates');
    expect(mails[0]?.text).toContain('Rewrite your intro by Friday');
    expect(mails[0]?.text).toContain('You get this daily digest because');
    expect(mails[0]?.text).toContain(`${TEST_BASE_URL}/reminders/${first.id}`);
    expect(mails[0]?.html).toContain(`href="${TEST_BASE_URL}/reminders/${second.id}"`);
    expect(rawHeader(mails[0], 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    await smtp.close();
  });

  it('sends the weekly digest on Monday 08:00 and no digest when the person stopped it', async () => {
    clock.set('2027-03-02T17:00:00Z'); // a Tuesday
    const { user } = await buildUser(t.app.auth, { timeZone: 'America/New_York' });
    await db().insert(notificationSettings).values({ userId: user.id, digest: 'weekly' });
    await remind(user.id, 'action-item-due');
    await run(null);
    const [digest] = await db()
      .select()
      .from(reminders)
      .where(and(eq(reminders.recipientId, user.id), eq(reminders.type, 'digest')));
    expect(digest?.dedupeKey).toBe(`digest:${user.id}:2027-03-08`);
    expect(digest?.dueAt).toEqual(new Date('2027-03-08T13:00:00Z')); // 08:00 EST

    await choose(user.id, 'action-item-due', 'in-app');
    clock.set('2027-03-08T13:00:00Z');
    await run(null);
    expect(await reminderRow(digest?.id ?? '')).toMatchObject({
      status: 'skipped',
      skipReason: 'turned off',
    });
    expect(await outboxOf(digest?.id ?? '')).toEqual([]);
  });
});
