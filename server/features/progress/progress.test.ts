import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildMentorship, buildSession } from '../../../tests/factories/mentorship.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, HOUR } from '../../../tests/setup/test-clock.ts';
import { actionItems } from '../../db/schema/accountability.ts';
import { mentorshipEvents } from '../../db/schema/mentorships.ts';
import { privateNotes, sessionReviews } from '../../db/schema/session-records.ts';

// 09:00 UTC: 22:00 on 25 Nov in Auckland (UTC+13), 01:00 on 25 Nov in Los Angeles (UTC-8).
const NOW = '2026-11-25T09:00:00Z';
const tc = createTestClock(NOW);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());
afterEach(() => tc.set(NOW));

const CANARY = 'CANARY-only-the-author-reads-this';

/**
 * A pair a hemisphere apart, so one instant falls in different months for each: Aroha the
 * mentee in Auckland, Lee the mentor in Los Angeles. Three held sessions (1 Aug, 15 Aug,
 * 4 Nov in Auckland), one cancelled in September, nothing in October.
 */
async function stage() {
  const { db } = t.database;
  const mentee = await buildUser(t.app.auth, { name: 'Aroha Ngata', timeZone: 'Pacific/Auckland' });
  const mentor = await buildUser(t.app.auth, {
    name: 'Lee Park',
    timeZone: 'America/Los_Angeles',
  });
  const stranger = await buildUser(t.app.auth, { name: 'Stella Stranger' });
  const mentorship = await buildMentorship(db, mentee.user.id, mentor.user.id, {
    cadence: 'every-two-weeks',
  });
  const at = (iso: string) => new Date(iso);
  const s1 = await buildSession(db, mentorship.id, { startsAt: at('2026-07-31T20:00:00Z') });
  const s2 = await buildSession(db, mentorship.id, { startsAt: at('2026-08-14T20:00:00Z') });
  await buildSession(db, mentorship.id, {
    startsAt: at('2026-09-10T20:00:00Z'),
    status: 'cancelled',
    cancelledAt: at('2026-09-09T10:00:00Z'),
  });
  const s4 = await buildSession(db, mentorship.id, { startsAt: at('2026-11-03T20:00:00Z') });
  await buildSession(db, mentorship.id, { startsAt: at('2026-11-27T20:00:00Z') });

  const review = (sessionId: string, authorId: string, goalMet: string, createdAt: string) => ({
    sessionId,
    authorId,
    goalMet,
    whyNot: goalMet === 'yes' ? '' : 'We ran out of time for the last question.',
    privateReflection: CANARY,
    createdAt: at(createdAt),
  });
  await db
    .insert(sessionReviews)
    .values([
      review(s1.id, mentee.user.id, 'yes', '2026-08-01T02:00:00Z'),
      review(s1.id, mentor.user.id, 'partly', '2026-08-01T03:00:00Z'),
      review(s2.id, mentee.user.id, 'no', '2026-08-15T02:00:00Z'),
    ]);
  await db
    .insert(privateNotes)
    .values({ sessionId: s2.id, authorId: mentee.user.id, body: CANARY });
  const item = (
    title: string,
    ownerRole: string,
    dueDate: string | null,
    status = 'open',
    resolvedAt: string | null = null,
  ) => ({
    mentorshipId: mentorship.id,
    sessionId: s1.id,
    title,
    ownerRole,
    dueDate,
    status,
    resolvedAt: resolvedAt ? at(resolvedAt) : null,
  });
  await db
    .insert(actionItems)
    .values([
      item('Draft the case study outline', 'mentee', '2026-08-20', 'done', '2026-08-19T10:00:00Z'),
      item('Send two job posts to compare', 'mentor', '2026-09-01', 'done', '2026-09-03T18:00:00Z'),
      item('Ask for a referral at Kauri Labs', 'mentee', '2026-11-25'),
      item('Introduce Aroha to a hiring manager', 'mentor', '2026-11-24'),
      item('Learn Rust basics', 'mentee', '2026-10-01', 'dropped', '2026-09-20T00:00:00Z'),
      item('Keep a weekly wins list', 'mentee', null),
    ]);
  await db.insert(mentorshipEvents).values([
    {
      mentorshipId: mentorship.id,
      kind: 'paused',
      actorId: mentor.user.id,
      createdAt: at('2026-09-15T00:00:00Z'),
    },
    {
      mentorshipId: mentorship.id,
      kind: 'resumed',
      actorId: mentor.user.id,
      createdAt: at('2026-10-20T00:00:00Z'),
    },
  ]);
  const progressOf = (cookie: string, id = mentorship.id) =>
    call(t.app, 'GET', `/api/mentorships/${id}/progress`, { cookie });
  return { mentee, mentor, stranger, mentorship, s1, s2, s4, progressOf };
}

const empty = { held: 0, cancelled: 0, itemsDone: 0, itemsBecameOverdue: 0 };

describe('progress of a mentorship', () => {
  it('counts months, gaps and items in the mentee’s zone (Auckland)', async () => {
    const s = await stage();
    const res = await s.progressOf(s.mentee.cookie);
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.timeZone).toBe('Pacific/Auckland');
    expect(p.heldCount).toBe(3);
    expect(p.cancelledCount).toBe(1);
    expect(p.months).toEqual([
      { month: '2026-08', held: 2, cancelled: 0, itemsDone: 1, itemsBecameOverdue: 0 },
      { month: '2026-09', held: 0, cancelled: 1, itemsDone: 1, itemsBecameOverdue: 1 },
      { month: '2026-10', ...empty },
      { month: '2026-11', held: 1, cancelled: 0, itemsDone: 0, itemsBecameOverdue: 1 },
    ]);
    expect(p.sessions).toEqual([
      {
        sessionId: s.s1.id,
        startsAt: '2026-07-31T20:00:00.000Z',
        day: '2026-08-01',
        menteeGoalMet: 'yes',
        mentorGoalMet: 'partly',
      },
      {
        sessionId: s.s2.id,
        startsAt: '2026-08-14T20:00:00.000Z',
        day: '2026-08-15',
        menteeGoalMet: 'no',
        mentorGoalMet: null,
      },
      {
        sessionId: s.s4.id,
        startsAt: '2026-11-03T20:00:00.000Z',
        day: '2026-11-04',
        menteeGoalMet: null,
        mentorGoalMet: null,
      },
    ]);
    expect(p.gaps.map((g: { days: number }) => g.days)).toEqual([14, 81]);
    expect(p.medianGapDays).toBe(47.5);
    expect(p.cadence).toBe('every-two-weeks');
    expect(p.cadenceDays).toBe(14);
    expect(p.daysSinceLastSession).toBe(21);
    // Aroha's item is due today in Auckland (not yet overdue); Lee's was due yesterday in LA.
    expect(p.actionItems).toEqual({ done: 2, open: 2, overdue: 1, dropped: 1 });
    expect(
      p.timeline.map((e: { kind: string; actor: string | null }) => [e.kind, e.actor]),
    ).toEqual([
      ['first-session', null],
      ['review', 'me'],
      ['review', 'them'],
      ['review', 'me'],
      ['item-done', 'me'],
      ['item-done', 'them'],
      ['paused', 'them'],
      ['resumed', 'them'],
    ]);
  });

  it('counts the same history in the mentor’s own months (Los Angeles)', async () => {
    const s = await stage();
    const p = (await s.progressOf(s.mentor.cookie)).json();
    expect(p.months.map((m: { month: string; held: number }) => [m.month, m.held])).toEqual([
      ['2026-07', 1],
      ['2026-08', 1],
      ['2026-09', 0],
      ['2026-10', 0],
      ['2026-11', 1],
    ]);
    expect(p.gaps.map((g: { day: string; days: number }) => [g.day, g.days])).toEqual([
      ['2026-08-14', 14],
      ['2026-11-03', 81],
    ]);
    expect(p.daysSinceLastSession).toBe(22);
  });

  it('turns an item overdue when its due day ends where its owner lives', async () => {
    const s = await stage();
    // 10:59 UTC is still 25 Nov in Auckland; 11:00 is 26 Nov there (and still the 25th in LA).
    tc.set(new Date(Date.parse(NOW) + 2 * HOUR - 60_000));
    expect((await s.progressOf(s.mentor.cookie)).json().actionItems.overdue).toBe(1);
    tc.set(new Date(Date.parse(NOW) + 2 * HOUR));
    const p = (await s.progressOf(s.mentor.cookie)).json();
    expect(p.actionItems).toEqual({ done: 2, open: 1, overdue: 2, dropped: 1 });
    expect(p.months.at(-1)).toMatchObject({ month: '2026-11', itemsBecameOverdue: 2 });
  });

  it('never carries a private reflection or private note to either side', async () => {
    const s = await stage();
    for (const cookie of [s.mentor.cookie, s.mentee.cookie]) {
      const res = await s.progressOf(cookie);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(CANARY);
    }
  });

  it('is an empty, calm answer before the first session', async () => {
    const { db } = t.database;
    const a = await buildUser(t.app.auth, { timeZone: 'Europe/Paris' });
    const b = await buildUser(t.app.auth);
    const m = await buildMentorship(db, a.user.id, b.user.id, { cadence: 'one-off' });
    const p = (
      await call(t.app, 'GET', `/api/mentorships/${m.id}/progress`, { cookie: a.cookie })
    ).json();
    expect(p).toMatchObject({
      heldCount: 0,
      months: [],
      sessions: [],
      gaps: [],
      medianGapDays: null,
      cadenceDays: null,
      daysSinceLastSession: null,
      timeline: [],
    });
  });

  it('is a 404 for anyone outside the pair, like an unknown id', async () => {
    const s = await stage();
    const outsider = await s.progressOf(s.stranger.cookie);
    const unknown = await s.progressOf(s.mentee.cookie, '00000000-0000-4000-8000-000000000000');
    expect(outsider.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(outsider.json().error.code).toBe(unknown.json().error.code);
    expect(
      (await call(t.app, 'GET', `/api/mentorships/${s.mentorship.id}/progress`)).statusCode,
    ).toBe(401);
  });
});
