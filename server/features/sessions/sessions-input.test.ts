import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY } from '../../../tests/setup/test-clock.ts';
import { buildPair, NOW, schedule } from './session-test-pair.ts';

const tc = createTestClock(NOW);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const iso = (ms: number) => new Date(ms).toISOString();
const now = new Date(NOW).getTime();

describe('bad input to scheduling is a clear 400 naming the field, and saves nothing', () => {
  const cases: [string, Record<string, unknown>, Record<string, string>][] = [
    [
      'a start in the past',
      { startsAt: '2026-11-25T09:59:00Z' },
      { startsAt: 'That time has already passed. Pick a time in the future.' },
    ],
    [
      'a start right now',
      { startsAt: NOW },
      { startsAt: 'That time has already passed. Pick a time in the future.' },
    ],
    [
      'a start more than a year ahead',
      { startsAt: iso(now + 367 * DAY) },
      { startsAt: 'Pick a time within the next year.' },
    ],
    [
      'a start without its offset',
      { startsAt: '2026-12-01T14:00' },
      { startsAt: 'Give the start as a date and time with its offset.' },
    ],
    [
      'a zero length',
      { durationMinutes: 0 },
      { durationMinutes: 'A session lasts at least 15 minutes.' },
    ],
    [
      'a negative length',
      { durationMinutes: -60 },
      { durationMinutes: 'A session lasts at least 15 minutes.' },
    ],
    [
      'an absurd length',
      { durationMinutes: 100_000 },
      { durationMinutes: 'A session lasts at most 8 hours.' },
    ],
    ['a fractional length', { durationMinutes: 30.5 }, { durationMinutes: 'Use whole minutes.' }],
    [
      'a length as text',
      { durationMinutes: '60' },
      { durationMinutes: 'Give the length in minutes.' },
    ],
    [
      'an oversize place',
      { location: `https://meet.example.test/${'x'.repeat(500)}` },
      { location: 'Keep the place or link under 500 characters.' },
    ],
    [
      'a place on two lines',
      { location: 'Café Lumen\nsecond floor' },
      { location: 'Use plain text on one line.' },
    ],
    [
      'a recorded session that has not started',
      { held: true },
      { startsAt: 'A session you record has already started. Pick a time in the past.' },
    ],
    [
      'a recorded session from more than 90 days ago',
      { held: true, startsAt: iso(now - 91 * DAY) },
      { startsAt: 'Record sessions from the last 90 days.' },
    ],
    [
      'a made-up mentorship id',
      { mentorshipId: 'mine' },
      { mentorshipId: 'Choose one of your mentorships.' },
    ],
  ];

  it.each(cases)('%s', async (_label, change, fields) => {
    const { mentee, mentorship } = await buildPair(t);
    const before = await snapshotDatabase(t.database.db);
    const res = await call(t.app, 'POST', '/api/sessions', {
      cookie: mentee.cookie,
      body: {
        mentorshipId: mentorship.id,
        startsAt: '2026-12-01T14:00:00Z',
        durationMinutes: 60,
        ...change,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'validation_failed',
      message: 'Some fields need attention.',
      fields,
    });
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('records a session the pair already had, with its own line in the history', async () => {
    const { mentee, mentorship } = await buildPair(t);
    const res = await schedule(t, mentee.cookie, mentorship.id, {
      startsAt: iso(now - 3 * DAY),
      held: true,
    });
    expect(res.statusCode).toBe(201);
    const session = res.json();
    expect(session.phase).toBe('past');
    expect(session.history.map((e: { kind: string }) => e.kind)).toEqual(['recorded']);
  });

  it('accepts the edges: 15 minutes, 8 hours, just inside the year', async () => {
    const { mentee, mentorship } = await buildPair(t);
    const short = await schedule(t, mentee.cookie, mentorship.id, {
      startsAt: iso(now + 60_000),
      durationMinutes: 15,
    });
    expect(short.statusCode).toBe(201);
    const long = await schedule(t, mentee.cookie, mentorship.id, {
      startsAt: iso(now + 366 * DAY),
      durationMinutes: 480,
    });
    expect(long.statusCode).toBe(201);
  });
});

describe('bad input to rescheduling and cancelling', () => {
  it('asks for a reason, a future start and sane lengths, and changes nothing', async () => {
    const { mentee, mentorship } = await buildPair(t);
    const { id } = (
      await schedule(t, mentee.cookie, mentorship.id, {
        startsAt: '2026-12-01T14:00:00Z',
      })
    ).json();
    const before = await snapshotDatabase(t.database.db);
    const attempts: [string, Record<string, unknown>, Record<string, string>][] = [
      [
        'reschedule',
        { startsAt: '2026-12-02T14:00:00Z' },
        { reason: 'Invalid input: expected string, received undefined' },
      ],
      [
        'reschedule',
        { startsAt: '2026-12-02T14:00:00Z', reason: ' ok ' },
        { reason: 'Say briefly why, so the other person knows.' },
      ],
      [
        'reschedule',
        { startsAt: '2026-12-02T14:00:00Z', reason: 'x'.repeat(501) },
        { reason: 'Keep the reason under 500 characters.' },
      ],
      [
        'reschedule',
        { startsAt: '2026-11-24T14:00:00Z', reason: 'Let us meet yesterday.' },
        { startsAt: 'That time has already passed. Pick a time in the future.' },
      ],
      [
        'reschedule',
        { startsAt: '2026-12-02T14:00:00Z', durationMinutes: 0, reason: 'Shorter please.' },
        { durationMinutes: 'A session lasts at least 15 minutes.' },
      ],
      ['cancel', { reason: '' }, { reason: 'Say briefly why, so the other person knows.' }],
    ];
    for (const [action, body, fields] of attempts) {
      const res = await call(t.app, 'POST', `/api/sessions/${id}/${action}`, {
        cookie: mentee.cookie,
        body,
      });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const got = res.json().error.fields;
      // zod's own wording for a missing field is its business; the field is ours to name.
      if (fields.reason?.startsWith('Invalid input')) expect(Object.keys(got)).toEqual(['reason']);
      else expect(got).toEqual(fields);
    }
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });
});
