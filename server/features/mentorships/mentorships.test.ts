import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentorshipDetail, MentorshipList } from '../../../common/schemas/mentorships.ts';
import { buildGoal } from '../../../tests/factories/goal.ts';
import { buildMentorship, buildSession } from '../../../tests/factories/mentorship.ts';
import { buildMentor } from '../../../tests/factories/profile.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY, HOUR } from '../../../tests/setup/test-clock.ts';

const tc = createTestClock('2026-11-25T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const MESSAGE =
  'I am preparing for front-end interviews and would love your eyes on my system design answers.';

async function menteeWithGoal(name = 'Ama Owusu') {
  const mentee = await buildUser(t.app.auth, { name, timeZone: 'Africa/Accra' });
  const goal = await buildGoal(t.database.db, mentee.user.id);
  return { ...mentee, goal };
}

function request(cookie: string, mentorId: string, goalIds: string[], extra: object = {}) {
  return call(t.app, 'POST', '/api/mentorships', {
    cookie,
    body: { mentorId, goalIds, message: MESSAGE, cadence: 'every-two-weeks', ...extra },
  });
}

async function list(cookie: string) {
  const res = await call(t.app, 'GET', '/api/mentorships', { cookie });
  expect(res.statusCode).toBe(200);
  return (res.json() as MentorshipList).mentorships;
}

describe('POST /api/mentorships (a request from the directory)', () => {
  it('creates a pending request that shares the goals, expiring after the set days', async () => {
    const mentor = await buildMentor(t.app.auth, t.database.db, {}, [], { name: 'Sam Reyes' });
    const mentee = await menteeWithGoal();
    const res = await request(mentee.cookie, mentor.user.id, [mentee.goal.id]);
    expect(res.statusCode).toBe(201);
    const body = res.json() as MentorshipDetail;
    expect(body).toMatchObject({
      status: 'pending',
      origin: 'request',
      myRole: 'mentee',
      requestedBy: 'me',
      counterpart: { id: mentor.user.id, name: 'Sam Reyes', timeZone: 'Europe/Paris' },
      message: MESSAGE,
      cadence: 'every-two-weeks',
      prepDeadlineHours: 24,
      requestedAt: tc.now().toISOString(),
      expiresAt: new Date(tc.now().getTime() + 14 * DAY).toISOString(),
      respondedAt: null,
      decline: null,
      nextSession: null,
      inviteEmail: null,
    });
    expect(body.goals.map((g) => g.id)).toEqual([mentee.goal.id]);
    expect(body.events).toEqual([
      { kind: 'requested', actor: 'me', note: '', createdAt: tc.now().toISOString() },
    ]);

    // The mentor sees the same request from the other side, goals included.
    const theirs = await call(t.app, 'GET', `/api/mentorships/${body.id}`, {
      cookie: mentor.cookie,
    });
    expect(theirs.json()).toMatchObject({
      myRole: 'mentor',
      requestedBy: 'them',
      counterpart: { id: mentee.user.id, name: 'Ama Owusu', timeZone: 'Africa/Accra' },
      goals: [{ id: mentee.goal.id, title: mentee.goal.title, status: 'active' }],
      events: [{ kind: 'requested', actor: 'them' }],
    });
  });

  it('allows one open request per pair, and again once the first one has ended', async () => {
    const mentor = await buildMentor(t.app.auth, t.database.db);
    const mentee = await menteeWithGoal();
    const first = await request(mentee.cookie, mentor.user.id, [mentee.goal.id]);
    expect(first.statusCode).toBe(201);
    const before = await snapshotDatabase(t.database.db);
    const second = await request(mentee.cookie, mentor.user.id, [mentee.goal.id]);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('already_connected');
    expect(await snapshotDatabase(t.database.db)).toBe(before);

    const withdrawn = await call(t.app, 'POST', `/api/mentorships/${first.json().id}/withdraw`, {
      cookie: mentee.cookie,
    });
    expect(withdrawn.statusCode).toBe(200);
    expect((await request(mentee.cookie, mentor.user.id, [mentee.goal.id])).statusCode).toBe(201);
  });

  it('lets exactly one of two simultaneous requests for the same pair through', async () => {
    for (let round = 0; round < 3; round += 1) {
      const mentor = await buildMentor(t.app.auth, t.database.db);
      const mentee = await menteeWithGoal();
      const answers = await Promise.all([
        request(mentee.cookie, mentor.user.id, [mentee.goal.id]),
        request(mentee.cookie, mentor.user.id, [mentee.goal.id]),
      ]);
      const codes = answers.map((a) => a.statusCode).sort();
      expect(codes).toEqual([201, 409]);
      const refused = answers.find((a) => a.statusCode === 409);
      expect(refused?.json().error.code).toBe('already_connected');
      const mine = await list(mentee.cookie);
      expect(mine.filter((m) => m.counterpart?.id === mentor.user.id)).toHaveLength(1);
    }
  });

  it('refuses goals that are not the caller’s own, on the goalIds field, changing nothing', async () => {
    const mentor = await buildMentor(t.app.auth, t.database.db);
    const mentee = await menteeWithGoal();
    const other = await menteeWithGoal('Someone Else');
    const before = await snapshotDatabase(t.database.db);
    const res = await request(mentee.cookie, mentor.user.id, [mentee.goal.id, other.goal.id]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ goalIds: 'Pick goals from your own list.' });
    const unknown = await request(mentee.cookie, mentor.user.id, [randomUUID()]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.goalIds).toBeDefined();
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('refuses yourself, someone who is not a mentor, and a mentor who is not accepting', async () => {
    const mentee = await menteeWithGoal();
    const self = await request(mentee.cookie, mentee.user.id, [mentee.goal.id]);
    expect(self.statusCode).toBe(400);
    expect(self.json().error.fields.mentorId).toMatch(/own mentor/);

    const plain = await buildUser(t.app.auth);
    const notMentor = await request(mentee.cookie, plain.user.id, [mentee.goal.id]);
    expect(notMentor.statusCode).toBe(400);
    expect(notMentor.json().error.fields.mentorId).toBe('We could not find that mentor.');
    const nobody = await request(mentee.cookie, 'no-such-user', [mentee.goal.id]);
    expect(nobody.json().error.fields.mentorId).toBe('We could not find that mentor.');

    const closed = await buildMentor(t.app.auth, t.database.db, { acceptingRequests: false });
    const full = await buildMentor(t.app.auth, t.database.db, { capacity: 0 });
    for (const mentor of [closed, full]) {
      const res = await request(mentee.cookie, mentor.user.id, [mentee.goal.id]);
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'invalid_state' });
      expect(res.json().error.message).toMatch(/not taking new requests right now/);
    }
  });

  it('asks for a message long enough to say what the mentee hopes for', async () => {
    const mentor = await buildMentor(t.app.auth, t.database.db);
    const mentee = await menteeWithGoal();
    const res = await request(mentee.cookie, mentor.user.id, [mentee.goal.id], {
      message: '   Please mentor me.   ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.message).toMatch(/at least 60 characters/);
  });
});

describe('GET /api/mentorships', () => {
  it('lists mine on both sides with the next scheduled session', async () => {
    const me = await menteeWithGoal('Lea Martin');
    const myMentor = await buildMentor(t.app.auth, t.database.db, {}, [], { name: 'Kofi Mensah' });
    const myMentee = await buildUser(t.app.auth, { name: 'Jun Park' });
    const asMentee = await buildMentorship(t.database.db, me.user.id, myMentor.user.id);
    const asMentor = await buildMentorship(t.database.db, myMentee.user.id, me.user.id, {
      status: 'pending',
      requestedAt: tc.now(),
      expiresAt: new Date(tc.now().getTime() + 14 * DAY),
      respondedAt: null,
      startedAt: null,
    });
    // A session that already happened, a cancelled one, and the two next ones.
    const at = (hours: number) => new Date(tc.now().getTime() + hours * HOUR);
    await buildSession(t.database.db, asMentee.id, { startsAt: at(-2) });
    await buildSession(t.database.db, asMentee.id, { startsAt: at(1), status: 'cancelled' });
    const next = await buildSession(t.database.db, asMentee.id, { startsAt: at(5) });
    await buildSession(t.database.db, asMentee.id, { startsAt: at(50) });

    const mine = await list(me.cookie);
    expect(mine.map((m) => m.id).sort()).toEqual([asMentee.id, asMentor.id].sort());
    expect(mine.find((m) => m.id === asMentee.id)).toMatchObject({
      myRole: 'mentee',
      status: 'active',
      counterpart: { name: 'Kofi Mensah' },
      nextSession: { id: next.id, startsAt: at(5).toISOString() },
    });
    expect(mine.find((m) => m.id === asMentor.id)).toMatchObject({
      myRole: 'mentor',
      status: 'pending',
      requestedBy: 'them',
      counterpart: { name: 'Jun Park' },
      nextSession: null,
    });
    // Someone else sees none of it.
    const stranger = await buildUser(t.app.auth);
    expect(await list(stranger.cookie)).toEqual([]);
  });
});

describe('expiry', () => {
  it('marks a request expired 14 days on, and refuses to accept it', async () => {
    const mentor = await buildMentor(t.app.auth, t.database.db);
    const mentee = await menteeWithGoal();
    const created = await request(mentee.cookie, mentor.user.id, [mentee.goal.id]);
    const id = created.json().id as string;
    tc.advance(14 * DAY - 60_000);
    expect((await list(mentor.cookie)).find((m) => m.id === id)?.status).toBe('pending');
    tc.advance(2 * 60_000);

    const mentees = await list(mentee.cookie);
    expect(mentees.find((m) => m.id === id)?.status).toBe('expired');
    const accept = await call(t.app, 'POST', `/api/mentorships/${id}/accept`, {
      cookie: mentor.cookie,
    });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.code).toBe('invalid_state');
    expect(accept.json().error.message).toMatch(/expired before it was answered/);

    const detail = await call(t.app, 'GET', `/api/mentorships/${id}`, { cookie: mentor.cookie });
    const events = (detail.json() as MentorshipDetail).events;
    expect(events.map((e) => [e.kind, e.actor])).toEqual([
      ['requested', 'them'],
      ['expired', 'tandem'],
    ]);
    expect(events[1]?.createdAt).toBe(created.json().expiresAt);
    // Once expired, the pair may ask again.
    expect((await request(mentee.cookie, mentor.user.id, [mentee.goal.id])).statusCode).toBe(201);
  });

  it('expires on accept even when nobody listed it first', async () => {
    const mentor = await buildMentor(t.app.auth, t.database.db);
    const mentee = await menteeWithGoal();
    const id = (await request(mentee.cookie, mentor.user.id, [mentee.goal.id])).json().id;
    tc.advance(14 * DAY + 60_000);
    const accept = await call(t.app, 'POST', `/api/mentorships/${id}/accept`, {
      cookie: mentor.cookie,
    });
    expect(accept.statusCode).toBe(409);
    const detail = await call(t.app, 'GET', `/api/mentorships/${id}`, { cookie: mentee.cookie });
    expect(detail.json().status).toBe('expired');
  });
});

describe('someone else’s mentorship', () => {
  const routes: [string, string, unknown?][] = [
    ['GET', ''],
    ['PATCH', '', { cadence: 'weekly' }],
    ['PATCH', '', {}],
    ['POST', '/accept'],
    ['POST', '/decline', { reason: 'other' }],
    ['POST', '/decline', { reason: 'not-a-reason' }],
    ['POST', '/withdraw'],
    ['POST', '/pause', {}],
    ['POST', '/resume'],
    ['POST', '/invitation-link'],
  ];

  it('looks exactly like an unknown id on every participant route, whatever the body', async () => {
    const mentor = await buildMentor(t.app.auth, t.database.db);
    const mentee = await buildUser(t.app.auth);
    const pending = await buildMentorship(t.database.db, mentee.user.id, mentor.user.id, {
      status: 'pending',
      expiresAt: new Date(tc.now().getTime() + DAY),
    });
    const stranger = await buildUser(t.app.auth);
    const before = await snapshotDatabase(t.database.db);
    for (const [method, suffix, body] of routes) {
      const theirs = await call(t.app, method as 'GET', `/api/mentorships/${pending.id}${suffix}`, {
        cookie: stranger.cookie,
        body,
      });
      const unknown = await call(
        t.app,
        method as 'GET',
        `/api/mentorships/${randomUUID()}${suffix}`,
        { cookie: stranger.cookie, body },
      );
      expect(theirs.statusCode, `${method} ${suffix}`).toBe(404);
      expect(theirs.json(), `${method} ${suffix}`).toEqual(unknown.json());
    }
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });
});
