import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { buildPair, NOW, schedule } from './session-test-pair.ts';

const tc = createTestClock(NOW);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const move = { startsAt: '2026-12-02T14:00:00Z', reason: 'Taking over your calendar.' };

describe('only the two participants see or change a session', () => {
  it('answers a participant of another pair and a stranger exactly as for an unknown id', async () => {
    const { mentee, mentorship } = await buildPair(t);
    const session = (
      await schedule(t, mentee.cookie, mentorship.id, { startsAt: '2026-12-01T14:00:00Z' })
    ).json();
    const otherPair = await buildPair(t);
    await schedule(t, otherPair.mentee.cookie, otherPair.mentorship.id, {
      startsAt: '2026-12-01T14:00:00Z',
    });
    const stranger = await buildUser(t.app.auth);
    const before = await snapshotDatabase(t.database.db);

    const requests = (id: string, mentorshipId: string) =>
      [
        ['GET', `/api/sessions/${id}`, undefined],
        ['POST', `/api/sessions/${id}/reschedule`, move],
        // An empty body too: an outsider must not learn what a valid one needs.
        ['POST', `/api/sessions/${id}/reschedule`, {}],
        ['POST', `/api/sessions/${id}/cancel`, { reason: 'Not mine to cancel.' }],
        ['POST', `/api/sessions/${id}/cancel`, {}],
        ['GET', `/api/sessions?mentorshipId=${mentorshipId}`, undefined],
        [
          'POST',
          '/api/sessions',
          { mentorshipId, startsAt: '2026-12-03T14:00:00Z', durationMinutes: 60 },
        ],
      ] as const;

    for (const outsider of [otherPair.mentee, otherPair.mentor, stranger]) {
      const asOutsider = requests(session.id, mentorship.id);
      const asUnknown = requests(UNKNOWN, UNKNOWN);
      for (const [index, [method, url, body]] of asOutsider.entries()) {
        const res = await call(t.app, method, url, { cookie: outsider.cookie, body });
        const [, unknownUrl, unknownBody] = asUnknown[index] ?? [];
        const unknown = await call(t.app, method, unknownUrl ?? '', {
          cookie: outsider.cookie,
          body: unknownBody,
        });
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.json(), `${method} ${url}`).toEqual(unknown.json());
      }
      const mine = await call(t.app, 'GET', '/api/sessions', { cookie: outsider.cookie });
      expect(mine.json().sessions.map((s: { id: string }) => s.id)).not.toContain(session.id);
    }
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('asks anonymous callers to sign in', async () => {
    const { mentee, mentorship } = await buildPair(t);
    const { id } = (
      await schedule(t, mentee.cookie, mentorship.id, { startsAt: '2026-12-01T14:00:00Z' })
    ).json();
    for (const [method, url] of [
      ['GET', '/api/sessions'],
      ['GET', `/api/sessions/${id}`],
      ['POST', `/api/sessions/${id}/cancel`],
    ] as const) {
      const res = await call(t.app, method, url, {
        body: method === 'POST' ? { reason: 'Who am I?' } : undefined,
      });
      expect(res.statusCode).toBe(401);
    }
  });

  it('answers a malformed id with a 400 for everyone alike', async () => {
    const { mentee } = await buildPair(t);
    const stranger = await buildUser(t.app.auth);
    for (const cookie of [mentee.cookie, stranger.cookie]) {
      const res = await call(t.app, 'POST', '/api/sessions/not-an-id/cancel', {
        cookie,
        body: { reason: 'Whatever it is.' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ 'params.id': 'That is not a session id.' });
    }
  });
});
