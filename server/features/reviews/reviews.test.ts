import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPrep, buildSession } from '../../../tests/factories/mentorship.ts';
import { buildPrepPair } from '../../../tests/factories/prep-pair.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY, HOUR } from '../../../tests/setup/test-clock.ts';
import { mentoringSessions } from '../../db/schema/mentoring-sessions.ts';

const START = '2026-11-25T09:00:00Z';
const tc = createTestClock(START);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());
afterEach(() => tc.set(START));

const db = () => t.database.db;
const SESSION_GOAL = 'Leave with a study plan for the system design interview.';

/** Jo (mentee) and Sam (mentor), their session three days ahead, with the prep shared. */
async function stage({ shared = true } = {}) {
  const pair = await buildPrepPair(t.app, db(), tc.now());
  await buildPrep(db(), pair.session.id, { goal: SESSION_GOAL, shared });
  const reviews = `/api/sessions/${pair.session.id}/reviews`;
  const review = `/api/sessions/${pair.session.id}/review`;
  const as = (who: { cookie: string }) => ({
    get: () => call(t.app, 'GET', reviews, { cookie: who.cookie }),
    put: (body: unknown) => call(t.app, 'PUT', review, { cookie: who.cookie, body }),
  });
  /** Moves the clock to one hour after the session started. */
  const startSession = () => tc.set(new Date(pair.session.startsAt.getTime() + HOUR));
  return { ...pair, jo: as(pair.mentee), sam: as(pair.mentor), startSession };
}

const GOOD = {
  goalMet: 'partly',
  whyNot: 'We ran out of time before the second design exercise.',
  mostUseful: 'Drawing the read path on the whiteboard first.',
  nextSteps: 'Jo sketches a URL shortener; Sam reviews it on Friday.',
  privateReflection: 'I talked too much in the first half.',
};

describe('before the session', () => {
  it('refuses a review before the start with 409, saving nothing, and offers none', async () => {
    const s = await stage();
    const before = await snapshotDatabase(db());
    const res = await s.jo.put(GOOD);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toEqual({
      code: 'invalid_state',
      message: 'You can review the session once it has started.',
    });
    expect(await snapshotDatabase(db())).toBe(before);
    const read = await s.jo.get();
    expect(read.json()).toEqual({
      mine: null,
      theirs: null,
      canReview: false,
      sessionGoal: SESSION_GOAL,
    });
  });

  it('refuses a review of a cancelled session', async () => {
    const s = await stage();
    await db()
      .update(mentoringSessions)
      .set({ status: 'cancelled', cancelledAt: tc.now() })
      .where(eq(mentoringSessions.id, s.session.id));
    s.startSession();
    const before = await snapshotDatabase(db());
    const res = await s.sam.put({ goalMet: 'yes' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/cancelled/);
    expect(await snapshotDatabase(db())).toBe(before);
    expect((await s.sam.get()).json().canReview).toBe(false);
  });
});

describe('writing a review', () => {
  it('saves the review once the session has started and shows the shared part to the other', async () => {
    const s = await stage();
    s.startSession();
    const saved = await s.jo.put(GOOD);
    expect(saved.statusCode, saved.body).toBe(200);
    const updatedAt = tc.now().toISOString();
    expect(saved.json()).toEqual({
      mine: { ...GOOD, createdAt: updatedAt, updatedAt },
      theirs: null,
      canReview: true,
      sessionGoal: SESSION_GOAL,
    });
    const seen = (await s.sam.get()).json();
    expect(seen.mine).toBeNull();
    expect(seen.theirs).toEqual({
      goalMet: 'partly',
      whyNot: GOOD.whyNot,
      mostUseful: GOOD.mostUseful,
      nextSteps: GOOD.nextSteps,
      updatedAt,
    });
  });

  it('needs a why-not of at least 10 characters unless the goal was met', async () => {
    const s = await stage();
    s.startSession();
    for (const body of [
      { goalMet: 'no' },
      { goalMet: 'partly', whyNot: 'too short' },
      { goalMet: 'no', whyNot: '          ' },
    ]) {
      const before = await snapshotDatabase(db());
      const res = await s.jo.put(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields.whyNot).toMatch(/what got in the way/);
      expect(await snapshotDatabase(db())).toBe(before);
    }
    const yes = await s.jo.put({ goalMet: 'yes' });
    expect(yes.statusCode).toBe(200);
  });

  it('refuses bad input with a message naming the field, saving nothing', async () => {
    const s = await stage();
    s.startSession();
    for (const [body, field] of [
      [{ goalMet: 'maybe' }, 'goalMet'],
      [{ goalMet: 'yes', nextSteps: 'x'.repeat(2001) }, 'nextSteps'],
      [{ goalMet: 'yes', privateReflection: 'bell\u0007' }, 'privateReflection'],
    ] as const) {
      const before = await snapshotDatabase(db());
      const res = await s.sam.put(body);
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {})).toContain(field);
      expect(await snapshotDatabase(db())).toBe(before);
    }
  });

  it('lets the author change their review later, clearing why-not once the goal was met', async () => {
    const s = await stage();
    s.startSession();
    await s.sam.put(GOOD);
    tc.advance(3 * DAY);
    const edited = await s.sam.put({
      goalMet: 'yes',
      whyNot: 'Left over from before',
      nextSteps: 'Mock interview next.',
    });
    expect(edited.statusCode).toBe(200);
    const mine = edited.json().mine;
    expect(mine).toMatchObject({
      goalMet: 'yes',
      whyNot: '',
      mostUseful: '',
      nextSteps: 'Mock interview next.',
      privateReflection: '',
    });
    expect(mine.updatedAt).toBe(tc.now().toISOString());
    expect(mine.createdAt).not.toBe(mine.updatedAt);
    expect((await s.jo.get()).json().theirs).toMatchObject({ goalMet: 'yes', whyNot: '' });
  });

  it('never shows the other person’s private reflection (canary)', async () => {
    const s = await stage();
    s.startSession();
    const canary = `canary-reflection-${randomBytes(6).toString('hex')}`;
    await s.jo.put({ ...GOOD, privateReflection: canary });
    const samCanary = `canary-sam-${randomBytes(6).toString('hex')}`;
    await s.sam.put({ goalMet: 'yes', privateReflection: samCanary });
    const samReads = [
      await s.sam.get(),
      await s.sam.put({ goalMet: 'yes', mostUseful: 'Seeing the plan.' }),
      await call(t.app, 'GET', `/api/sessions/${s.session.id}`, { cookie: s.mentor.cookie }),
    ];
    for (const res of samReads) {
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(canary);
    }
    // Jo sees her own, and not Sam's.
    const jo = await s.jo.get();
    expect(jo.json().mine.privateReflection).toBe(canary);
    expect(jo.body).not.toContain(samCanary);
    expect(Object.keys(jo.json().theirs)).not.toContain('privateReflection');
  });
});

describe('who sees what', () => {
  it('shows the mentor the session goal only once the prep was shared', async () => {
    const s = await stage({ shared: false });
    s.startSession();
    expect((await s.sam.get()).json().sessionGoal).toBeNull();
    expect((await s.jo.get()).json().sessionGoal).toBe(SESSION_GOAL);
  });

  it('answers outsiders as for an unknown session, before looking at their input', async () => {
    const s = await stage();
    s.startSession();
    await s.jo.put(GOOD);
    const stranger = await buildUser(t.app.auth);
    const before = await snapshotDatabase(db());
    for (const [method, url, body] of [
      ['GET', `/api/sessions/${s.session.id}/reviews`, undefined],
      ['PUT', `/api/sessions/${s.session.id}/review`, GOOD],
      ['PUT', `/api/sessions/${s.session.id}/review`, { goalMet: 'nonsense' }],
    ] as const) {
      const res = await call(t.app, method, url, { cookie: stranger.cookie, body });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.body).not.toContain(GOOD.nextSteps);
    }
    expect(await snapshotDatabase(db())).toBe(before);
  });

  it('counts a recorded session that already happened as reviewable', async () => {
    const s = await stage();
    const past = await buildSession(db(), s.mentorship.id, {
      startsAt: new Date(tc.now().getTime() - 2 * DAY),
    });
    const res = await call(t.app, 'PUT', `/api/sessions/${past.id}/review`, {
      cookie: s.mentor.cookie,
      body: { goalMet: 'no', whyNot: 'Jo had to leave after ten minutes.' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ canReview: true, sessionGoal: null });
  });
});
