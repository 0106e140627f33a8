import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltUser, buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { notifications, outboxMails } from '../../db/schema/notifications.ts';

const clock = createTestClock('2026-11-25T10:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: clock.clock });
});
afterAll(() => t.close());

/** Notifications as the delivery worker writes them, `minutesAgo` before the test clock. */
async function plantNotifications(
  user: BuiltUser,
  rows: { title: string; minutesAgo: number; read?: boolean }[],
) {
  const now = clock.now().getTime();
  return t.database.db
    .insert(notifications)
    .values(
      rows.map((r) => ({
        userId: user.user.id,
        type: 'prep-due',
        title: r.title,
        body: `About ${r.title}`,
        link: '/sessions/x',
        createdAt: new Date(now - r.minutesAgo * 60_000),
        readAt: r.read ? new Date(now) : null,
      })),
    )
    .returning({ id: notifications.id, title: notifications.title });
}

async function plantMail(
  user: BuiltUser,
  overrides: Partial<typeof outboxMails.$inferInsert> = {},
) {
  const [row] = await t.database.db
    .insert(outboxMails)
    .values({
      userId: user.user.id,
      type: 'prep-due',
      toAddress: user.user.email,
      subject: 'Your prep is due tomorrow',
      text: 'Share your prep so your mentor can read it.',
      html: '<p>Share your prep</p>',
      messageId: `<${randomUUID()}@tandem.test>`,
      status: 'not-sent',
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('no mail planted');
  return row;
}

describe('GET /api/notifications', () => {
  it('lists only the caller’s own, newest first, with the unread count', async () => {
    const ana = await buildUser(t.app.auth);
    const ben = await buildUser(t.app.auth);
    await plantNotifications(ana, [
      { title: 'older', minutesAgo: 30, read: true },
      { title: 'newer', minutesAgo: 5 },
    ]);
    await plantNotifications(ben, [{ title: 'ben-canary', minutesAgo: 1 }]);

    const res = await call(t.app, 'GET', '/api/notifications', { cookie: ana.cookie });
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.items.map((n: { title: string }) => n.title)).toEqual(['newer', 'older']);
    expect(page.unreadCount).toBe(1);
    expect(page.nextBefore).toBeNull();
    expect(page.items[1]).toMatchObject({
      type: 'prep-due',
      link: '/sessions/x',
      body: 'About older',
    });
    expect(page.items[1].readAt).toBe(clock.now().toISOString());
    expect(res.body).not.toContain('ben-canary');

    const unread = await call(t.app, 'GET', '/api/notifications?unread=1', { cookie: ana.cookie });
    expect(unread.json().items.map((n: { title: string }) => n.title)).toEqual(['newer']);
  });

  it('pages through every notification exactly once, even ones created at the same instant', async () => {
    const user = await buildUser(t.app.auth);
    // Five share one instant (one transaction can create several), two others are older.
    await plantNotifications(user, [
      ...[1, 2, 3, 4, 5].map((i) => ({ title: `same-${i}`, minutesAgo: 1 })),
      { title: 'old-1', minutesAgo: 60 },
      { title: 'old-2', minutesAgo: 120 },
    ]);
    const seen: string[] = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const query: string = `limit=3${before ? `&before=${encodeURIComponent(before)}` : ''}`;
      const res = await call(t.app, 'GET', `/api/notifications?${query}`, { cookie: user.cookie });
      expect(res.statusCode).toBe(200);
      const page = res.json();
      seen.push(...page.items.map((n: { title: string }) => n.title));
      before = page.nextBefore;
      pages += 1;
    } while (before && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen.slice(5)).toEqual(['old-1', 'old-2']);
  });

  it('refuses a malformed cursor or limit, naming the field', async () => {
    const { cookie } = await buildUser(t.app.auth);
    const bad = await call(t.app, 'GET', '/api/notifications?before=yesterday&limit=500', {
      cookie,
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['query.before', 'query.limit']);
  });
});

describe('marking read', () => {
  it('marks one read, idempotently, keeping the first moment, and updates the count', async () => {
    const user = await buildUser(t.app.auth);
    const [first] = await plantNotifications(user, [
      { title: 'a', minutesAgo: 2 },
      { title: 'b', minutesAgo: 1 },
    ]);
    const count = () =>
      call(t.app, 'GET', '/api/notifications/unread-count', { cookie: user.cookie });
    expect((await count()).json()).toEqual({ unreadCount: 2 });

    const url = `/api/notifications/${first?.id}/read`;
    const once = await call(t.app, 'POST', url, { cookie: user.cookie });
    expect(once.statusCode).toBe(200);
    expect(once.json()).toEqual({ unreadCount: 1 });
    const readAt = clock.now().toISOString();
    clock.advance(60_000);
    const twice = await call(t.app, 'POST', url, { cookie: user.cookie });
    expect(twice.json()).toEqual({ unreadCount: 1 });
    const list = (await call(t.app, 'GET', '/api/notifications', { cookie: user.cookie })).json();
    expect(list.items.find((n: { id: string }) => n.id === first?.id).readAt).toBe(readAt);
  });

  it('marks all read, and again changes nothing', async () => {
    const user = await buildUser(t.app.auth);
    const other = await buildUser(t.app.auth);
    await plantNotifications(user, [
      { title: 'a', minutesAgo: 2 },
      { title: 'b', minutesAgo: 1 },
    ]);
    await plantNotifications(other, [{ title: 'theirs', minutesAgo: 1 }]);
    const all = await call(t.app, 'POST', '/api/notifications/read-all', { cookie: user.cookie });
    expect(all.json()).toEqual({ marked: 2, unreadCount: 0 });
    const again = await call(t.app, 'POST', '/api/notifications/read-all', { cookie: user.cookie });
    expect(again.json()).toEqual({ marked: 0, unreadCount: 0 });
    // The other person's stay unread.
    const theirs = await call(t.app, 'GET', '/api/notifications/unread-count', {
      cookie: other.cookie,
    });
    expect(theirs.json()).toEqual({ unreadCount: 1 });
  });

  it('answers someone else’s notification exactly like an unknown one, and changes nothing', async () => {
    const owner = await buildUser(t.app.auth);
    const intruder = await buildUser(t.app.auth);
    const [theirs] = await plantNotifications(owner, [{ title: 'private', minutesAgo: 1 }]);
    const before = await snapshotDatabase(t.database.db);
    const foreign = await call(t.app, 'POST', `/api/notifications/${theirs?.id}/read`, {
      cookie: intruder.cookie,
    });
    const unknown = await call(t.app, 'POST', `/api/notifications/${randomUUID()}/read`, {
      cookie: intruder.cookie,
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(unknown.json());
    expect(await snapshotDatabase(t.database.db)).toBe(before);
    const anonymous = await call(t.app, 'POST', `/api/notifications/${theirs?.id}/read`);
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('GET /api/me/outbox', () => {
  it('shows the caller’s own mails with their state, never another person’s', async () => {
    const ana = await buildUser(t.app.auth);
    const ben = await buildUser(t.app.auth);
    clock.advance(60_000);
    await plantMail(ana, { createdAt: clock.now() });
    clock.advance(60_000);
    await plantMail(ana, {
      subject: 'Review your session',
      status: 'sent',
      sentAt: clock.now(),
      createdAt: clock.now(),
    });
    await plantMail(ben, { subject: 'ben-canary subject', text: 'ben-canary text' });

    const res = await call(t.app, 'GET', '/api/me/outbox', { cookie: ana.cookie });
    expect(res.statusCode).toBe(200);
    const { items, nextBefore } = res.json();
    expect(nextBefore).toBeNull();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      subject: 'Review your session',
      status: 'sent',
      lastError: null,
    });
    expect(items[0].sentAt).toBe(clock.now().toISOString());
    expect(items[1]).toMatchObject({
      subject: 'Your prep is due tomorrow',
      text: 'Share your prep so your mentor can read it.',
      status: 'not-sent',
      sentAt: null,
    });
    expect(res.body).not.toContain('ben-canary');
    expect(res.body).not.toContain('<p>');
  });

  it('explains a failed mail in plain words, never with the mail server’s own message', async () => {
    const user = await buildUser(t.app.auth);
    await plantMail(user, {
      status: 'failed',
      attempts: 5,
      lastError: '550 5.1.1 relay denied by smtp-internal.corp 10.0.0.7 canary-secret',
    });
    const res = await call(t.app, 'GET', '/api/me/outbox', { cookie: user.cookie });
    const [mail] = res.json().items;
    expect(mail.status).toBe('failed');
    expect(mail.lastError).toMatch(/did not accept/);
    expect(res.body).not.toContain('canary-secret');
    expect(res.body).not.toContain('10.0.0.7');
  });

  it('pages with limit and before', async () => {
    const user = await buildUser(t.app.auth);
    for (let i = 0; i < 3; i += 1) {
      clock.advance(60_000);
      await plantMail(user, { subject: `mail ${i}`, createdAt: clock.now() });
    }
    const first = (
      await call(t.app, 'GET', '/api/me/outbox?limit=2', { cookie: user.cookie })
    ).json();
    expect(first.items.map((m: { subject: string }) => m.subject)).toEqual(['mail 2', 'mail 1']);
    const second = (
      await call(
        t.app,
        'GET',
        `/api/me/outbox?limit=2&before=${encodeURIComponent(first.nextBefore)}`,
        {
          cookie: user.cookie,
        },
      )
    ).json();
    expect(second.items.map((m: { subject: string }) => m.subject)).toEqual(['mail 0']);
    expect(second.nextBefore).toBeNull();
  });
});
