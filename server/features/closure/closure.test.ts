import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMentorship, buildSession } from '../../../tests/factories/mentorship.ts';
import { type BuiltUser, buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY, HOUR } from '../../../tests/setup/test-clock.ts';
import { actionItems, closureAppreciations } from '../../db/schema/accountability.ts';
import { mentoringSessions, sessionEvents } from '../../db/schema/mentoring-sessions.ts';
import { mentorshipEvents, mentorships } from '../../db/schema/mentorships.ts';

const NOW = '2026-11-25T10:00:00.000Z';
const tc = createTestClock(NOW);
let t: TestApp;
let mentee: BuiltUser;
let mentor: BuiltUser;
let stranger: BuiltUser;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
  mentee = await buildUser(t.app.auth, { name: 'Ama Owusu' });
  mentor = await buildUser(t.app.auth, { name: 'Sam Reyes' });
  stranger = await buildUser(t.app.auth, { name: 'Nosy Parker' });
});
afterAll(() => t.close());

const at = (offsetMs: number) => new Date(new Date(NOW).getTime() + offsetMs);

/** A fresh mentorship per case (one open pair at a time: the last one is closed or ended). */
async function pairIn(status: string) {
  await t.database.db
    .update(mentorships)
    .set({ status: 'closed' })
    .where(and(eq(mentorships.menteeId, mentee.user.id), eq(mentorships.mentorId, mentor.user.id)));
  return buildMentorship(t.database.db, mentee.user.id, mentor.user.id, {
    status,
    startedAt: at(-30 * DAY),
  });
}

const close = (id: string, cookie: string, body: unknown = { reason: 'goals-reached' }) =>
  call(t.app, 'POST', `/api/mentorships/${id}/close`, { cookie, body });

describe('closing a mentorship', () => {
  it('closes an active one: status, who, why, the note, and a closed event', async () => {
    const m = await pairIn('active');
    const res = await close(m.id, mentee.cookie, {
      reason: 'goals-reached',
      note: '  Thank you for every Tuesday.\nI got the job!  ',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'closed',
      closedBy: 'me',
      reason: 'goals-reached',
      note: 'Thank you for every Tuesday.\nI got the job!',
      closedAt: NOW,
      counterpart: { name: 'Sam Reyes' },
    });
    const [row] = await t.database.db.select().from(mentorships).where(eq(mentorships.id, m.id));
    expect(row).toMatchObject({
      status: 'closed',
      closedById: mentee.user.id,
      closeReason: 'goals-reached',
      closedAt: new Date(NOW),
    });
    const events = await t.database.db
      .select()
      .from(mentorshipEvents)
      .where(eq(mentorshipEvents.mentorshipId, m.id));
    expect(events.map((e) => [e.kind, e.actorId, e.note])).toEqual([
      ['closed', mentee.user.id, 'Thank you for every Tuesday.\nI got the job!'],
    ]);
    // The other person sees it as closed by them.
    const theirs = await call(t.app, 'GET', `/api/mentorships/${m.id}/closure`, {
      cookie: mentor.cookie,
    });
    expect(theirs.json()).toMatchObject({ closedBy: 'them', status: 'closed' });
  });

  it('closes a paused one, and the mentor may close too', async () => {
    const m = await pairIn('paused');
    const res = await close(m.id, mentor.cookie, { reason: 'no-time' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', closedBy: 'me', note: '' });
    const [row] = await t.database.db.select().from(mentorships).where(eq(mentorships.id, m.id));
    expect(row?.pausedAt).toBeNull();
  });

  it('cancels every upcoming session with a reason and a new SEQUENCE, and keeps the past', async () => {
    const m = await pairIn('active');
    const held = await buildSession(t.database.db, m.id, { startsAt: at(-3 * DAY) });
    const soon = await buildSession(t.database.db, m.id, { startsAt: at(2 * HOUR), sequence: 2 });
    const later = await buildSession(t.database.db, m.id, { startsAt: at(9 * DAY) });
    const gone = await buildSession(t.database.db, m.id, {
      startsAt: at(5 * DAY),
      status: 'cancelled',
      sequence: 1,
    });
    const [item] = await t.database.db
      .insert(actionItems)
      .values({ mentorshipId: m.id, title: 'Send the CV', ownerRole: 'mentee' })
      .returning();

    expect((await close(m.id, mentor.cookie)).statusCode).toBe(200);

    const rows = await t.database.db
      .select()
      .from(mentoringSessions)
      .where(eq(mentoringSessions.mentorshipId, m.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(held.id)).toMatchObject({ status: 'scheduled', sequence: 0 });
    expect(byId.get(soon.id)).toMatchObject({
      status: 'cancelled',
      sequence: 3,
      cancelledAt: new Date(NOW),
    });
    expect(byId.get(later.id)).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect(byId.get(gone.id)).toMatchObject({ status: 'cancelled', sequence: 1 });

    const events = await t.database.db.select().from(sessionEvents);
    const cancelled = events.filter((e) => e.kind === 'cancelled');
    expect(cancelled.map((e) => e.sessionId).sort()).toEqual([soon.id, later.id].sort());
    for (const e of cancelled) {
      expect(e).toMatchObject({ actorId: mentor.user.id, reason: 'The mentorship was closed' });
    }
    // Open action items stay open.
    const [after] = await t.database.db
      .select()
      .from(actionItems)
      .where(eq(actionItems.id, item?.id ?? ''));
    expect(after?.status).toBe('open');
    // The session page tells both why.
    const session = await call(t.app, 'GET', `/api/sessions/${later.id}`, {
      cookie: mentee.cookie,
    });
    expect(JSON.stringify(session.json())).toContain('The mentorship was closed');
  });

  it('refuses a session planned after the close (same lock, so no race leaves one behind)', async () => {
    const m = await pairIn('active');
    const [closing, scheduling] = await Promise.all([
      close(m.id, mentee.cookie),
      call(t.app, 'POST', '/api/sessions', {
        cookie: mentor.cookie,
        body: { mentorshipId: m.id, startsAt: at(3 * DAY).toISOString(), durationMinutes: 60 },
      }),
    ]);
    expect(closing.statusCode).toBe(200);
    // Whichever came first, no upcoming session is left in the closed mentorship.
    const upcoming = await t.database.db
      .select()
      .from(mentoringSessions)
      .where(
        and(eq(mentoringSessions.mentorshipId, m.id), eq(mentoringSessions.status, 'scheduled')),
      );
    expect(upcoming).toEqual([]);
    expect([201, 409]).toContain(scheduling.statusCode);

    const afterwards = await call(t.app, 'POST', '/api/sessions', {
      cookie: mentor.cookie,
      body: { mentorshipId: m.id, startsAt: at(4 * DAY).toISOString(), durationMinutes: 60 },
    });
    expect(afterwards.statusCode).toBe(409);
    expect(afterwards.json().error.message).toMatch(/ended/);
  });

  for (const status of ['pending', 'declined', 'withdrawn', 'expired', 'closed']) {
    it(`refuses to close a ${status} mentorship with 409 and changes nothing`, async () => {
      const m = await pairIn(status);
      await buildSession(t.database.db, m.id, { startsAt: at(2 * DAY) });
      const before = await snapshotDatabase(t.database.db);
      const res = await close(m.id, mentee.cookie);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('invalid_state');
      expect(res.json().error.message.length).toBeGreaterThan(20);
      expect(await snapshotDatabase(t.database.db)).toBe(before);
    });
  }

  it('answers outsiders with the 404 of an unknown mentorship, before reading the body', async () => {
    const m = await pairIn('active');
    const before = await snapshotDatabase(t.database.db);
    for (const body of [{ reason: 'goals-reached' }, { reason: 'nope' }]) {
      const res = await close(m.id, stranger.cookie, body);
      expect(res.statusCode).toBe(404);
    }
    for (const path of ['closure', 'summary', 'summary.md', 'summary.json']) {
      const res = await call(t.app, 'GET', `/api/mentorships/${m.id}/${path}`, {
        cookie: stranger.cookie,
      });
      expect(res.statusCode, path).toBe(404);
    }
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('refuses bad input with 400, naming the field, and changes nothing', async () => {
    const m = await pairIn('active');
    await buildSession(t.database.db, m.id, { startsAt: at(2 * DAY) });
    const before = await snapshotDatabase(t.database.db);
    const cases: [unknown, string][] = [
      [{}, 'reason'],
      [{ reason: 'they-were-rude' }, 'reason'],
      [{ reason: 'other', note: 'x'.repeat(1001) }, 'note'],
      [{ reason: 'other', note: 'bad \u0000 byte' }, 'note'],
      [{ reason: 'other', note: 42 }, 'note'],
    ];
    for (const [body, field] of cases) {
      const res = await close(m.id, mentee.cookie, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });
});

describe('appreciations', () => {
  const appreciate = (id: string, cookie: string, text: unknown) =>
    call(t.app, 'PUT', `/api/mentorships/${id}/appreciation`, { cookie, body: { text } });

  it('is refused while the mentorship is under way, with a clear 409', async () => {
    const m = await pairIn('active');
    const before = await snapshotDatabase(t.database.db);
    const res = await appreciate(m.id, mentee.cookie, 'You always asked the right question.');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/closed/);
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('is each author’s own: written, rewritten, and read by the other person', async () => {
    const m = await pairIn('active');
    await close(m.id, mentee.cookie);
    const first = await appreciate(m.id, mentee.cookie, 'You always asked\nthe right question.');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().appreciations).toMatchObject({
      mine: { text: 'You always asked\nthe right question.' },
      theirs: null,
    });
    tc.advance(HOUR);
    const again = await appreciate(m.id, mentee.cookie, 'Your patience with my CV, twice over.');
    expect(again.json().appreciations.mine.text).toBe('Your patience with my CV, twice over.');
    const mentorSays = await appreciate(m.id, mentor.cookie, 'How you came prepared every time.');
    expect(mentorSays.json().appreciations).toMatchObject({
      mine: { text: 'How you came prepared every time.' },
      theirs: { text: 'Your patience with my CV, twice over.' },
    });
    const rows = await t.database.db
      .select()
      .from(closureAppreciations)
      .where(eq(closureAppreciations.mentorshipId, m.id));
    expect(rows).toHaveLength(2);
    const seen = await call(t.app, 'GET', `/api/mentorships/${m.id}/closure`, {
      cookie: mentee.cookie,
    });
    expect(seen.json().appreciations.theirs.text).toBe('How you came prepared every time.');
  });

  it('refuses too short, too long or missing text with 400 and changes nothing', async () => {
    const m = await pairIn('active');
    await close(m.id, mentee.cookie);
    const before = await snapshotDatabase(t.database.db);
    for (const text of ['thanks', '         short     ', 'x'.repeat(2001), undefined, 12]) {
      const res = await appreciate(m.id, mentee.cookie, text);
      expect(res.statusCode, String(text)).toBe(400);
      expect(res.json().error.fields).toHaveProperty('text');
    }
    const outsider = await appreciate(m.id, stranger.cookie, 'I was never part of this.');
    expect(outsider.statusCode).toBe(404);
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });
});
