import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindersAbout, summarize } from '../../../tests/setup/reminder-rows.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { buildPair, NOW, schedule } from './session-test-pair.ts';

const tc = createTestClock(NOW);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

/** Mentee in London, mentor in New York, meeting every two weeks, prep due 24 h ahead. */
async function plannedSession(startsAt = '2026-12-01T14:00:00Z') {
  tc.set(NOW);
  const pair = await buildPair(t);
  const res = await schedule(t, pair.mentee.cookie, pair.mentorship.id, { startsAt });
  expect(res.statusCode).toBe(201);
  return { ...pair, sessionId: res.json().id as string };
}

describe('scheduling a session', () => {
  it('tells the other person now, the mentee about prep, both about the review, fit check and a missed rhythm', async () => {
    const { mentee, mentor, mentorship, sessionId } = await plannedSession();
    const [ana, ben] = [mentee.user.id, mentor.user.id];
    const rows = await remindersAbout(t.database.db, sessionId);
    const fit = await remindersAbout(t.database.db, `fit-check-due:${mentorship.id}`);
    expect(summarize([...rows, ...fit]).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      [
        // The first session opens fit check round 1 when it ends.
        {
          type: 'fit-check-due',
          to: ana,
          dueAt: '2026-12-01T15:00:00.000Z',
          key: `fit-check-due:${mentorship.id}:1:${ana}`,
        },
        {
          type: 'fit-check-due',
          to: ben,
          dueAt: '2026-12-01T15:00:00.000Z',
          key: `fit-check-due:${mentorship.id}:1:${ben}`,
        },
        // Every two weeks × 1.5 = 21 days after the start.
        {
          type: 'pair-not-meeting',
          to: ana,
          dueAt: '2026-12-22T14:00:00.000Z',
          key: `pair-not-meeting:${mentorship.id}:${sessionId}:${ana}`,
        },
        {
          type: 'pair-not-meeting',
          to: ben,
          dueAt: '2026-12-22T14:00:00.000Z',
          key: `pair-not-meeting:${mentorship.id}:${sessionId}:${ben}`,
        },
        // Prep due 24 h before, reminded 12 h before that.
        {
          type: 'prep-due',
          to: ana,
          dueAt: '2026-11-30T02:00:00.000Z',
          key: `prep-due:${sessionId}:${ana}`,
        },
        {
          type: 'review-due',
          to: ana,
          dueAt: '2026-12-01T17:00:00.000Z',
          key: `review-due:${sessionId}:${ana}`,
        },
        {
          type: 'review-due',
          to: ben,
          dueAt: '2026-12-01T17:00:00.000Z',
          key: `review-due:${sessionId}:${ben}`,
        },
        {
          type: 'session-scheduled',
          to: ben,
          dueAt: NOW,
          key: `session-scheduled:${sessionId}:${ben}`,
        },
      ].sort((a, b) => a.key.localeCompare(b.key)),
    );
    expect(rows.find((r) => r.type === 'session-scheduled')?.payload).toEqual({
      sessionId,
      mentorshipId: mentorship.id,
      sequence: 0,
      startsAt: '2026-12-01T14:00:00.000Z',
    });
  });

  it('reminds about prep at once when less than 12 hours are left before it is due', async () => {
    // Prep due at 2026-11-25T20:00Z, 10 h from now: the reminder is due now.
    const { mentee, sessionId } = await plannedSession('2026-11-26T20:00:00Z');
    const prep = (await remindersAbout(t.database.db, sessionId)).find(
      (r) => r.type === 'prep-due',
    );
    expect(prep?.recipientId).toBe(mentee.user.id);
    expect(prep?.dueAt.toISOString()).toBe(NOW);
  });

  it('records a held session with a review reminder only (nothing to plan or prepare)', async () => {
    tc.set(NOW);
    const { mentee, mentorship } = await buildPair(t);
    const res = await schedule(t, mentee.cookie, mentorship.id, {
      startsAt: '2026-11-24T14:00:00Z',
      held: true,
    });
    expect(res.statusCode).toBe(201);
    const types = (await remindersAbout(t.database.db, res.json().id)).map((r) => r.type).sort();
    expect(types).toEqual(['pair-not-meeting', 'pair-not-meeting', 'review-due', 'review-due']);
  });

  it('schedules nothing when the request is refused', async () => {
    tc.set(NOW);
    const { mentee, mentorship } = await buildPair(t, { status: 'paused' });
    const res = await schedule(t, mentee.cookie, mentorship.id, {
      startsAt: '2026-12-01T14:00:00Z',
    });
    expect(res.statusCode).toBe(409);
    expect(await remindersAbout(t.database.db, mentorship.id)).toEqual([]);
  });
});

describe('moving and cancelling', () => {
  it('moves prep, review and nudge reminders and tells the other person of the move', async () => {
    const { mentee, mentor, sessionId } = await plannedSession();
    const res = await call(t.app, 'POST', `/api/sessions/${sessionId}/reschedule`, {
      cookie: mentor.cookie,
      body: { startsAt: '2026-12-03T16:00:00Z', reason: 'A work trip clashes with Tuesday.' },
    });
    expect(res.statusCode).toBe(200);
    const rows = await remindersAbout(t.database.db, sessionId);
    const due = (type: string, to: string) =>
      rows.find((r) => r.type === type && r.recipientId === to)?.dueAt.toISOString();
    expect(due('prep-due', mentee.user.id)).toBe('2026-12-02T04:00:00.000Z');
    expect(due('review-due', mentor.user.id)).toBe('2026-12-03T19:00:00.000Z');
    expect(due('pair-not-meeting', mentee.user.id)).toBe('2026-12-24T16:00:00.000Z');
    const moved = rows.filter((r) => r.type === 'session-rescheduled');
    expect(summarize(moved)).toEqual([
      {
        type: 'session-rescheduled',
        to: mentee.user.id,
        dueAt: NOW,
        key: `session-rescheduled:${sessionId}:1:${mentee.user.id}`,
      },
    ]);
    expect(moved[0]?.payload).toMatchObject({
      sequence: 1,
      previousStartsAt: '2026-12-01T14:00:00.000Z',
    });
    // Moved, not duplicated: still one prep reminder and two review reminders.
    expect(rows.filter((r) => r.type === 'prep-due')).toHaveLength(1);
    expect(rows.filter((r) => r.type === 'review-due')).toHaveLength(2);
  });

  it('tells the other person when a session is cancelled', async () => {
    const { mentee, mentor, sessionId } = await plannedSession();
    const res = await call(t.app, 'POST', `/api/sessions/${sessionId}/cancel`, {
      cookie: mentor.cookie,
      body: { reason: 'I am travelling that week.' },
    });
    expect(res.statusCode).toBe(200);
    const cancelled = (await remindersAbout(t.database.db, sessionId)).filter(
      (r) => r.type === 'session-cancelled',
    );
    expect(summarize(cancelled)).toEqual([
      {
        type: 'session-cancelled',
        to: mentee.user.id,
        dueAt: NOW,
        key: `session-cancelled:${sessionId}:${mentee.user.id}`,
      },
    ]);
  });
});

describe('prep shared and changed', () => {
  it('tells the mentor once when the prep is shared, and once per read when it changes after', async () => {
    const { mentee, mentor, sessionId } = await plannedSession();
    const put = (url: string, body: object, cookie = mentee.cookie) =>
      call(t.app, url.endsWith('share') ? 'POST' : 'PUT', url, { cookie, body });
    await put(`/api/sessions/${sessionId}/prep/goal`, { goal: 'A plan for my portfolio review.' });
    expect(await remindersAbout(t.database.db, `prep-shared:${sessionId}`)).toEqual([]);
    expect((await put(`/api/sessions/${sessionId}/prep/share`, {})).statusCode).toBe(200);
    expect((await put(`/api/sessions/${sessionId}/prep/share`, {})).statusCode).toBe(200);
    const shared = await remindersAbout(t.database.db, `prep-shared:${sessionId}`);
    expect(summarize(shared)).toEqual([
      { type: 'prep-shared', to: mentor.user.id, dueAt: NOW, key: `prep-shared:${sessionId}` },
    ]);

    // Edits before the mentor has read anything are not "changes since read".
    await put(`/api/sessions/${sessionId}/prep/goal`, {
      goal: 'A plan for my portfolio, page by page.',
    });
    expect(await remindersAbout(t.database.db, `brief-updated:${sessionId}`)).toEqual([]);

    tc.advance(60_000);
    const read = await call(t.app, 'GET', `/api/sessions/${sessionId}/brief`, {
      cookie: mentor.cookie,
    });
    expect(read.statusCode).toBe(200);
    tc.advance(60_000);
    await put(`/api/sessions/${sessionId}/prep/goal`, { goal: 'Two portfolio pages, reviewed.' });
    tc.advance(60_000);
    await put(`/api/sessions/${sessionId}/prep/goal`, { goal: 'Three portfolio pages, reviewed.' });
    const updated = await remindersAbout(t.database.db, `brief-updated:${sessionId}`);
    expect(updated.map((r) => [r.recipientId, r.payload])).toEqual([
      [mentor.user.id, { sessionId, lastReadAt: read.json().prep.lastReadAt }],
    ]);
  });
});

describe('changing the prep deadline or the rhythm', () => {
  it('moves the pending prep and "not met for a while" reminders to the new settings', async () => {
    const { mentee, mentorship, sessionId } = await plannedSession();
    const due = async (type: string, to: string) =>
      (await remindersAbout(t.database.db, sessionId))
        .find((r) => r.type === type && r.recipientId === to)
        ?.dueAt.toISOString();
    expect(await due('prep-due', mentee.user.id)).toBe('2026-11-30T02:00:00.000Z');
    expect(await due('pair-not-meeting', mentee.user.id)).toBe('2026-12-22T14:00:00.000Z');

    const res = await call(t.app, 'PATCH', `/api/mentorships/${mentorship.id}`, {
      cookie: mentee.cookie,
      body: { prepDeadlineHours: 48, cadence: 'weekly' },
    });
    expect(res.statusCode, res.body).toBe(200);
    // Prep now due 48 h before (reminded 12 h earlier); a weekly rhythm nudges after 10.5 days.
    expect(await due('prep-due', mentee.user.id)).toBe('2026-11-29T02:00:00.000Z');
    expect(await due('pair-not-meeting', mentee.user.id)).toBe('2026-12-12T02:00:00.000Z');
    // Still one of each: moved, not added.
    const rows = await remindersAbout(t.database.db, sessionId);
    expect(rows.filter((r) => r.type === 'prep-due')).toHaveLength(1);
    expect(rows.filter((r) => r.type === 'pair-not-meeting')).toHaveLength(2);
  });
});
