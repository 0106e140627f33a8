import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declineMessage } from '../../../../common/mentorships/decline-wording.ts';
import { buildGoal } from '../../../../tests/factories/goal.ts';
import { buildMentor } from '../../../../tests/factories/profile.ts';
import { buildUser } from '../../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../../tests/setup/test-app.ts';
import { createTestClock, DAY } from '../../../../tests/setup/test-clock.ts';
import { compose, sent, skipped } from './composer-test-kit.ts';

const START = '2026-11-25T09:00:00.000Z';
const tc = createTestClock(START);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const MESSAGE = 'I am preparing for front-end interviews and would love your eyes on my answers.';

/** Ama (Accra) asks Ben (Tokyo) to mentor her. */
async function requested() {
  tc.set(START);
  const mentee = await buildUser(t.app.auth, { name: 'Ama Owusu', timeZone: 'Africa/Accra' });
  const goal = await buildGoal(t.database.db, mentee.user.id);
  const mentor = await buildMentor(t.app.auth, t.database.db, {}, [], {
    name: 'Ben Ode',
    timeZone: 'Asia/Tokyo',
  });
  const res = await call(t.app, 'POST', '/api/mentorships', {
    cookie: mentee.cookie,
    body: { mentorId: mentor.user.id, goalIds: [goal.id], message: MESSAGE },
  });
  expect(res.statusCode).toBe(201);
  const id = res.json().id as string;
  const expiresAt = new Date(res.json().expiresAt);
  const tokyo = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Tokyo',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(expiresAt);
  return { mentee, mentor, id, expiresAt, tokyo };
}

describe('requests', () => {
  it('tells Ben who asks and by when to answer, in Tokyo time; nothing once it is withdrawn', async () => {
    const { mentee, mentor, id, expiresAt, tokyo } = await requested();
    const message = sent(await compose(t, 'request-received', mentor, id, tc.now()));
    expect(message.title).toBe('Ama would like you to mentor them');
    expect(message.body).toContain(`“${MESSAGE}”`);
    expect(message.body).toContain(`Please answer by ${tokyo} your time.`);
    expect(message.link).toBe(`/mentorships/${id}`);
    const expiring = new Date(expiresAt.getTime() - 2 * DAY);
    expect(sent(await compose(t, 'request-expiring', mentor, id, expiring)).title).toBe(
      "Ama's request expires soon",
    );

    const res = await call(t.app, 'POST', `/api/mentorships/${id}/withdraw`, {
      cookie: mentee.cookie,
    });
    expect(res.statusCode).toBe(200);
    expect(skipped(await compose(t, 'request-received', mentor, id, tc.now()))).toMatch(
      /no longer waiting/,
    );
    expect(skipped(await compose(t, 'request-expiring', mentor, id, expiring))).toMatch(
      /no longer waiting/,
    );
  });

  it('brings a decline in kind words', async () => {
    const { mentee, mentor, id } = await requested();
    const res = await call(t.app, 'POST', `/api/mentorships/${id}/decline`, {
      cookie: mentor.cookie,
      body: { reason: 'no-capacity' },
    });
    expect(res.statusCode).toBe(200);
    const message = sent(await compose(t, 'request-answered', mentee, id, tc.now()));
    expect(message.title).toBe("Ben can't be your mentor right now");
    expect(message.body).toBe(declineMessage('no-capacity', { name: 'Ben Ode', role: 'mentor' }));
  });

  it('brings a yes', async () => {
    const { mentee, mentor, id } = await requested();
    const res = await call(t.app, 'POST', `/api/mentorships/${id}/accept`, {
      cookie: mentor.cookie,
    });
    expect(res.statusCode).toBe(200);
    expect(sent(await compose(t, 'request-answered', mentee, id, tc.now())).title).toBe(
      'Ben will be your mentor',
    );
  });

  it('tells Ama when her request ran out, without blame', async () => {
    const { mentee, id } = await requested();
    tc.advance(15 * DAY);
    await call(t.app, 'GET', `/api/mentorships/${id}`, { cookie: mentee.cookie });
    const message = sent(await compose(t, 'request-expired', mentee, id, tc.now()));
    expect(message.title).toBe('Your request to Ben expired');
    expect(message.body).toContain('not a verdict on you');
  });
});

describe('invitations', () => {
  it('tells someone invited by email, until they answer', async () => {
    tc.set(START);
    const inviter = await buildUser(t.app.auth, { name: 'Kofi Mensah' });
    const invitee = await buildUser(t.app.auth, {
      name: 'Lena Fischer',
      timeZone: 'Europe/Berlin',
    });
    const res = await call(t.app, 'POST', '/api/mentorships/invitations', {
      cookie: inviter.cookie,
      body: { inviteeRole: 'mentee', email: invitee.user.email, message: MESSAGE },
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().mentorship.id as string;
    const message = sent(await compose(t, 'invitation', invitee, id, tc.now()));
    expect(message.title).toBe('Kofi offers to mentor you');
    expect(message.body).toMatch(/It stays open until \w{3} \d+ \w{3}, \d\d:\d\d your time\./);
    expect(message.link).toBe(`/mentorships/${id}`);
    const token = (res.json().inviteUrl as string).split('/').pop();
    await call(t.app, 'POST', `/api/invitations/${token}/accept`, { cookie: invitee.cookie });
    expect(skipped(await compose(t, 'invitation', invitee, id, tc.now()))).toMatch(
      /no longer waiting/,
    );
  });
});
