import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildGoal } from '../../../tests/factories/goal.ts';
import { buildMentorship, buildSession } from '../../../tests/factories/mentorship.ts';
import { stagePrep } from '../../../tests/factories/prep-pair.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY, HOUR } from '../../../tests/setup/test-clock.ts';
import { mentoringSessions, sessionPreps } from '../../db/schema/mentoring-sessions.ts';
import { mentorshipGoals } from '../../db/schema/mentorships.ts';

const START = '2026-11-25T09:00:00Z';
const tc = createTestClock(START);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());
afterEach(() => tc.set(START));

const db = () => t.database.db;
const GOAL = 'Leave with a study plan for the system design round on 12 January.';
const link = { title: 'Portfolio', url: 'https://jo.example.dev', kind: 'project' as const };

const stage = () => stagePrep(t.app, db(), tc.now());

describe('reading the prep', () => {
  it('gives the mentee an empty, editable prep before anything is written', async () => {
    const { asMentee, goal, session } = await stage();
    const res = await asMentee('GET');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      sessionId: session.id,
      goal: '',
      goalId: null,
      questions: [],
      resources: [],
      sharedAt: null,
      firstReadAt: null,
      lastReadAt: null,
      updatedAt: session.createdAt.toISOString(),
      changesSinceRead: null,
      editable: true,
      // Only the goal shared in this mentorship, never the mentee's other goals.
      sharedGoals: [
        {
          id: goal.id,
          title: goal.title,
          category: goal.category,
          successCriterion: goal.successCriterion,
          targetDate: goal.targetDate,
          status: 'active',
        },
      ],
    });
  });

  it('keeps the draft from the mentor until it is shared, with a kind word naming the mentee', async () => {
    const { asMentee, base, mentor, session } = await stage();
    await asMentee('PUT', '/goal', { goal: GOAL });
    await asMentee('POST', '/questions', { text: 'A draft question only Jo should see?' });
    for (const url of [base, `/api/sessions/${session.id}/brief`]) {
      const res = await call(t.app, 'GET', url, { cookie: mentor.cookie });
      expect(res.statusCode, url).toBe(409);
      expect(res.json().error.code).toBe('prep_not_shared');
      expect(res.json().error.message).toMatch(/^Jo has not shared their prep/);
      expect(res.body).not.toContain('draft question');
    }
    await asMentee('POST', '/share');
    const shared = await call(t.app, 'GET', base, { cookie: mentor.cookie });
    expect(shared.statusCode).toBe(200);
    expect(shared.json()).toMatchObject({ goal: GOAL, editable: false });
    expect(shared.json().questions).toHaveLength(1);
  });
});

/** The write routes as the mentee would call them on a prep nothing was written to yet. */
const unknownItem = '00000000-0000-4000-8000-000000000001';
const WRITES_ON_EMPTY = [
  ['PUT', '/goal', { goal: GOAL }],
  ['POST', '/questions', { text: 'A question?' }],
  ['PATCH', `/questions/${unknownItem}`, { text: 'A question?' }],
  ['PUT', '/questions/order', { ids: [] }],
  ['DELETE', `/questions/${unknownItem}`, undefined],
  ['POST', '/resources', link],
  ['PATCH', `/resources/${unknownItem}`, { note: 'x' }],
  ['DELETE', `/resources/${unknownItem}`, undefined],
  ['POST', '/share', undefined],
] as const;

describe('who may write, and when', () => {
  /** A valid request for every write route, against a prep with one question and one link. */
  async function writes(s: Awaited<ReturnType<typeof stage>>) {
    const prep = (await s.asMentee('POST', '/questions', { text: 'How do I start?' })).json();
    const withLink = (await s.asMentee('POST', '/resources', link)).json();
    const q = prep.questions[0].id;
    const r = withLink.resources[0].id;
    return [
      ['PUT', '/goal', { goal: GOAL }],
      ['POST', '/questions', { text: 'Another question?' }],
      ['PATCH', `/questions/${q}`, { text: 'How do I start, really?' }],
      ['PUT', '/questions/order', { ids: [q] }],
      ['DELETE', `/questions/${q}`, undefined],
      ['POST', '/resources', link],
      ['PATCH', `/resources/${r}`, { note: 'The second project' }],
      ['DELETE', `/resources/${r}`, undefined],
      ['POST', '/share', undefined],
    ] as const;
  }

  it('refuses every write from the mentor with 403, changing nothing', async () => {
    const s = await stage();
    await s.asMentee('PUT', '/goal', { goal: GOAL });
    for (const [method, path, body] of await writes(s)) {
      const before = await snapshotDatabase(db());
      const res = await call(t.app, method, `${s.base}${path}`, { cookie: s.mentor.cookie, body });
      expect(res.statusCode, `${method} ${path}`).toBe(403);
      expect(res.json().error).toEqual({
        code: 'forbidden',
        message: 'Only Jo writes the prep for this session.',
      });
      expect(await snapshotDatabase(db())).toBe(before);
    }
  });

  it('answers a stranger and someone from another pair exactly as for an unknown session', async () => {
    const s = await stage();
    await s.asMentee('PUT', '/goal', { goal: GOAL });
    await s.asMentee('POST', '/share');
    const other = await stage();
    const stranger = await buildUser(t.app.auth);
    const unknownId = '00000000-0000-4000-8000-000000000000';
    const routes = [
      ['GET', s.base, undefined],
      ['GET', `/api/sessions/${s.session.id}/brief`, undefined],
      ...(await writes(s)).map(
        ([method, path, body]) => [method, `${s.base}${path}`, body] as const,
      ),
    ] as const;
    for (const [method, url, body] of routes) {
      const expected = await call(t.app, method, url.replace(s.session.id, unknownId), {
        cookie: stranger.cookie,
        body,
      });
      expect(expected.statusCode).toBe(404);
      for (const cookie of [stranger.cookie, other.mentee.cookie, other.mentor.cookie]) {
        const res = await call(t.app, method, url, { cookie, body });
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.json()).toEqual(expected.json());
      }
    }
    // Even an invalid body: outsiders learn nothing about what the route accepts.
    const res = await call(t.app, 'POST', `${s.base}/questions`, {
      cookie: stranger.cookie,
      body: {},
    });
    expect(res.statusCode).toBe(404);
  });

  it('refuses writes to a cancelled session and to one that is over, but not while it runs', async () => {
    const cancelled = await stage();
    await db()
      .update(mentoringSessions)
      .set({ status: 'cancelled', cancelledAt: tc.now() })
      .where(eq(mentoringSessions.id, cancelled.session.id));
    for (const [method, path, body] of WRITES_ON_EMPTY) {
      const res = await cancelled.asMentee(method, path, body);
      expect(res.statusCode, `${method} ${path}`).toBe(409);
      expect(res.json().error.code).toBe('invalid_state');
      expect(res.json().error.message).toMatch(/cancelled/);
    }
    expect((await cancelled.asMentee('GET')).json().editable).toBe(false);

    const running = await stage();
    await running.asMentee('PUT', '/goal', { goal: GOAL });
    tc.advance(3 * DAY + 30 * 60_000); // half-way through the hour
    expect((await running.asMentee('GET')).json().editable).toBe(true);
    expect((await running.asMentee('POST', '/questions', { text: 'Still time?' })).statusCode).toBe(
      201,
    );
    tc.advance(31 * 60_000); // just after its end
    expect((await running.asMentee('GET')).json().editable).toBe(false);
    const late = await running.asMentee('POST', '/questions', { text: 'Too late?' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'invalid_state' });
    expect(late.json().error.message).toMatch(/over/);
  });
});

describe('the session goal', () => {
  it('links only to a goal shared in this mentorship', async () => {
    const s = await stage();
    const linked = await s.asMentee('PUT', '/goal', { goal: GOAL, goalId: s.goal.id });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({ goal: GOAL, goalId: s.goal.id });

    // Jo's own goal that she never shared with Sam, and a goal shared in another pair.
    const otherMentor = await buildUser(t.app.auth);
    const elsewhere = await buildGoal(db(), s.mentee.user.id);
    await buildMentorship(db(), s.mentee.user.id, otherMentor.user.id, {
      goalIds: [elsewhere.id],
    });
    const someoneElses = await stage();
    for (const goalId of [s.privateGoal.id, elsewhere.id, someoneElses.goal.id]) {
      const before = await snapshotDatabase(db());
      const res = await s.asMentee('PUT', '/goal', { goal: 'A different goal sentence.', goalId });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['goalId']);
      expect(await snapshotDatabase(db())).toBe(before);
    }

    // Leaving goalId out replaces the whole goal: the link goes.
    const unlinked = await s.asMentee('PUT', '/goal', { goal: GOAL });
    expect(unlinked.json().goalId).toBeNull();
  });

  it('reads a link to a goal that is no longer shared as no link', async () => {
    const s = await stage();
    await s.asMentee('PUT', '/goal', { goal: GOAL, goalId: s.goal.id });
    await db().delete(mentorshipGoals).where(eq(mentorshipGoals.goalId, s.goal.id));
    expect((await s.asMentee('GET')).json()).toMatchObject({ goalId: null, sharedGoals: [] });
    const brief = await call(t.app, 'GET', `/api/sessions/${s.session.id}/brief`, {
      cookie: s.mentee.cookie,
    });
    expect(brief.json()).toMatchObject({ linkedGoal: null, sharedGoals: [] });
  });

  it('refuses a vague or oversize goal and creates no prep row', async () => {
    const s = await stage();
    for (const goal of ['Talk', 'x'.repeat(301), 'Two\nlines of goal']) {
      const res = await s.asMentee('PUT', '/goal', { goal });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toHaveProperty('goal');
    }
    const rows = await db()
      .select()
      .from(sessionPreps)
      .where(eq(sessionPreps.sessionId, s.session.id));
    expect(rows).toEqual([]);
  });

  it('dates every change with the clock, creating the prep on the first write', async () => {
    const s = await stage();
    tc.advance(HOUR);
    const first = (await s.asMentee('PUT', '/goal', { goal: GOAL })).json();
    expect(first.updatedAt).toBe(tc.now().toISOString());
    tc.advance(HOUR);
    const second = (await s.asMentee('POST', '/questions', { text: 'What next?' })).json();
    expect(second.updatedAt).toBe(tc.now().toISOString());
  });
});

describe('sharing', () => {
  it('needs a session goal, not questions, and keeps the first time it was shared', async () => {
    const s = await stage();
    await s.asMentee('POST', '/questions', { text: 'A question before the goal?' });
    const before = await snapshotDatabase(db());
    const early = await s.asMentee('POST', '/share');
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'prep_incomplete',
      fields: { goal: expect.any(String) },
    });
    expect(await snapshotDatabase(db())).toBe(before);

    const bare = await stage();
    await bare.asMentee('PUT', '/goal', { goal: GOAL });
    tc.advance(HOUR);
    const shared = await bare.asMentee('POST', '/share');
    expect(shared.statusCode).toBe(200);
    const firstShare = tc.now().toISOString();
    expect(shared.json()).toMatchObject({ sharedAt: firstShare, questions: [] });

    tc.advance(HOUR);
    await bare.asMentee('POST', '/questions', { text: 'Added after sharing?' });
    const again = await bare.asMentee('POST', '/share');
    expect(again.json().sharedAt).toBe(firstShare);
    expect(again.json().questions).toHaveLength(1);
  });

  it('is refused once the session was cancelled', async () => {
    const s = await stage();
    await s.asMentee('PUT', '/goal', { goal: GOAL });
    const session = await buildSession(db(), s.mentorship.id, {
      startsAt: new Date(tc.now().getTime() + DAY),
      status: 'cancelled',
    });
    const res = await call(t.app, 'POST', `/api/sessions/${session.id}/prep/share`, {
      cookie: s.mentee.cookie,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('invalid_state');
  });
});
