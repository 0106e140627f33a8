import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MentorshipStatus } from '../../../common/schemas/mentorships.ts';
import { buildMentorship } from '../../../tests/factories/mentorship.ts';
import { buildMentor } from '../../../tests/factories/profile.ts';
import { type BuiltUser, buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY } from '../../../tests/setup/test-clock.ts';
import { mentorships } from '../../db/schema/mentorships.ts';

/**
 * Every action on a directory request in every state, by each side. The expected outcomes are
 * written out here by hand (not derived from the rules module), so a change to the rules has
 * to change this table too.
 */
const tc = createTestClock('2026-11-25T09:00:00Z');
let t: TestApp;
let mentee: BuiltUser;
let mentor: BuiltUser;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
  mentee = await buildUser(t.app.auth, { name: 'Ama Owusu' });
  mentor = await buildMentor(t.app.auth, t.database.db, { capacity: 50 }, [], {
    name: 'Sam Reyes',
  });
});
afterAll(() => t.close());
// The pair may have only one open mentorship: each case starts from none.
afterEach(async () => {
  await t.database.db.delete(mentorships).where(eq(mentorships.menteeId, mentee.user.id));
});

type Side = 'mentee' | 'mentor';
type Action = 'accept' | 'decline' | 'withdraw' | 'pause' | 'resume' | 'update' | 'new-link';

const ACTIONS: Record<Action, { method: 'POST' | 'PATCH'; path: string; body?: unknown }> = {
  accept: { method: 'POST', path: '/accept' },
  decline: { method: 'POST', path: '/decline', body: { reason: 'no-capacity', note: 'Sorry!' } },
  withdraw: { method: 'POST', path: '/withdraw' },
  pause: { method: 'POST', path: '/pause', body: { note: 'Back after my exams.' } },
  resume: { method: 'POST', path: '/resume' },
  update: { method: 'PATCH', path: '', body: { cadence: 'monthly', prepDeadlineHours: 48 } },
  'new-link': { method: 'POST', path: '/invitation-link' },
};

/** State → side → the actions allowed, and the status each one leads to. */
const ALLOWED: Record<string, Record<Side, Partial<Record<Action, MentorshipStatus>>>> = {
  pending: {
    mentee: { withdraw: 'withdrawn' },
    mentor: { accept: 'active', decline: 'declined' },
  },
  'pending past expiry': { mentee: {}, mentor: {} },
  active: {
    mentee: { pause: 'paused', update: 'active' },
    mentor: { pause: 'paused', update: 'active' },
  },
  paused: {
    mentee: { resume: 'active', update: 'paused' },
    mentor: { resume: 'active', update: 'paused' },
  },
  declined: { mentee: {}, mentor: {} },
  withdrawn: { mentee: {}, mentor: {} },
  expired: { mentee: {}, mentor: {} },
  closed: { mentee: {}, mentor: {} },
};

async function buildInState(state: string) {
  const now = tc.now();
  const future = new Date(now.getTime() + 7 * DAY);
  const past = new Date(now.getTime() - 60_000);
  const pending = { respondedAt: null, startedAt: null, expiresAt: future };
  const byState: Record<string, Parameters<typeof buildMentorship>[3]> = {
    pending: { status: 'pending', ...pending },
    'pending past expiry': { status: 'pending', ...pending, expiresAt: past },
    active: {},
    paused: { status: 'paused', pausedAt: now },
    declined: { status: 'declined', startedAt: null, declineReason: 'other' },
    withdrawn: { status: 'withdrawn', ...pending },
    expired: { status: 'expired', ...pending, expiresAt: past },
    closed: { status: 'closed', closedAt: now },
  };
  return buildMentorship(t.database.db, mentee.user.id, mentor.user.id, byState[state]);
}

async function statusOf(id: string) {
  const [row] = await t.database.db.select().from(mentorships).where(eq(mentorships.id, id));
  return row?.status;
}

describe('state transitions of a directory request', () => {
  for (const [state, sides] of Object.entries(ALLOWED)) {
    for (const side of ['mentee', 'mentor'] as const) {
      for (const [action, spec] of Object.entries(ACTIONS) as [
        Action,
        (typeof ACTIONS)[Action],
      ][]) {
        const expected = sides[side][action];
        it(`${state}: ${action} by the ${side} → ${expected ?? '409 invalid_state'}`, async () => {
          const row = await buildInState(state);
          const cookie = side === 'mentee' ? mentee.cookie : mentor.cookie;
          // A refusal after the expiry sweep is judged against the swept state.
          if (state === 'pending past expiry') {
            await call(t.app, 'GET', `/api/mentorships/${row.id}`, { cookie });
          }
          const before = await snapshotDatabase(t.database.db);
          const res = await call(t.app, spec.method, `/api/mentorships/${row.id}${spec.path}`, {
            cookie,
            body: spec.body,
          });
          if (expected) {
            expect(res.statusCode, res.body).toBe(200);
            expect(res.json().status).toBe(expected);
            expect(await statusOf(row.id)).toBe(expected);
          } else {
            expect(res.statusCode, res.body).toBe(409);
            expect(res.json().error.code).toBe('invalid_state');
            expect(await snapshotDatabase(t.database.db)).toBe(before);
          }
        });
      }
    }
  }
});

describe('what each transition records', () => {
  it('accept, pause, resume and update leave dated traces both sides read', async () => {
    const row = await buildInState('pending');
    const path = `/api/mentorships/${row.id}`;
    await call(t.app, 'POST', `${path}/accept`, { cookie: mentor.cookie });
    tc.advance(DAY);
    const paused = await call(t.app, 'POST', `${path}/pause`, {
      cookie: mentee.cookie,
      body: { note: 'Moving house this month.' },
    });
    expect(paused.json()).toMatchObject({ status: 'paused', pausedAt: tc.now().toISOString() });
    tc.advance(DAY);
    const resumed = await call(t.app, 'POST', `${path}/resume`, { cookie: mentor.cookie });
    expect(resumed.json()).toMatchObject({ status: 'active', pausedAt: null });
    // Events at the very same instant would have no order: the test clock stands still otherwise.
    tc.advance(60_000);
    await call(t.app, 'PATCH', path, {
      cookie: mentee.cookie,
      body: { cadence: 'weekly', prepDeadlineHours: 12 },
    });
    const mine = (await call(t.app, 'GET', path, { cookie: mentee.cookie })).json();
    expect(mine).toMatchObject({ cadence: 'weekly', prepDeadlineHours: 12, status: 'active' });
    expect(mine.startedAt).toBe(mine.respondedAt);
    expect(
      mine.events.map((e: { kind: string; actor: string; note: string }) => [
        e.kind,
        e.actor,
        e.note,
      ]),
    ).toEqual([
      ['accepted', 'them', ''],
      ['paused', 'me', 'Moving house this month.'],
      ['resumed', 'them', ''],
      ['updated', 'me', 'Cadence: weekly · Prep due 12 hours before each session'],
    ]);
  });

  it('a decline shows the mentee a kind message in the mentor’s name, with their note', async () => {
    const row = await buildInState('pending');
    const res = await call(t.app, 'POST', `/api/mentorships/${row.id}/decline`, {
      cookie: mentor.cookie,
      body: { reason: 'no-capacity', note: '  Try me again in March!  ' },
    });
    expect(res.statusCode).toBe(200);
    const seen = (
      await call(t.app, 'GET', `/api/mentorships/${row.id}`, { cookie: mentee.cookie })
    ).json();
    expect(seen.decline).toEqual({
      reason: 'no-capacity',
      message: expect.stringMatching(/^Sam's mentoring hours are full right now\./),
      note: 'Try me again in March!',
    });
    expect(seen.respondedAt).toBe(tc.now().toISOString());
  });

  it('a decline needs a reason from the list', async () => {
    const row = await buildInState('pending');
    const res = await call(t.app, 'POST', `/api/mentorships/${row.id}/decline`, {
      cookie: mentor.cookie,
      body: { reason: 'too-busy' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.reason).toBe('Choose a reason from the list.');
    expect(await statusOf(row.id)).toBe('pending');
  });
});
