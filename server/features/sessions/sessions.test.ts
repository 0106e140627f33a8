import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMentorship, buildSession } from '../../../tests/factories/mentorship.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { mentoringSessions } from '../../db/schema/mentoring-sessions.ts';
import { buildPair, NOW, schedule } from './session-test-pair.ts';

const tc = createTestClock(NOW);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const ids = (res: { json(): { sessions: { id: string }[] } }) =>
  res.json().sessions.map((s) => s.id);

describe('scheduling a session', () => {
  it('creates it at sequence 0 with a "scheduled" event, as each side sees it', async () => {
    const { mentee, mentor, mentorship } = await buildPair(t);
    const res = await schedule(t, mentee.cookie, mentorship.id, {
      startsAt: '2026-12-01T14:00:00Z',
      location: '  https://meet.example.test/jo-sam  ',
    });
    expect(res.statusCode).toBe(201);
    const session = res.json();
    expect(session).toEqual({
      id: expect.any(String),
      mentorshipId: mentorship.id,
      status: 'scheduled',
      phase: 'upcoming',
      startsAt: '2026-12-01T14:00:00.000Z',
      endsAt: '2026-12-01T15:00:00.000Z',
      durationMinutes: 60,
      location: 'https://meet.example.test/jo-sam',
      myRole: 'mentee',
      myTimeZone: 'Europe/London',
      counterpart: { id: mentor.user.id, name: 'Sam Lee', timeZone: 'America/New_York' },
      prepDueAt: '2026-11-30T14:00:00.000Z',
      prep: {
        goalWritten: false,
        questionCount: 0,
        resourceCount: 0,
        sharedAt: null,
        lastReadAt: null,
        changedSinceRead: false,
      },
      sequence: 0,
      warnings: [],
      readiness: [
        { key: 'goal', label: 'Session goal written', done: false, optional: false },
        { key: 'questions', label: 'At least one question', done: false, optional: false },
        { key: 'resources', label: 'Links added', done: false, optional: true },
        {
          key: 'shared-on-time',
          label: 'Shared before the deadline',
          done: false,
          optional: false,
        },
      ],
      history: [
        {
          kind: 'scheduled',
          actor: 'me',
          reason: '',
          previousStartsAt: null,
          previousDurationMinutes: null,
          startsAt: '2026-12-01T14:00:00.000Z',
          durationMinutes: 60,
          createdAt: expect.any(String),
        },
      ],
    });

    const mentorView = (
      await call(t.app, 'GET', `/api/sessions/${session.id}`, { cookie: mentor.cookie })
    ).json();
    expect(mentorView).toMatchObject({
      id: session.id,
      myRole: 'mentor',
      myTimeZone: 'America/New_York',
      counterpart: { id: mentee.user.id, name: 'Jo Park', timeZone: 'Europe/London' },
      history: [{ kind: 'scheduled', actor: 'them' }],
    });
  });

  it('lets either participant schedule, without a place', async () => {
    const { mentor, mentorship } = await buildPair(t);
    const res = await schedule(t, mentor.cookie, mentorship.id, {
      startsAt: '2026-12-02T15:00:00+01:00',
      durationMinutes: 45,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      startsAt: '2026-12-02T14:00:00.000Z',
      durationMinutes: 45,
      location: '',
      myRole: 'mentor',
    });
  });
});

describe('rescheduling and cancelling', () => {
  it('grows the sequence on each change and shows both people the same history, in order', async () => {
    const { mentee, mentor, mentorship } = await buildPair(t);
    const { id } = (
      await schedule(t, mentee.cookie, mentorship.id, {
        startsAt: '2026-12-01T14:00:00Z',
      })
    ).json();

    const moved = await call(t.app, 'POST', `/api/sessions/${id}/reschedule`, {
      cookie: mentor.cookie,
      body: { startsAt: '2026-12-02T14:00:00Z', reason: '  A work trip clashes with Tuesday.  ' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      startsAt: '2026-12-02T14:00:00.000Z',
      durationMinutes: 60,
      sequence: 1,
      status: 'scheduled',
    });

    const longer = await call(t.app, 'POST', `/api/sessions/${id}/reschedule`, {
      cookie: mentee.cookie,
      body: {
        startsAt: '2026-12-02T13:30:00Z',
        durationMinutes: 90,
        location: 'Café Lumen, upstairs',
        reason: 'Half an hour more for the mock interview.',
      },
    });
    expect(longer.json()).toMatchObject({
      startsAt: '2026-12-02T13:30:00.000Z',
      endsAt: '2026-12-02T15:00:00.000Z',
      durationMinutes: 90,
      location: 'Café Lumen, upstairs',
      sequence: 2,
    });

    const cancelled = await call(t.app, 'POST', `/api/sessions/${id}/cancel`, {
      cookie: mentee.cookie,
      body: { reason: 'I got the job, so we can skip this one!' },
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      phase: 'cancelled',
      sequence: 3,
      warnings: [],
    });
    const [row] = await t.database.db
      .select()
      .from(mentoringSessions)
      .where(eq(mentoringSessions.id, id));
    expect(row?.cancelledAt?.toISOString()).toBe(NOW);

    const steps = (actorOfMentee: 'me' | 'them') => {
      const other = actorOfMentee === 'me' ? 'them' : 'me';
      return [
        {
          kind: 'scheduled',
          actor: actorOfMentee,
          reason: '',
          startsAt: '2026-12-01T14:00:00.000Z',
        },
        {
          kind: 'rescheduled',
          actor: other,
          reason: 'A work trip clashes with Tuesday.',
          previousStartsAt: '2026-12-01T14:00:00.000Z',
          previousDurationMinutes: 60,
          startsAt: '2026-12-02T14:00:00.000Z',
          durationMinutes: 60,
        },
        {
          kind: 'rescheduled',
          actor: actorOfMentee,
          previousStartsAt: '2026-12-02T14:00:00.000Z',
          previousDurationMinutes: 60,
          startsAt: '2026-12-02T13:30:00.000Z',
          durationMinutes: 90,
        },
        {
          kind: 'cancelled',
          actor: actorOfMentee,
          reason: 'I got the job, so we can skip this one!',
          startsAt: '2026-12-02T13:30:00.000Z',
          durationMinutes: 90,
        },
      ];
    };
    const menteeView = await call(t.app, 'GET', `/api/sessions/${id}`, { cookie: mentee.cookie });
    const mentorView = await call(t.app, 'GET', `/api/sessions/${id}`, { cookie: mentor.cookie });
    expect(menteeView.json().history).toMatchObject(steps('me'));
    expect(mentorView.json().history).toMatchObject(steps('them'));
  });
});

describe('listing my sessions', () => {
  it('filters upcoming (soonest first) and past (newest first) across my mentorships', async () => {
    const { mentee, mentor, mentorship } = await buildPair(t);
    const db = t.database.db;
    const lou = await buildUser(t.app.auth, { name: 'Lou Diaz' });
    const second = await buildMentorship(db, mentee.user.id, lou.user.id);
    const at = (iso: string) => new Date(iso);
    const dec3 = await buildSession(db, mentorship.id, { startsAt: at('2026-12-03T14:00:00Z') });
    const dec1 = await buildSession(db, mentorship.id, { startsAt: at('2026-12-01T14:00:00Z') });
    const nov20 = await buildSession(db, mentorship.id, { startsAt: at('2026-11-20T14:00:00Z') });
    const dec5Cancelled = await buildSession(db, mentorship.id, {
      startsAt: at('2026-12-05T14:00:00Z'),
      status: 'cancelled',
    });
    const running = await buildSession(db, mentorship.id, { startsAt: at(`2026-11-25T09:30:00Z`) });
    const withLou = await buildSession(db, second.id, { startsAt: at('2026-12-02T09:00:00Z') });
    const others = await buildPair(t);
    await buildSession(db, others.mentorship.id, { startsAt: at('2026-12-01T12:00:00Z') });

    const get = (query: string, cookie = mentee.cookie) =>
      call(t.app, 'GET', `/api/sessions${query}`, { cookie });
    expect(ids(await get('?when=upcoming'))).toEqual([running.id, dec1.id, withLou.id, dec3.id]);
    expect(ids(await get('?when=past'))).toEqual([dec5Cancelled.id, nov20.id]);
    expect(ids(await get(''))).toEqual([
      dec5Cancelled.id,
      dec3.id,
      withLou.id,
      dec1.id,
      running.id,
      nov20.id,
    ]);
    expect(ids(await get(`?when=upcoming&mentorshipId=${second.id}`))).toEqual([withLou.id]);
    expect(ids(await get('?when=upcoming', mentor.cookie))).toEqual([running.id, dec1.id, dec3.id]);

    const list = (await get('?when=upcoming')).json().sessions;
    expect(list[0]).toMatchObject({ phase: 'in-progress', counterpart: { name: 'Sam Lee' } });
    expect(list[2]).toMatchObject({ phase: 'upcoming', counterpart: { name: 'Lou Diaz' } });

    const bad = await get('?when=soon');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['query.when']);
  });
});
