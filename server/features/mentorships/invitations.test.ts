import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvitationCreated, MentorshipSummary } from '../../../common/schemas/mentorships.ts';
import { buildGoal } from '../../../tests/factories/goal.ts';
import { buildMentorship } from '../../../tests/factories/mentorship.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, TEST_BASE_URL, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY } from '../../../tests/setup/test-clock.ts';

const tc = createTestClock('2026-11-25T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const MESSAGE = 'You have helped me so much at work; would you mentor me properly this year?';

async function invite(cookie: string, body: object = {}) {
  const res = await call(t.app, 'POST', '/api/mentorships/invitations', {
    cookie,
    body: { inviteeRole: 'mentor', message: MESSAGE, ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  const created = res.json() as InvitationCreated;
  const token = created.inviteUrl.split('/invitations/')[1] ?? '';
  return { ...created, token };
}

async function listOf(cookie: string): Promise<MentorshipSummary[]> {
  return (await call(t.app, 'GET', '/api/mentorships', { cookie })).json().mentorships;
}

describe('an invitation by link', () => {
  it('is shown once, previews to anyone holding it, and starts the mentorship on accept', async () => {
    const inviter = await buildUser(t.app.auth, { name: 'Ama Owusu' });
    const goal = await buildGoal(t.database.db, inviter.user.id);
    const created = await invite(inviter.cookie, { goalIds: [goal.id], cadence: 'monthly' });
    expect(created.inviteUrl).toMatch(
      new RegExp(`^${TEST_BASE_URL}/invitations/[A-Za-z0-9_-]{43}$`),
    );
    expect(created.mentorship).toMatchObject({
      status: 'pending',
      origin: 'invitation',
      myRole: 'mentee',
      counterpart: null,
      requestedBy: 'me',
      expiresAt: new Date(tc.now().getTime() + 14 * DAY).toISOString(),
      goals: [{ id: goal.id }],
      events: [{ kind: 'invited', actor: 'me' }],
    });
    // Only the hash is stored: the token itself is nowhere in the database.
    expect(await snapshotDatabase(t.database.db)).not.toContain(created.token);

    const preview = await call(t.app, 'GET', `/api/invitations/${created.token}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({
      inviterName: 'Ama Owusu',
      inviteeRole: 'mentor',
      message: MESSAGE,
      status: 'pending',
      expiresAt: created.mentorship.expiresAt,
    });

    const ownAccept = await call(t.app, 'POST', `/api/invitations/${created.token}/accept`, {
      cookie: inviter.cookie,
    });
    expect(ownAccept.statusCode).toBe(409);
    expect(ownAccept.json().error.code).toBe('invalid_state');

    const manager = await buildUser(t.app.auth, { name: 'Kofi Mensah' });
    const accepted = await call(t.app, 'POST', `/api/invitations/${created.token}/accept`, {
      cookie: manager.cookie,
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      id: created.mentorship.id,
      status: 'active',
      myRole: 'mentor',
      requestedBy: 'them',
      counterpart: { name: 'Ama Owusu' },
      startedAt: tc.now().toISOString(),
      goals: [{ id: goal.id }],
    });
    const seen = await listOf(inviter.cookie);
    expect(seen.find((m) => m.id === created.mentorship.id)).toMatchObject({
      status: 'active',
      counterpart: { name: 'Kofi Mensah' },
    });
    // Used once: a second person cannot take it over.
    const late = await buildUser(t.app.auth);
    const again = await call(t.app, 'POST', `/api/invitations/${created.token}/accept`, {
      cookie: late.cookie,
    });
    expect(again.statusCode).toBe(409);
  });

  it('answers a wrong token with a 404 that reveals nothing', async () => {
    const inviter = await buildUser(t.app.auth);
    const { token } = await invite(inviter.cookie);
    const wrong = `${token.slice(0, -2)}xx`;
    const res = await call(t.app, 'GET', `/api/invitations/${wrong}`);
    const other = await call(t.app, 'GET', `/api/invitations/${'a'.repeat(43)}`);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual(other.json());
    expect(res.body).not.toContain(inviter.user.name);
    const stranger = await buildUser(t.app.auth);
    const accept = await call(t.app, 'POST', `/api/invitations/${wrong}/accept`, {
      cookie: stranger.cookie,
    });
    expect(accept.statusCode).toBe(404);
    expect(accept.json()).toEqual(other.json());
  });

  it('makes a new link on request; the old one stops working', async () => {
    const inviter = await buildUser(t.app.auth);
    const first = await invite(inviter.cookie);
    const res = await call(
      t.app,
      'POST',
      `/api/mentorships/${first.mentorship.id}/invitation-link`,
      { cookie: inviter.cookie },
    );
    expect(res.statusCode).toBe(200);
    const next = res.json() as InvitationCreated;
    const nextToken = next.inviteUrl.split('/invitations/')[1];
    expect(nextToken).not.toBe(first.token);
    expect((await call(t.app, 'GET', `/api/invitations/${first.token}`)).statusCode).toBe(404);
    expect((await call(t.app, 'GET', `/api/invitations/${nextToken}`)).statusCode).toBe(200);
  });

  it('expires like a request, and says so on the link', async () => {
    const inviter = await buildUser(t.app.auth);
    const { token, mentorship } = await invite(inviter.cookie);
    tc.advance(14 * DAY + 60_000);
    const preview = await call(t.app, 'GET', `/api/invitations/${token}`);
    expect(preview.json().status).toBe('expired');
    const someone = await buildUser(t.app.auth);
    const accept = await call(t.app, 'POST', `/api/invitations/${token}/accept`, {
      cookie: someone.cookie,
    });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.message).toMatch(/invitation expired/);
    const link = await call(t.app, 'POST', `/api/mentorships/${mentorship.id}/invitation-link`, {
      cookie: inviter.cookie,
    });
    expect(link.statusCode).toBe(409);
  });

  it('refuses to start a second open mentorship for a pair that already has one', async () => {
    const inviter = await buildUser(t.app.auth);
    const mentor = await buildUser(t.app.auth);
    await buildMentorship(t.database.db, inviter.user.id, mentor.user.id);
    const { token } = await invite(inviter.cookie);
    const res = await call(t.app, 'POST', `/api/invitations/${token}/accept`, {
      cookie: mentor.cookie,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('already_connected');
  });
});

describe('an invitation by email', () => {
  it('waits for someone who signs up later with that address (any case) and lets them accept', async () => {
    const inviter = await buildUser(t.app.auth, { name: 'Lea Martin' });
    const email = `Kofi.${Date.now()}@Example.test`;
    const created = await invite(inviter.cookie, { email, inviteeRole: 'mentee' });
    expect(created.mentorship).toMatchObject({
      myRole: 'mentor',
      inviteEmail: email.toLowerCase(),
    });

    const invitee = await buildUser(t.app.auth, { email: email.toUpperCase() });
    const theirs = await listOf(invitee.cookie);
    expect(theirs).toHaveLength(1);
    expect(theirs[0]).toMatchObject({
      id: created.mentorship.id,
      status: 'pending',
      myRole: 'mentee',
      requestedBy: 'them',
      counterpart: { name: 'Lea Martin' },
      inviteEmail: null,
    });
    const detail = await call(t.app, 'GET', `/api/mentorships/${created.mentorship.id}`, {
      cookie: invitee.cookie,
    });
    expect(detail.statusCode).toBe(200);
    const accepted = await call(t.app, 'POST', `/api/mentorships/${created.mentorship.id}/accept`, {
      cookie: invitee.cookie,
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'active', myRole: 'mentee' });
    expect((await listOf(inviter.cookie))[0]?.counterpart?.id).toBe(invitee.user.id);
  });

  it('can be declined by the invitee, who keeps seeing it among the ended ones', async () => {
    const inviter = await buildUser(t.app.auth, { name: 'Lea Martin' });
    const invitee = await buildUser(t.app.auth, { name: 'Jun Park' });
    const created = await invite(inviter.cookie, { email: invitee.input.email });
    const res = await call(t.app, 'POST', `/api/mentorships/${created.mentorship.id}/decline`, {
      cookie: invitee.cookie,
      body: { reason: 'no-capacity' },
    });
    expect(res.statusCode).toBe(200);
    expect((await listOf(invitee.cookie))[0]).toMatchObject({ status: 'declined' });
    const seen = (await listOf(inviter.cookie))[0];
    expect(seen?.decline?.message).toMatch(/^Jun's mentoring hours are full right now/);
  });

  it('is not the inviter’s own address, and goals are shared only by a mentee', async () => {
    const inviter = await buildUser(t.app.auth);
    const goal = await buildGoal(t.database.db, inviter.user.id);
    const stranger = await buildUser(t.app.auth);
    const theirGoal = await buildGoal(t.database.db, stranger.user.id);
    const before = await snapshotDatabase(t.database.db);
    const res = await call(t.app, 'POST', '/api/mentorships/invitations', {
      cookie: inviter.cookie,
      body: {
        inviteeRole: 'mentee',
        email: inviter.input.email,
        message: MESSAGE,
        goalIds: [goal.id],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['email', 'goalIds']);
    const notMine = await call(t.app, 'POST', '/api/mentorships/invitations', {
      cookie: inviter.cookie,
      body: { inviteeRole: 'mentor', message: MESSAGE, goalIds: [theirGoal.id] },
    });
    expect(notMine.json().error.fields).toEqual({ goalIds: 'Pick goals from your own list.' });
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('is not visible to anyone else', async () => {
    const inviter = await buildUser(t.app.auth);
    const created = await invite(inviter.cookie, { email: 'someone.else@example.test' });
    const stranger = await buildUser(t.app.auth);
    expect(await listOf(stranger.cookie)).toEqual([]);
    const res = await call(t.app, 'GET', `/api/mentorships/${created.mentorship.id}`, {
      cookie: stranger.cookie,
    });
    expect(res.statusCode).toBe(404);
  });
});
