import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildMentorship, buildSession } from '../../../tests/factories/mentorship.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY, HOUR } from '../../../tests/setup/test-clock.ts';
import { mentorships } from '../../db/schema/mentorships.ts';

const START = '2026-11-25T09:00:00Z';
const tc = createTestClock(START);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());
afterEach(() => tc.set(START));

const db = () => t.database.db;

/**
 * Jo (mentee) and Sam (mentor) with `held` sessions behind them, two days apart, each an hour
 * long, the last one ending an hour before now.
 */
async function stage(held: number, { every = 3 } = {}) {
  const jo = await buildUser(t.app.auth, { name: 'Jo Okafor' });
  const sam = await buildUser(t.app.auth, { name: 'Sam Lee' });
  const mentorship = await buildMentorship(db(), jo.user.id, sam.user.id, {
    fitCheckEvery: every,
  });
  const sessions = [];
  for (let i = 0; i < held; i += 1) {
    const startsAt = new Date(tc.now().getTime() - 2 * HOUR - (held - 1 - i) * 2 * DAY);
    sessions.push(await buildSession(db(), mentorship.id, { startsAt, durationMinutes: 60 }));
  }
  const url = `/api/mentorships/${mentorship.id}/fit-check`;
  const as = (who: { cookie: string }) => ({
    get: () => call(t.app, 'GET', url, { cookie: who.cookie }),
    put: (body: unknown) => call(t.app, 'PUT', url, { cookie: who.cookie, body }),
  });
  /** One more held session, starting now and ending in an hour. */
  const holdAnother = () =>
    buildSession(db(), mentorship.id, { startsAt: tc.now(), durationMinutes: 60 });
  return {
    jo: as(jo),
    sam: as(sam),
    joUser: jo,
    samUser: sam,
    mentorship,
    sessions,
    url,
    holdAnother,
  };
}

const tag = () => randomBytes(6).toString('hex');

describe('rounds', () => {
  it('has nothing to ask before the first session', async () => {
    const s = await stage(0);
    const res = await s.jo.get();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      state: 'none-yet',
      current: null,
      history: [],
      proposeClosure: false,
      every: 3,
      nextRoundAtSession: 1,
      heldSessions: 0,
    });
    const before = await snapshotDatabase(db());
    const put = await s.jo.put({ round: 1, answer: 'continue' });
    expect(put.statusCode).toBe(409);
    expect(await snapshotDatabase(db())).toBe(before);
  });

  it('opens round 1 at the end of the first held session, revealed a week later at most', async () => {
    const s = await stage(1);
    const end = new Date(tc.now().getTime() - HOUR);
    const fit = (await s.sam.get()).json();
    expect(fit.state).toBe('open');
    expect(fit.current).toEqual({
      number: 1,
      openedAt: end.toISOString(),
      revealAt: new Date(end.getTime() + 7 * DAY).toISOString(),
      revealedAt: null,
      answerable: true,
      mine: null,
      theyHaveAnswered: false,
      theirs: null,
    });
    expect(fit.nextRoundAtSession).toBe(3);
  });

  it('opens round 2 at the 3rd held session, closing an unanswered round 1', async () => {
    const s = await stage(3);
    const fit = (await s.jo.get()).json();
    expect(fit.current.number).toBe(2);
    expect(fit.nextRoundAtSession).toBe(6);
    const before = await snapshotDatabase(db());
    const old = await s.jo.put({ round: 1, answer: 'continue' });
    expect(old.statusCode).toBe(409);
    expect(old.json().error.message).toBe(
      'Round 1 closed when round 2 opened. Answer round 2 instead.',
    );
    const future = await s.jo.put({ round: 3, answer: 'continue' });
    expect(future.statusCode).toBe(409);
    expect(await snapshotDatabase(db())).toBe(before);
    expect((await s.jo.put({ round: 2, answer: 'adjust' })).statusCode).toBe(200);
  });

  it('follows the mentorship’s own period once it changes', async () => {
    const s = await stage(4);
    expect((await s.jo.get()).json().current.number).toBe(2);
    const patched = await call(t.app, 'PATCH', `/api/mentorships/${s.mentorship.id}`, {
      cookie: s.samUser.cookie,
      body: { fitCheckEvery: 1 },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().fitCheckEvery).toBe(1);
    const fit = (await s.jo.get()).json();
    expect(fit).toMatchObject({ every: 1, nextRoundAtSession: 5, current: { number: 3 } });
    const refused = await call(t.app, 'PATCH', `/api/mentorships/${s.mentorship.id}`, {
      cookie: s.samUser.cookie,
      body: { fitCheckEvery: 13 },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.fitCheckEvery).toMatch(/12 sessions/);
  });
});

describe('the reveal rule', () => {
  it('keeps the first answer and its note from the other side, saying only that they answered', async () => {
    const s = await stage(1);
    const answerCanary = 'wind-down';
    const note = `canary-note-${tag()}`;
    const mine = await s.jo.put({ round: 1, answer: answerCanary, note });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().current).toMatchObject({
      mine: { answer: 'wind-down', note },
      theyHaveAnswered: false,
      theirs: null,
    });
    const theirs = await s.sam.get();
    expect(theirs.json().current).toMatchObject({
      mine: null,
      theyHaveAnswered: true,
      theirs: null,
    });
    expect(theirs.json().proposeClosure).toBe(false);
    expect(theirs.body).not.toContain(note);
    expect(theirs.body).not.toContain(answerCanary);
    // Nor from the mentorship page's own route.
    const detail = await call(t.app, 'GET', `/api/mentorships/${s.mentorship.id}`, {
      cookie: s.samUser.cookie,
    });
    expect(detail.body).not.toContain(note);
    expect(detail.body).not.toContain(answerCanary);
  });

  it('does not even say whether there is a note before the reveal', async () => {
    const a = await stage(1);
    const b = await stage(1);
    await a.jo.put({ round: 1, answer: 'continue', note: `A long thought ${tag()}` });
    await b.jo.put({ round: 1, answer: 'continue' });
    const strip = (body: string) => body.replace(/"(openedAt|revealAt)":"[^"]+"/g, '');
    expect(strip((await a.sam.get()).body)).toBe(strip((await b.sam.get()).body));
  });

  it('reveals both answers as soon as both have answered, and then they stay', async () => {
    const s = await stage(1);
    await s.jo.put({ round: 1, answer: 'continue', note: 'Going well.' });
    tc.advance(HOUR);
    const second = await s.sam.put({ round: 1, answer: 'wind-down', note: 'I am moving teams.' });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toMatchObject({
      state: 'revealed',
      proposeClosure: true,
      current: {
        revealedAt: tc.now().toISOString(),
        answerable: false,
        mine: { answer: 'wind-down', note: 'I am moving teams.' },
        theirs: { answer: 'continue', note: 'Going well.' },
      },
    });
    const jo = (await s.jo.get()).json();
    expect(jo.current.theirs).toMatchObject({ answer: 'wind-down', note: 'I am moving teams.' });
    expect(jo.proposeClosure).toBe(true);
    const before = await snapshotDatabase(db());
    const late = await s.jo.put({ round: 1, answer: 'adjust' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/already shown to both of you/);
    expect(await snapshotDatabase(db())).toBe(before);
  });

  it('lets an answer change before the reveal, and shows only the latest', async () => {
    const s = await stage(1);
    await s.jo.put({ round: 1, answer: 'wind-down', note: 'First thought' });
    await s.jo.put({ round: 1, answer: 'adjust', note: 'Second thought' });
    await s.sam.put({ round: 1, answer: 'continue' });
    const fit = (await s.sam.get()).json();
    expect(fit.current.theirs).toMatchObject({ answer: 'adjust', note: 'Second thought' });
    expect(fit.proposeClosure).toBe(false);
  });

  it('reveals what was given 7 days after the round opened; a missing answer stays missing', async () => {
    const s = await stage(1);
    await s.jo.put({ round: 1, answer: 'adjust', note: 'Shorter sessions?' });
    const opened = new Date(tc.now().getTime() - HOUR);
    tc.set(new Date(opened.getTime() + 7 * DAY - 1000));
    expect((await s.sam.get()).json().current.theirs).toBeNull();
    expect((await s.sam.get()).json().state).toBe('open');
    tc.set(new Date(opened.getTime() + 7 * DAY));
    const sam = (await s.sam.get()).json();
    expect(sam.state).toBe('revealed');
    expect(sam.current).toMatchObject({
      revealedAt: new Date(opened.getTime() + 7 * DAY).toISOString(),
      answerable: false,
      mine: null,
      theirs: { answer: 'adjust', note: 'Shorter sessions?' },
    });
    const put = await s.sam.put({ round: 1, answer: 'continue' });
    expect(put.statusCode).toBe(409);
  });

  it('keeps revealed rounds in the history once a newer round opens', async () => {
    const s = await stage(2);
    await s.jo.put({ round: 1, answer: 'continue' });
    await s.sam.put({ round: 1, answer: 'wind-down' });
    await s.holdAnother();
    // Round 2 opens when that session ends, not while it is still going.
    expect((await s.jo.get()).json().current).toMatchObject({ number: 1 });
    tc.advance(60 * 60_000);
    const fit = (await s.jo.get()).json();
    expect(fit.current).toMatchObject({ number: 2, mine: null });
    expect(fit.history).toHaveLength(1);
    expect(fit.history[0]).toMatchObject({
      number: 1,
      mine: { answer: 'continue' },
      theirs: { answer: 'wind-down' },
    });
    // The latest revealed round still says wind-down until round 2 is revealed.
    expect(fit.proposeClosure).toBe(true);
  });
});

describe('who may answer', () => {
  it('lets a paused pair answer, but not a closed one', async () => {
    const s = await stage(1);
    await db()
      .update(mentorships)
      .set({ status: 'paused' })
      .where(eq(mentorships.id, s.mentorship.id));
    expect((await s.jo.put({ round: 1, answer: 'continue' })).statusCode).toBe(200);
    await db()
      .update(mentorships)
      .set({ status: 'closed', closedAt: tc.now() })
      .where(eq(mentorships.id, s.mentorship.id));
    const before = await snapshotDatabase(db());
    const res = await s.sam.put({ round: 1, answer: 'continue' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('This mentorship has closed, so its fit check is over.');
    expect(await snapshotDatabase(db())).toBe(before);
    expect((await s.sam.get()).json().current.answerable).toBe(false);
  });

  it('answers outsiders as for an unknown mentorship and never shows them an answer', async () => {
    const s = await stage(1);
    const note = `canary-${tag()}`;
    await s.jo.put({ round: 1, answer: 'continue', note });
    await s.sam.put({ round: 1, answer: 'continue', note });
    const stranger = await buildUser(t.app.auth);
    const before = await snapshotDatabase(db());
    for (const body of [undefined, { round: 1, answer: 'continue' }, { round: 'x' }]) {
      const res = await call(t.app, body ? 'PUT' : 'GET', s.url, { cookie: stranger.cookie, body });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(note);
    }
    expect(await snapshotDatabase(db())).toBe(before);
  });

  it('refuses bad input with a message naming the field, saving nothing', async () => {
    const s = await stage(1);
    for (const [body, field] of [
      [{ round: 1, answer: 'maybe' }, 'answer'],
      [{ round: 0, answer: 'continue' }, 'round'],
      [{ round: 1, answer: 'continue', note: 'x'.repeat(1001) }, 'note'],
      [{ answer: 'continue' }, 'round'],
    ] as const) {
      const before = await snapshotDatabase(db());
      const res = await s.jo.put(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {})).toContain(field);
      expect(await snapshotDatabase(db())).toBe(before);
    }
  });
});
