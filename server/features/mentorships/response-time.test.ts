import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGoal } from '../../../tests/factories/goal.ts';
import { buildMentorship } from '../../../tests/factories/mentorship.ts';
import { buildMentor } from '../../../tests/factories/profile.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, HOUR } from '../../../tests/setup/test-clock.ts';

const tc = createTestClock('2026-11-25T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const MESSAGE =
  'I would love to learn how you approach code review on a team that is growing quickly.';

/** A mentee asks through the API, the mentor answers `afterHours` later. */
async function answeredRequest(
  mentor: { user: { id: string }; cookie: string },
  afterHours: number,
  answer: 'accept' | 'decline',
) {
  const mentee = await buildUser(t.app.auth);
  const goal = await buildGoal(t.database.db, mentee.user.id);
  const created = await call(t.app, 'POST', '/api/mentorships', {
    cookie: mentee.cookie,
    body: { mentorId: mentor.user.id, goalIds: [goal.id], message: MESSAGE },
  });
  expect(created.statusCode).toBe(201);
  tc.advance(afterHours * HOUR);
  const res = await call(t.app, 'POST', `/api/mentorships/${created.json().id}/${answer}`, {
    cookie: mentor.cookie,
    body: answer === 'decline' ? { reason: 'not-my-expertise' } : undefined,
  });
  expect(res.statusCode).toBe(200);
}

describe('a mentor’s median response time on their public profile', () => {
  it('appears once three directory requests were answered, accepted or declined', async () => {
    const mentor = await buildMentor(t.app.auth, t.database.db, { capacity: 10 });
    const viewer = await buildUser(t.app.auth);
    const responseTime = async () =>
      (await call(t.app, 'GET', `/api/mentors/${mentor.user.id}`, { cookie: viewer.cookie })).json()
        .responseTime;

    await answeredRequest(mentor, 2, 'accept');
    await answeredRequest(mentor, 30, 'decline');
    // Never answered by the mentor: a withdrawn request, an expired one, an invitation.
    const mentee = await buildUser(t.app.auth);
    await buildMentorship(t.database.db, mentee.user.id, mentor.user.id, {
      status: 'withdrawn',
      respondedAt: null,
      startedAt: null,
    });
    const other = await buildUser(t.app.auth);
    await buildMentorship(t.database.db, other.user.id, mentor.user.id, {
      origin: 'invitation',
      requestedAt: new Date('2026-01-01T00:00:00Z'),
      respondedAt: new Date('2026-03-01T00:00:00Z'),
    });
    expect(await responseTime()).toBeNull();

    await answeredRequest(mentor, 5, 'accept');
    expect(await responseTime()).toEqual({ medianHours: 5, answered: 3 });
    await answeredRequest(mentor, 8, 'decline');
    expect(await responseTime()).toEqual({ medianHours: 6.5, answered: 4 });
  });
});
