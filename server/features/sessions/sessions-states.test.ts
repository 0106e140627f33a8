import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMentorship, buildSession } from '../../../tests/factories/mentorship.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { mentorships } from '../../db/schema/mentorships.ts';
import { buildPair, NOW, schedule } from './session-test-pair.ts';

const tc = createTestClock(NOW);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

describe('a session that is cancelled or over', () => {
  it('refuses a second cancel and any move of a cancelled session', async () => {
    const { mentee, mentor, mentorship } = await buildPair(t);
    const { id } = (
      await schedule(t, mentee.cookie, mentorship.id, {
        startsAt: '2026-12-01T14:00:00Z',
      })
    ).json();
    const reason = 'Something came up at work.';
    const first = await call(t.app, 'POST', `/api/sessions/${id}/cancel`, {
      cookie: mentee.cookie,
      body: { reason },
    });
    expect(first.statusCode).toBe(200);
    const again = await call(t.app, 'POST', `/api/sessions/${id}/cancel`, {
      cookie: mentor.cookie,
      body: { reason },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({
      code: 'invalid_state',
      message: 'This session was cancelled, so it cannot change any more.',
    });
    const move = await call(t.app, 'POST', `/api/sessions/${id}/reschedule`, {
      cookie: mentor.cookie,
      body: { startsAt: '2026-12-03T14:00:00Z', reason },
    });
    expect(move.statusCode).toBe(409);
    expect(
      (await call(t.app, 'GET', `/api/sessions/${id}`, { cookie: mentee.cookie })).json(),
    ).toMatchObject({ sequence: 1, history: [{ kind: 'scheduled' }, { kind: 'cancelled' }] });
  });

  it('refuses to move or cancel a session that is over, and allows it while it runs', async () => {
    const { mentee, mentorship } = await buildPair(t);
    const db = t.database.db;
    const over = await buildSession(db, mentorship.id, {
      startsAt: new Date('2026-11-24T10:00:00Z'),
    });
    const running = await buildSession(db, mentorship.id, {
      startsAt: new Date('2026-11-25T09:30:00Z'),
    });
    const body = { startsAt: '2026-12-03T14:00:00Z', reason: 'We ran out of time.' };
    const moveOver = await call(t.app, 'POST', `/api/sessions/${over.id}/reschedule`, {
      cookie: mentee.cookie,
      body,
    });
    expect(moveOver.statusCode).toBe(409);
    expect(moveOver.json().error.message).toBe('This session has already taken place.');
    const cancelOver = await call(t.app, 'POST', `/api/sessions/${over.id}/cancel`, {
      cookie: mentee.cookie,
      body: { reason: 'Too late for that.' },
    });
    expect(cancelOver.statusCode).toBe(409);

    const moveRunning = await call(t.app, 'POST', `/api/sessions/${running.id}/reschedule`, {
      cookie: mentee.cookie,
      body,
    });
    expect(moveRunning.statusCode).toBe(200);
    expect(moveRunning.json()).toMatchObject({ phase: 'upcoming', sequence: 1 });
  });

  it('says so when a reschedule changes nothing', async () => {
    const { mentee, mentorship } = await buildPair(t);
    const { id } = (
      await schedule(t, mentee.cookie, mentorship.id, {
        startsAt: '2026-12-01T14:00:00Z',
        location: 'Library',
      })
    ).json();
    const res = await call(t.app, 'POST', `/api/sessions/${id}/reschedule`, {
      cookie: mentee.cookie,
      body: { startsAt: '2026-12-01T15:00:00+01:00', reason: 'Same again, oops.' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      startsAt: 'The session is already at that time. Pick a new time or length.',
    });
  });
});

describe('the mentorship must be active', () => {
  const later = { startsAt: '2026-12-01T14:00:00Z' };

  it.each([
    [
      'pending',
      'This mentorship has not started yet: sessions can be planned once it is accepted.',
    ],
    ['paused', 'This mentorship is paused. Resume it first, then plan the session.'],
    ['closed', 'This mentorship has ended, so no sessions can be planned in it.'],
    ['declined', 'This mentorship has ended, so no sessions can be planned in it.'],
  ])('refuses to schedule in a %s mentorship', async (status, message) => {
    const { mentee, mentorship } = await buildPair(t, { status });
    const res = await schedule(t, mentee.cookie, mentorship.id, later);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({ code: 'invalid_state', message });
    const list = await call(t.app, 'GET', `/api/sessions?mentorshipId=${mentorship.id}`, {
      cookie: mentee.cookie,
    });
    expect(list.json()).toEqual({ sessions: [] });
  });

  it('refuses an invitee who has not accepted yet', async () => {
    const inviter = await buildUser(t.app.auth);
    const invitee = await buildUser(t.app.auth);
    const invitation = await buildMentorship(t.database.db, inviter.user.id, invitee.user.id, {
      mentorId: null,
      origin: 'invitation',
      status: 'pending',
      inviteEmail: invitee.input.email.toLowerCase(),
    });
    const res = await schedule(t, invitee.cookie, invitation.id, later);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('invalid_state');
  });

  it.each(['paused', 'closed'])(
    'in a %s mentorship, refuses moving a session but still lets the pair cancel it',
    async (status) => {
      const { mentee, mentorship } = await buildPair(t);
      const { id } = (await schedule(t, mentee.cookie, mentorship.id, later)).json();
      await t.database.db
        .update(mentorships)
        .set({ status })
        .where(eq(mentorships.id, mentorship.id));
      const move = await call(t.app, 'POST', `/api/sessions/${id}/reschedule`, {
        cookie: mentee.cookie,
        body: { startsAt: '2026-12-02T14:00:00Z', reason: 'Trying another day.' },
      });
      expect(move.statusCode).toBe(409);
      const cancel = await call(t.app, 'POST', `/api/sessions/${id}/cancel`, {
        cookie: mentee.cookie,
        body: { reason: 'We are taking a break.' },
      });
      expect(cancel.statusCode).toBe(200);
      expect(cancel.json().status).toBe('cancelled');
    },
  );
});
