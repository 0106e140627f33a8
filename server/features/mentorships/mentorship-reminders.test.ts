import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGoal } from '../../../tests/factories/goal.ts';
import { buildMentor } from '../../../tests/factories/profile.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { remindersAbout, summarize } from '../../../tests/setup/reminder-rows.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY } from '../../../tests/setup/test-clock.ts';

const START = '2026-11-25T09:00:00.000Z';
const tc = createTestClock(START);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const MESSAGE = 'I am preparing for front-end interviews and would love your eyes on my answers.';

async function requestPair() {
  tc.set(START);
  const mentee = await buildUser(t.app.auth, { name: 'Ama Owusu', timeZone: 'Africa/Accra' });
  const goal = await buildGoal(t.database.db, mentee.user.id);
  const mentor = await buildMentor(t.app.auth, t.database.db, {}, [], { name: 'Ben Ode' });
  const ask = () =>
    call(t.app, 'POST', '/api/mentorships', {
      cookie: mentee.cookie,
      body: { mentorId: mentor.user.id, goalIds: [goal.id], message: MESSAGE },
    });
  return { mentee, mentor, ask };
}

describe('requests', () => {
  it('tells the mentor now and 48 hours before expiry, once however often it is asked', async () => {
    const { mentor, ask } = await requestPair();
    const first = await ask();
    expect(first.statusCode).toBe(201);
    const id = first.json().id as string;
    // The second try is refused (already connected) and adds nothing.
    expect((await ask()).statusCode).toBe(409);
    const expiresAt = new Date(first.json().expiresAt).getTime();
    expect(summarize(await remindersAbout(t.database.db, id))).toEqual([
      {
        type: 'request-expiring',
        to: mentor.user.id,
        dueAt: new Date(expiresAt - 2 * DAY).toISOString(),
        key: `request-expiring:${id}`,
      },
      { type: 'request-received', to: mentor.user.id, dueAt: START, key: `request-received:${id}` },
    ]);
  });

  it('tells the one who asked when the mentor declines', async () => {
    const { mentee, mentor, ask } = await requestPair();
    const id = (await ask()).json().id as string;
    tc.advance(DAY);
    const res = await call(t.app, 'POST', `/api/mentorships/${id}/decline`, {
      cookie: mentor.cookie,
      body: { reason: 'no-capacity' },
    });
    expect(res.statusCode).toBe(200);
    const answered = (await remindersAbout(t.database.db, id)).filter(
      (r) => r.type === 'request-answered',
    );
    expect(answered.map((r) => [r.recipientId, r.dueAt.toISOString(), r.payload])).toEqual([
      [
        mentee.user.id,
        new Date(Date.parse(START) + DAY).toISOString(),
        { mentorshipId: id, status: 'declined' },
      ],
    ]);
  });

  it('tells the one who asked when the request expires, once across repeated lazy expiry', async () => {
    const { mentee, mentor, ask } = await requestPair();
    const id = (await ask()).json().id as string;
    tc.advance(15 * DAY);
    for (const cookie of [mentee.cookie, mentor.cookie, mentee.cookie]) {
      expect((await call(t.app, 'GET', `/api/mentorships/${id}`, { cookie })).json().status).toBe(
        'expired',
      );
    }
    const expired = (await remindersAbout(t.database.db, id)).filter(
      (r) => r.type === 'request-expired',
    );
    expect(expired.map((r) => r.recipientId)).toEqual([mentee.user.id]);
  });
});

describe('invitations', () => {
  it('tells someone invited by the address of their account, and the inviter when they accept', async () => {
    tc.set(START);
    const inviter = await buildUser(t.app.auth, { name: 'Kofi Mensah' });
    const invitee = await buildUser(t.app.auth, { name: 'Lena Fischer' });
    const res = await call(t.app, 'POST', '/api/mentorships/invitations', {
      cookie: inviter.cookie,
      body: { inviteeRole: 'mentee', email: invitee.user.email.toUpperCase(), message: MESSAGE },
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().mentorship.id as string;
    const token = (res.json().inviteUrl as string).split('/').pop();
    expect(summarize(await remindersAbout(t.database.db, id))).toEqual([
      {
        type: 'invitation',
        to: invitee.user.id,
        dueAt: START,
        key: `invitation:${id}:${invitee.user.id}`,
      },
    ]);
    const accepted = await call(t.app, 'POST', `/api/invitations/${token}/accept`, {
      cookie: invitee.cookie,
    });
    expect(accepted.statusCode).toBe(200);
    const answered = (await remindersAbout(t.database.db, id)).filter(
      (r) => r.type === 'request-answered',
    );
    expect(answered.map((r) => r.recipientId)).toEqual([inviter.user.id]);
  });

  it('mails the address itself when it has no account yet', async () => {
    tc.set(START);
    const inviter = await buildUser(t.app.auth, { name: 'Kofi Mensah' });
    const res = await call(t.app, 'POST', '/api/mentorships/invitations', {
      cookie: inviter.cookie,
      body: { inviteeRole: 'mentee', email: 'not-yet-here@example.test', message: MESSAGE },
    });
    expect(res.statusCode).toBe(201);
    const rows = await remindersAbout(t.database.db, res.json().mentorship.id);
    expect(rows.map((row) => [row.type, row.recipientId, row.recipientEmail])).toEqual([
      ['invitation', null, 'not-yet-here@example.test'],
    ]);
  });
});
