import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMentorship } from '../../../tests/factories/mentorship.ts';
import { buildMentor } from '../../../tests/factories/profile.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY } from '../../../tests/setup/test-clock.ts';

const tc = createTestClock('2026-11-25T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

async function pendingRequestTo(mentorId: string) {
  const mentee = await buildUser(t.app.auth);
  return buildMentorship(t.database.db, mentee.user.id, mentorId, {
    status: 'pending',
    respondedAt: null,
    startedAt: null,
    expiresAt: new Date(tc.now().getTime() + 7 * DAY),
  });
}

const accept = (cookie: string, id: string) =>
  call(t.app, 'POST', `/api/mentorships/${id}/accept`, { cookie });

describe('mentor capacity', () => {
  it('refuses to accept beyond capacity; active and paused both hold a place', async () => {
    const mentor = await buildMentor(t.app.auth, t.database.db, { capacity: 2 });
    const other = await buildUser(t.app.auth);
    await buildMentorship(t.database.db, other.user.id, mentor.user.id, { status: 'paused' });
    const first = await pendingRequestTo(mentor.user.id);
    const second = await pendingRequestTo(mentor.user.id);
    expect((await accept(mentor.cookie, first.id)).statusCode).toBe(200);
    const refused = await accept(mentor.cookie, second.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('capacity_reached');
    expect(refused.json().error.message).toMatch(/already mentoring 2 people/);
    // Declining is always possible, and it frees nobody's place but answers kindly.
    const declined = await call(t.app, 'POST', `/api/mentorships/${second.id}/decline`, {
      cookie: mentor.cookie,
      body: { reason: 'no-capacity' },
    });
    expect(declined.statusCode).toBe(200);
  });

  it('counts only ongoing mentorships: ended ones free their place', async () => {
    const mentor = await buildMentor(t.app.auth, t.database.db, { capacity: 1 });
    const former = await buildUser(t.app.auth);
    await buildMentorship(t.database.db, former.user.id, mentor.user.id, { status: 'closed' });
    const waiting = await pendingRequestTo(mentor.user.id);
    expect((await accept(mentor.cookie, waiting.id)).statusCode).toBe(200);
  });

  it('lets exactly one of two accepts racing for the last place win', async () => {
    for (let round = 0; round < 5; round += 1) {
      const mentor = await buildMentor(t.app.auth, t.database.db, { capacity: 1 });
      const a = await pendingRequestTo(mentor.user.id);
      const b = await pendingRequestTo(mentor.user.id);
      const answers = await Promise.all([accept(mentor.cookie, a.id), accept(mentor.cookie, b.id)]);
      const statuses = answers.map((res) => res.statusCode).sort();
      expect(statuses, `round ${round}`).toEqual([200, 409]);
      const loser = answers.find((res) => res.statusCode === 409);
      expect(loser?.json().error.code).toBe('capacity_reached');
      const list = await call(t.app, 'GET', '/api/mentorships', { cookie: mentor.cookie });
      const active = list
        .json()
        .mentorships.filter((m: { status: string }) => m.status === 'active');
      expect(active).toHaveLength(1);
    }
  });

  it('does not apply to informal invitations', async () => {
    const mentor = await buildMentor(t.app.auth, t.database.db, { capacity: 1 });
    const current = await buildUser(t.app.auth);
    await buildMentorship(t.database.db, current.user.id, mentor.user.id);
    const invite = await call(t.app, 'POST', '/api/mentorships/invitations', {
      cookie: mentor.cookie,
      body: {
        inviteeRole: 'mentee',
        message: 'You asked about mentoring at the meetup last week: happy to help!',
      },
    });
    expect(invite.statusCode).toBe(201);
    const token = new URL(invite.json().inviteUrl).pathname.split('/').pop();
    const newcomer = await buildUser(t.app.auth);
    const accepted = await call(t.app, 'POST', `/api/invitations/${token}/accept`, {
      cookie: newcomer.cookie,
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'active', myRole: 'mentee' });
  });
});
