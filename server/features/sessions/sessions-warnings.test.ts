import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildMentorship, buildSession } from '../../../tests/factories/mentorship.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { usualHours } from '../../db/schema/calendar.ts';
import { buildPair, NOW, schedule } from './session-test-pair.ts';

const tc = createTestClock(NOW);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());
beforeEach(() => tc.set(NOW));

// Tue 1 Dec 2026: 14:00 in London, 09:00 in New York — inside both people's default hours.
const TUE_14 = '2026-12-01T14:00:00Z';

describe('overlap warnings (never refusals)', () => {
  it('names my own clashing session, and tells the other side only that I am busy', async () => {
    const { mentee, mentor, mentorship } = await buildPair(t);
    const lou = await buildUser(t.app.auth, { name: 'Lou Diaz', timeZone: 'Europe/London' });
    const withLou = await buildMentorship(t.database.db, mentee.user.id, lou.user.id);
    await buildSession(t.database.db, withLou.id, { startsAt: new Date('2026-12-01T13:30:00Z') });

    const res = await schedule(t, mentee.cookie, mentorship.id, { startsAt: TUE_14 });
    expect(res.statusCode).toBe(201);
    expect(res.json().warnings).toEqual([
      {
        kind: 'overlap',
        person: 'me',
        message: 'You already have a session with Lou on Tue 13:30–14:30.',
      },
    ]);
    const seenByMentor = await call(t.app, 'GET', `/api/sessions/${res.json().id}`, {
      cookie: mentor.cookie,
    });
    expect(seenByMentor.json().warnings).toEqual([
      { kind: 'overlap', person: 'them', message: 'Jo already has another session at that time.' },
    ]);
  });

  it('warns about the other person’s clash without saying with whom', async () => {
    const { mentee, mentor, mentorship } = await buildPair(t);
    const kim = await buildUser(t.app.auth, { name: 'Kim Secret', timeZone: 'America/Chicago' });
    const withKim = await buildMentorship(t.database.db, kim.user.id, mentor.user.id);
    await buildSession(t.database.db, withKim.id, { startsAt: new Date('2026-12-01T14:45:00Z') });

    const res = await schedule(t, mentee.cookie, mentorship.id, { startsAt: TUE_14 });
    expect(res.json().warnings).toEqual([
      { kind: 'overlap', person: 'them', message: 'Sam already has another session at that time.' },
    ]);
    expect(JSON.stringify(res.json())).not.toContain('Kim');
  });

  it('ignores cancelled sessions and sessions that only touch end to start', async () => {
    const { mentee, mentorship } = await buildPair(t);
    const db = t.database.db;
    await buildSession(db, mentorship.id, {
      startsAt: new Date(TUE_14),
      status: 'cancelled',
    });
    await buildSession(db, mentorship.id, { startsAt: new Date('2026-12-01T13:00:00Z') });
    await buildSession(db, mentorship.id, { startsAt: new Date('2026-12-01T15:00:00Z') });
    const res = await schedule(t, mentee.cookie, mentorship.id, { startsAt: TUE_14 });
    expect(res.json().warnings).toEqual([]);
  });

  it('warns after a reschedule onto a taken time, and the moved session stops clashing with itself', async () => {
    const { mentee, mentorship } = await buildPair(t);
    const first = (await schedule(t, mentee.cookie, mentorship.id, { startsAt: TUE_14 })).json();
    const second = (
      await schedule(t, mentee.cookie, mentorship.id, { startsAt: '2026-12-02T14:00:00Z' })
    ).json();
    const moved = await call(t.app, 'POST', `/api/sessions/${second.id}/reschedule`, {
      cookie: mentee.cookie,
      body: { startsAt: '2026-12-01T14:30:00Z', reason: 'Tuesday suits us both better.' },
    });
    expect(moved.json().warnings).toEqual([
      {
        kind: 'overlap',
        person: 'me',
        message: 'You and Sam already have a session on Tue 14:00–15:00.',
      },
    ]);
    const firstNow = await call(t.app, 'GET', `/api/sessions/${first.id}`, {
      cookie: mentee.cookie,
    });
    expect(firstNow.json().warnings).toHaveLength(1);
  });
});

describe('outside usual hours', () => {
  it('names the local time for whoever it is outside the hours for, by their own settings', async () => {
    const { mentee, mentor, mentorship } = await buildPair(t);
    // Sat 5 Dec 12:00 UTC: 12:00 in London, 07:00 in New York.
    const res = await schedule(t, mentee.cookie, mentorship.id, {
      startsAt: '2026-12-05T12:00:00Z',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().warnings.map((w: { message: string }) => w.message)).toEqual([
      'That is 12:00 on Saturday for you, outside your usual hours (Mon–Fri 09:00–18:00).',
      'That is 07:00 on Saturday for Sam, outside their usual hours (Mon–Fri 09:00–18:00).',
    ]);

    // Sam works weekend mornings; the warning follows the settings on the next read.
    await t.database.db
      .insert(usualHours)
      .values({ userId: mentor.user.id, startMinute: 7 * 60, endMinute: 12 * 60, days: [6, 7] });
    const read = await call(t.app, 'GET', `/api/sessions/${res.json().id}`, {
      cookie: mentor.cookie,
    });
    expect(read.json().warnings).toEqual([
      {
        kind: 'outside-usual-hours',
        person: 'them',
        message:
          'That is 12:00 on Saturday for Jo, outside their usual hours (Mon–Fri 09:00–18:00).',
      },
    ]);
  });

  it('follows each side across its own DST change (March 2026: the US first, the UK three weeks later)', async () => {
    tc.set('2026-02-20T10:00:00Z');
    const { mentee, mentorship } = await buildPair(t);
    const warningsAt = async (startsAt: string) =>
      (await schedule(t, mentee.cookie, mentorship.id, { startsAt })).json().warnings;
    // 13:00 UTC on Mondays: 08:00 in New York before 8 March, 09:00 after.
    expect(await warningsAt('2026-03-02T13:00:00Z')).toEqual([
      {
        kind: 'outside-usual-hours',
        person: 'them',
        message:
          'That is 08:00 on Monday for Sam, outside their usual hours (Mon–Fri 09:00–18:00).',
      },
    ]);
    expect(await warningsAt('2026-03-09T13:00:00Z')).toEqual([]);
    // 17:00 UTC: 17:00–18:00 in London until 29 March, then 18:00–19:00.
    expect(await warningsAt('2026-03-23T17:00:00Z')).toEqual([]);
    expect(await warningsAt('2026-03-30T17:00:00Z')).toEqual([
      {
        kind: 'outside-usual-hours',
        person: 'me',
        message: 'That is 18:00 on Monday for you, outside your usual hours (Mon–Fri 09:00–18:00).',
      },
    ]);
  });

  it('stops warning once a session is no longer ahead', async () => {
    const { mentee, mentorship } = await buildPair(t);
    const { id } = (
      await schedule(t, mentee.cookie, mentorship.id, { startsAt: '2026-12-05T12:00:00Z' })
    ).json();
    tc.set('2026-12-05T12:30:00Z');
    const running = await call(t.app, 'GET', `/api/sessions/${id}`, { cookie: mentee.cookie });
    expect(running.json()).toMatchObject({ phase: 'in-progress', warnings: [] });
  });
});
