import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPrepPair } from '../../../tests/factories/prep-pair.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, HOUR } from '../../../tests/setup/test-clock.ts';

const START = '2026-11-25T09:00:00Z';
const tc = createTestClock(START);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());
afterEach(() => tc.set(START));

const GOAL = 'Leave with a study plan for the system design round on 12 January.';

/** A prep with a goal linked to the shared goal, two questions and a link, shared. */
async function sharedPrep() {
  const pair = await buildPrepPair(t.app, t.database.db, tc.now());
  const base = `/api/sessions/${pair.session.id}`;
  const asMentee = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
  ) => call(t.app, method, `${base}${path}`, { cookie: pair.mentee.cookie, body });
  const asMentor = (path: string) =>
    call(t.app, 'GET', `${base}${path}`, { cookie: pair.mentor.cookie });
  await asMentee('PUT', '/prep/goal', { goal: GOAL, goalId: pair.goal.id });
  await asMentee('POST', '/prep/questions', { text: 'How do I practise system design alone?' });
  await asMentee('POST', '/prep/questions', { text: 'Which trade-offs do interviewers probe?' });
  await asMentee('POST', '/prep/resources', {
    title: 'Design notes',
    url: 'https://notes.example.dev/design',
    kind: 'document',
    note: 'My notes from the last mock',
  });
  await asMentee('POST', '/prep/share');
  return { ...pair, asMentee, asMentor };
}

describe('the brief', () => {
  it('gives the mentor the whole page: goal, questions, links, shared goals, no action items yet', async () => {
    const s = await sharedPrep();
    const res = await s.asMentor('/brief');
    expect(res.statusCode).toBe(200);
    const brief = res.json();
    expect(brief).toMatchObject({
      menteeName: 'Jo Okafor',
      mentorName: 'Sam Lee',
      session: { id: s.session.id, myRole: 'mentor', myTimeZone: 'America/Toronto' },
      prep: { goal: GOAL, goalId: s.goal.id, editable: false },
      linkedGoal: {
        id: s.goal.id,
        successCriterion: s.goal.successCriterion,
        targetDate: '2027-02-28',
      },
      openActionItems: [],
    });
    expect(brief.session.counterpart).toMatchObject({
      name: 'Jo Okafor',
      timeZone: 'Europe/Paris',
    });
    expect(brief.prep.questions.map((q: { text: string }) => q.text)).toEqual([
      'How do I practise system design alone?',
      'Which trade-offs do interviewers probe?',
    ]);
    expect(brief.prep.resources[0]).toMatchObject({ title: 'Design notes', kind: 'document' });
    expect(brief.sharedGoals.map((g: { id: string }) => g.id)).toEqual([s.goal.id]);
    // Jo's goal she never shared stays hers.
    expect(res.body).not.toContain(s.privateGoal.title);
  });

  it('records the mentor’s reads: the first stays, the latest moves with the clock', async () => {
    const s = await sharedPrep();
    tc.advance(HOUR);
    const firstRead = tc.now().toISOString();
    const first = (await s.asMentor('/brief')).json();
    expect(first.prep).toMatchObject({ firstReadAt: firstRead, lastReadAt: firstRead });
    expect(first.session.prep.lastReadAt).toBe(firstRead);

    tc.advance(2 * HOUR);
    const second = (await s.asMentor('/brief')).json();
    expect(second.prep).toMatchObject({
      firstReadAt: firstRead,
      lastReadAt: tc.now().toISOString(),
    });
    const seenByMentee = (await s.asMentee('GET', '/prep')).json();
    expect(seenByMentee).toMatchObject({
      firstReadAt: firstRead,
      lastReadAt: tc.now().toISOString(),
    });
  });

  it('lets the mentee preview it without it ever counting as read', async () => {
    const s = await sharedPrep();
    const preview = await s.asMentee('GET', '/brief');
    expect(preview.statusCode).toBe(200);
    expect(preview.json().prep).toMatchObject({
      firstReadAt: null,
      lastReadAt: null,
      editable: true,
    });
    expect(preview.json().session.myRole).toBe('mentee');
    expect((await s.asMentee('GET', '/prep')).json()).toMatchObject({
      firstReadAt: null,
      lastReadAt: null,
      changesSinceRead: null,
    });
  });

  it('lets the mentee preview an unshared draft too', async () => {
    const pair = await buildPrepPair(t.app, t.database.db, tc.now());
    const res = await call(t.app, 'GET', `/api/sessions/${pair.session.id}/brief`, {
      cookie: pair.mentee.cookie,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ prep: { goal: '', sharedAt: null }, linkedGoal: null });
  });
});

describe('changed since read', () => {
  it('marks edits after the read for both, and clears them once the mentor reads again', async () => {
    const s = await sharedPrep();
    await s.asMentor('/brief');
    const read = (await s.asMentee('GET', '/prep')).json();
    expect(read.changesSinceRead).toEqual({
      goal: false,
      reordered: false,
      removedQuestions: [],
      removedResources: [],
      any: false,
    });
    const [q1, q2] = read.questions.map((q: { id: string }) => q.id);
    const [r1] = read.resources.map((r: { id: string }) => r.id);

    tc.advance(HOUR);
    await s.asMentee('PATCH', `/prep/questions/${q1}`, {
      text: 'How do I practise system design alone, in one hour a day?',
    });
    await s.asMentee('DELETE', `/prep/questions/${q2}`);
    await s.asMentee('POST', '/prep/questions', { text: 'Could we do a mock round next time?' });
    await s.asMentee('PATCH', `/prep/resources/${r1}`, { note: 'Updated after a second mock' });
    await s.asMentee('PUT', '/prep/goal', { goal: `${GOAL.slice(0, -1)}, and a mock date.` });

    const marked = (await s.asMentee('GET', '/prep')).json();
    expect(
      marked.questions.map((q: { changedSinceRead: string | null }) => q.changedSinceRead),
    ).toEqual(['edited', 'added']);
    expect(marked.resources[0].changedSinceRead).toBe('edited');
    expect(marked.changesSinceRead).toEqual({
      goal: true,
      reordered: false,
      removedQuestions: ['Which trade-offs do interviewers probe?'],
      removedResources: [],
      any: true,
    });
    // The summary agrees: edited after the last read.
    const summary = await summaryFor(s.mentee, s.session.id);
    expect(summary.prep.changedSinceRead).toBe(true);

    // The mentor's next read shows what is new to them, then the marks clear.
    tc.advance(HOUR);
    const reread = (await s.asMentor('/brief')).json();
    expect(reread.prep.changesSinceRead).toMatchObject({ goal: true, any: true });
    expect(reread.prep.questions[1].changedSinceRead).toBe('added');
    expect(reread.session.prep.changedSinceRead).toBe(false);

    const cleared = (await s.asMentee('GET', '/prep')).json();
    expect(cleared.changesSinceRead).toMatchObject({ any: false, removedQuestions: [] });
    expect(
      cleared.questions.every((q: { changedSinceRead: null }) => q.changedSinceRead === null),
    ).toBe(true);
    expect(cleared.resources[0].changedSinceRead).toBeNull();
    expect((await s.asMentor('/prep')).json().changesSinceRead.any).toBe(false);
  });

  it('notices removed links, reordered questions and an unlinked goal', async () => {
    const s = await sharedPrep();
    await s.asMentor('/brief');
    const prep = (await s.asMentee('GET', '/prep')).json();
    const ids = prep.questions.map((q: { id: string }) => q.id);
    await s.asMentee('PUT', '/prep/questions/order', { ids: [...ids].reverse() });
    await s.asMentee('DELETE', `/prep/resources/${prep.resources[0].id}`);
    await s.asMentee('PUT', '/prep/goal', { goal: GOAL });
    expect((await s.asMentee('GET', '/prep')).json().changesSinceRead).toEqual({
      goal: true,
      reordered: true,
      removedQuestions: [],
      removedResources: ['Design notes'],
      any: true,
    });
  });
});

describe('the mentor never sees an unshared draft', () => {
  it('in the session either (GET /api/sessions/:id): counts stay at zero until shared', async () => {
    const pair = await buildPrepPair(t.app, t.database.db, tc.now());
    const base = `/api/sessions/${pair.session.id}/prep`;
    await call(t.app, 'PUT', `${base}/goal`, { cookie: pair.mentee.cookie, body: { goal: GOAL } });
    await call(t.app, 'POST', `${base}/questions`, {
      cookie: pair.mentee.cookie,
      body: { text: 'A draft question?' },
    });
    const forMentor = await summaryFor(pair.mentor, pair.session.id);
    expect(forMentor.prep).toEqual({
      goalWritten: false,
      questionCount: 0,
      resourceCount: 0,
      sharedAt: null,
      lastReadAt: null,
      changedSinceRead: false,
    });
    const forMentee = await summaryFor(pair.mentee, pair.session.id);
    expect(forMentee.prep).toMatchObject({ goalWritten: true, questionCount: 1 });

    await call(t.app, 'POST', `${base}/share`, { cookie: pair.mentee.cookie });
    const afterShare = await summaryFor(pair.mentor, pair.session.id);
    expect(afterShare.prep).toMatchObject({ goalWritten: true, questionCount: 1 });
  });
});

/** The session as `GET /api/sessions/:id` answers it to this person (its prep status included). */
async function summaryFor(user: { cookie: string }, sessionId: string) {
  const res = await call(t.app, 'GET', `/api/sessions/${sessionId}`, { cookie: user.cookie });
  expect(res.statusCode).toBe(200);
  return res.json();
}
