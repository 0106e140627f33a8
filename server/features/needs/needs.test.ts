import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMentorship, buildPrep, buildSession } from '../../../tests/factories/mentorship.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY, HOUR } from '../../../tests/setup/test-clock.ts';
import { actionItems, fitCheckAnswers } from '../../db/schema/accountability.ts';
import { sessionPreps } from '../../db/schema/mentoring-sessions.ts';
import { privateNotes, sessionReviews } from '../../db/schema/session-records.ts';

const NOW = '2026-11-25T09:00:00Z';
const tc = createTestClock(NOW);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const CANARY = 'CANARY-a-private-thought';

/**
 * Ana (mentee, Paris) and Ben (mentor, Toronto) with something waiting on each side; Cleo
 * asks Ben for mentoring; Dev and Eve are another pair with plenty waiting of their own.
 */
async function stage() {
  const { db } = t.database;
  const now = tc.now().getTime();
  const at = (offset: number) => new Date(now + offset);
  const ana = await buildUser(t.app.auth, { name: 'Ana Ruiz', timeZone: 'Europe/Paris' });
  const ben = await buildUser(t.app.auth, { name: 'Ben Osei', timeZone: 'America/Toronto' });
  const cleo = await buildUser(t.app.auth, { name: 'Cleo Marsh' });
  const dev = await buildUser(t.app.auth, { name: 'Dev Patel' });
  const eve = await buildUser(t.app.auth, { name: 'Eve Adams' });
  const pair = await buildMentorship(db, ana.user.id, ben.user.id);
  const request = await buildMentorship(db, cleo.user.id, ben.user.id, {
    status: 'pending',
    requestedById: cleo.user.id,
    respondedAt: null,
    startedAt: null,
    expiresAt: at(5 * DAY),
  });
  // Held: 30, 10 and 3 days ago; the 3rd one opened fit-check round 2 (open for 4 more days).
  const h1 = await buildSession(db, pair.id, { startsAt: at(-30 * DAY) });
  const h2 = await buildSession(db, pair.id, { startsAt: at(-10 * DAY) });
  const h3 = await buildSession(db, pair.id, { startsAt: at(-3 * DAY) });
  const noPrep = await buildSession(db, pair.id, { startsAt: at(3 * DAY) });
  const latePrep = await buildSession(db, pair.id, { startsAt: at(10 * HOUR) });
  const sharedPrep = await buildSession(db, pair.id, { startsAt: at(6 * DAY) });
  await buildPrep(db, sharedPrep.id, { shared: true });
  await buildPrep(db, latePrep.id, { shared: false });
  const review = (sessionId: string, authorId: string) => ({
    sessionId,
    authorId,
    goalMet: 'yes',
    privateReflection: CANARY,
  });
  await db
    .insert(sessionReviews)
    .values([review(h2.id, ana.user.id), review(h2.id, ben.user.id), review(h3.id, ana.user.id)]);
  await db.insert(privateNotes).values({ sessionId: h3.id, authorId: ana.user.id, body: CANARY });
  await db.insert(fitCheckAnswers).values({
    mentorshipId: pair.id,
    round: 2,
    authorId: ana.user.id,
    answer: 'continue',
    note: CANARY,
  });
  const item = (title: string, ownerRole: string, dueDate: string | null, status = 'open') => ({
    mentorshipId: pair.id,
    title,
    ownerRole,
    dueDate,
    status,
  });
  await db
    .insert(actionItems)
    .values([
      item('Rewrite the portfolio introduction', 'mentee', '2026-11-28'),
      item('Apply to three roles', 'mentee', '2026-12-09'),
      item('Send the mock interview questions', 'mentee', '2026-11-20', 'done'),
      item('Keep a wins journal', 'mentee', null),
      item('Introduce Ana to a design lead', 'mentor', '2026-11-23'),
    ]);

  const other = await buildMentorship(db, dev.user.id, eve.user.id);
  const otherSession = await buildSession(db, other.id, { startsAt: at(DAY) });
  await buildSession(db, other.id, { startsAt: at(-2 * DAY) });
  await db
    .insert(actionItems)
    .values({ ...item('Dev’s own task', 'mentee', '2026-11-26'), mentorshipId: other.id });
  const needsOf = async (cookie: string) => {
    const res = await call(t.app, 'GET', '/api/me/needs', { cookie });
    expect(res.statusCode).toBe(200);
    return res;
  };
  return {
    ana,
    ben,
    cleo,
    dev,
    pair,
    request,
    h1,
    h2,
    h3,
    noPrep,
    latePrep,
    sharedPrep,
    other,
    otherSession,
    needsOf,
  };
}

type Need = { kind: string; key: string; urgency: string; link: string; mentorshipId: string };

describe('what needs me now', () => {
  it('shows the mentee their prep to write and their items due within a week, nothing already done', async () => {
    const s = await stage();
    const { needs } = (await s.needsOf(s.ana.cookie)).json() as { needs: Need[] };
    expect(needs.map((n) => [n.kind, n.urgency, n.link])).toEqual([
      // Shared 24 h before a session in 10 hours: already late.
      ['prep', 'overdue', `/sessions/${s.latePrep.id}`],
      // Due 24 h before a session in three days: two days left.
      ['prep', 'soon', `/sessions/${s.noPrep.id}`],
      ['action-item', 'later', `/mentorships/${s.pair.id}`],
    ]);
    expect(needs.every((n) => n.mentorshipId === s.pair.id)).toBe(true);
  });

  it('shows the mentor the request, the brief, the review and the fit check they owe', async () => {
    const s = await stage();
    const res = await s.needsOf(s.ben.cookie);
    const { needs } = res.json() as { needs: Need[] };
    expect(needs.map((n) => n.key).sort()).toEqual(
      [
        `request:${s.request.id}`,
        `brief:${s.sharedPrep.id}`,
        `review:${s.h3.id}`,
        `fit-check:${s.pair.id}:2`,
        expect.stringMatching(/^action-item:/),
      ].sort(),
    );
    expect(needs[0]).toMatchObject({ kind: 'action-item', urgency: 'overdue' });
    expect(needs.find((n) => n.kind === 'brief')?.link).toBe(`/sessions/${s.sharedPrep.id}/brief`);
    expect(res.body).not.toContain(CANARY);
  });

  it('asks the mentor again when the brief changed since they read it, and not before', async () => {
    const s = await stage();
    const { db } = t.database;
    const read = tc.now();
    await db
      .update(sessionPreps)
      .set({ lastReadAt: read, firstReadAt: read, updatedAt: new Date(read.getTime() - HOUR) })
      .where(eq(sessionPreps.sessionId, s.sharedPrep.id));
    let needs = (await s.needsOf(s.ben.cookie)).json().needs as Need[];
    expect(needs.some((n) => n.kind === 'brief')).toBe(false);
    await db
      .update(sessionPreps)
      .set({ updatedAt: new Date(read.getTime() + HOUR) })
      .where(eq(sessionPreps.sessionId, s.sharedPrep.id));
    needs = (await s.needsOf(s.ben.cookie)).json().needs as Need[];
    expect(needs.find((n) => n.kind === 'brief')).toMatchObject({ changedSinceRead: true });
  });

  it('shows the one who asked nothing to answer, and another pair nothing of this one', async () => {
    const s = await stage();
    expect((await s.needsOf(s.cleo.cookie)).json().needs).toEqual([]);
    const { needs } = (await s.needsOf(s.dev.cookie)).json() as { needs: Need[] };
    expect(needs.length).toBeGreaterThan(0);
    expect(needs.every((n) => n.mentorshipId === s.other.id)).toBe(true);
  });

  it('lets a fit-check round lapse after its seven days', async () => {
    const s = await stage();
    tc.advance(4 * DAY + 2 * HOUR);
    try {
      const needs = (await s.needsOf(s.ben.cookie)).json().needs as Need[];
      expect(needs.some((n) => n.kind === 'fit-check')).toBe(false);
    } finally {
      tc.set(NOW);
    }
  });

  it('asks who is not signed in to sign in', async () => {
    expect((await call(t.app, 'GET', '/api/me/needs')).statusCode).toBe(401);
  });
});
