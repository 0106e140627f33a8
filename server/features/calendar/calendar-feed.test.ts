import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMentorship, buildPrep, buildSession } from '../../../tests/factories/mentorship.ts';
import { type BuiltUser, buildUser } from '../../../tests/factories/user.ts';
import { parseIcs } from '../../../tests/setup/parse-ics.ts';
import { call, createTestApp, TEST_BASE_URL, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY } from '../../../tests/setup/test-clock.ts';
import { calendarFeeds } from '../../db/schema/calendar.ts';
import { mentoringSessions } from '../../db/schema/mentoring-sessions.ts';

const tc = createTestClock('2026-11-25T10:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const FEED_URL = new RegExp(`^${TEST_BASE_URL}/api/calendar/([A-Za-z0-9_-]{43})\\.ics$`);

async function createFeed(user: BuiltUser) {
  const res = await call(t.app, 'POST', '/api/me/calendar-feed', { cookie: user.cookie });
  expect(res.statusCode, res.body).toBe(201);
  const { url } = res.json();
  expect(url).toMatch(FEED_URL);
  return url as string;
}

/** Fetches a feed the way a calendar client does: no cookie, the secret address only. */
function fetchFeed(url: string) {
  return t.app.inject({ method: 'GET', url: url.replace(TEST_BASE_URL, '') });
}

describe('the personal calendar feed', () => {
  it('lists all my sessions of every mentorship, from 90 days back, and nobody else’s', async () => {
    const db = t.database.db;
    const me = await buildUser(t.app.auth, { name: 'Ana Both' });
    const myMentor = await buildUser(t.app.auth, { name: 'Ben Mentor' });
    const myMentee = await buildUser(t.app.auth, { name: 'Cy Mentee' });
    const asMentee = await buildMentorship(db, me.user.id, myMentor.user.id);
    const asMentor = await buildMentorship(db, myMentee.user.id, me.user.id, { status: 'paused' });
    const now = tc.now().getTime();
    const upcoming = await buildSession(db, asMentee.id, { startsAt: new Date(now + 2 * DAY) });
    const cancelled = await buildSession(db, asMentor.id, {
      startsAt: new Date(now + 5 * DAY),
      status: 'cancelled',
      sequence: 1,
    });
    const recent = await buildSession(db, asMentee.id, { startsAt: new Date(now - 89 * DAY) });
    await buildSession(db, asMentee.id, { startsAt: new Date(now - 91 * DAY) });
    // My own draft shows in my feed; my mentee's unshared draft does not.
    await buildPrep(db, upcoming.id, { goal: 'My own draft goal for Ben' });
    await buildPrep(db, cancelled.id, { goal: 'Cy keeps this draft private' });
    // Another pair entirely.
    const other = await buildMentorship(
      db,
      (await buildUser(t.app.auth)).user.id,
      (await buildUser(t.app.auth)).user.id,
    );
    await buildSession(db, other.id, { startsAt: new Date(now + DAY) });

    const res = await fetchFeed(await createFeed(me));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    expect(res.body).toMatch(/\r\nX-WR-CALNAME:Tandem\r\n/);
    const calendar = parseIcs(res.body);
    expect(calendar.name).toBe('Tandem');
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.events.map((e) => e.uid)).toEqual(
      [recent, upcoming, cancelled].map((s) => `${s.id}@tandem`),
    );
    const [, mine, theirs] = calendar.events;
    expect(mine?.description).toContain('Session goal: My own draft goal for Ben');
    expect(mine?.attendees.map((a) => a.cn)).toEqual(['Ana Both', 'Ben Mentor']);
    expect(theirs).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(theirs?.summary).toBe('Cancelled: Mentoring session: Cy Mentee & Ana Both');
    expect(res.body).not.toContain('keeps this draft');
    expect(theirs?.description).toContain(`${TEST_BASE_URL}/sessions/${cancelled.id}`);

    // The feed follows changes: a reschedule shows on the next fetch with the same UID.
    await db
      .update(mentoringSessions)
      .set({ startsAt: new Date(now + 3 * DAY), sequence: 1 })
      .where(eq(mentoringSessions.id, upcoming.id));
    const again = parseIcs((await fetchFeed((await getFeedUrl(me)) ?? '')).body);
    const moved = again.events.find((e) => e.uid === `${upcoming.id}@tandem`);
    expect(moved).toMatchObject({ sequence: 1, start: new Date(now + 3 * DAY).toISOString() });
  });

  it('is an empty calendar, not an error, for someone with no sessions yet', async () => {
    const res = await fetchFeed(await createFeed(await buildUser(t.app.auth)));
    expect(res.statusCode).toBe(200);
    expect(parseIcs(res.body).events).toEqual([]);
  });

  it('shows, replaces and turns off the address; an old one stops working at once', async () => {
    const me = await buildUser(t.app.auth);
    const none = await call(t.app, 'GET', '/api/me/calendar-feed', { cookie: me.cookie });
    expect(none.json()).toEqual({ url: null, createdAt: null });

    const first = await createFeed(me);
    const shown = await call(t.app, 'GET', '/api/me/calendar-feed', { cookie: me.cookie });
    expect(shown.json()).toEqual({ url: first, createdAt: tc.now().toISOString() });
    expect((await fetchFeed(first)).statusCode).toBe(200);

    const second = await createFeed(me);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).statusCode).toBe(404);
    expect((await fetchFeed(second)).statusCode).toBe(200);
    expect(await getFeedUrl(me)).toBe(second);

    const off = await call(t.app, 'DELETE', '/api/me/calendar-feed', { cookie: me.cookie });
    expect(off.statusCode).toBe(204);
    expect((await fetchFeed(second)).statusCode).toBe(404);
    expect(await getFeedUrl(me)).toBeNull();
    // Turning off what is already off is fine.
    expect(
      (await call(t.app, 'DELETE', '/api/me/calendar-feed', { cookie: me.cookie })).statusCode,
    ).toBe(204);
    const rows = await t.database.db
      .select()
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, me.user.id));
    expect(rows).toEqual([]);
  });

  it('answers every address that is not a live feed with the same 404, saying nothing', async () => {
    const me = await buildUser(t.app.auth);
    const revoked = await createFeed(me);
    await call(t.app, 'DELETE', '/api/me/calendar-feed', { cookie: me.cookie });
    const live = await createFeed(await buildUser(t.app.auth));
    const token = FEED_URL.exec(live)?.[1] ?? '';

    const addresses = [
      revoked,
      `${TEST_BASE_URL}/api/calendar/${'A'.repeat(43)}.ics`,
      `${TEST_BASE_URL}/api/calendar/${token.slice(0, -1)}B.ics`,
      `${TEST_BASE_URL}/api/calendar/${token}`,
      `${TEST_BASE_URL}/api/calendar/${token}.ICS`,
      `${TEST_BASE_URL}/api/calendar/${token}x.ics`,
      `${TEST_BASE_URL}/api/calendar/short.ics`,
      `${TEST_BASE_URL}/api/calendar/${encodeURIComponent("' or 1=1 --")}.ics`,
    ];
    const bodies = new Set<string>();
    for (const address of addresses) {
      const res = await fetchFeed(address);
      expect(res.statusCode, address).toBe(404);
      expect(res.json().error.code).toBe('not_found');
      bodies.add(res.body);
    }
    expect([...bodies]).toEqual([
      '{"error":{"code":"not_found","message":"There is no calendar at this address."}}',
    ]);
    // A signed-in cookie changes nothing: the secret is the only credential.
    const withCookie = await call(t.app, 'GET', revoked.replace(TEST_BASE_URL, ''), {
      cookie: me.cookie,
    });
    expect(withCookie.body).toBe([...bodies][0]);
  });

  it('needs a signed-in user to see or change the address', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      expect((await call(t.app, method, '/api/me/calendar-feed')).statusCode).toBe(401);
    }
  });
});

async function getFeedUrl(user: BuiltUser): Promise<string | null> {
  return (await call(t.app, 'GET', '/api/me/calendar-feed', { cookie: user.cookie })).json().url;
}
