import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import {
  buildWorld,
  NOW,
  newApplication,
  planInterview,
  score,
  type World,
} from './interview-test-world.ts';

/**
 * Blind scoring, route by route and viewer by viewer: no response ever carries a score (or a
 * note) to someone on a live panel of the application who has not submitted their own, and no
 * draft ever reaches anyone but its author.
 */

const tc = createTestClock(NOW);
let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
  w = await buildWorld(t);
});
afterAll(() => t.close());

const get = (url: string, who: BuiltUser) => call(t.app, 'GET', url, { cookie: who.cookie });

/** Every response a staff member can get about an application and one of its interviews. */
async function everything(who: BuiltUser, applicationId: string, interviewId: string) {
  const [interview, list, scores, mine] = await Promise.all([
    get(`/api/interviews/${interviewId}`, who),
    get(`/api/applications/${applicationId}/interviews`, who),
    get(`/api/applications/${applicationId}/scores`, who),
    get('/api/me/interviews', who),
  ]);
  return { interview, list, scores, mine, all: [interview, list, scores, mine] };
}

/** Notes are written "<name> on <criterion>": finding a name there means a score leaked. */
const leaks = (body: string, author: BuiltUser) => body.includes(`${author.user.name} on `);

describe('two reviewers on one panel', () => {
  let interviewId: string;
  beforeAll(async () => {
    interviewId = await planInterview(t, w, [w.reviewerA, w.reviewerB]);
  });

  it('shows a reviewer who has not started nothing but a count', async () => {
    const { interview, scores } = await everything(w.reviewerA, w.applicationId, interviewId);
    expect(interview.json()).toMatchObject({
      viewer: { role: 'reviewer', onPanel: true, blind: true },
      mine: { state: 'not-started', scores: [] },
      othersSubmitted: 0,
      others: null,
    });
    expect(scores.json()).toEqual({
      applicationId: w.applicationId,
      blind: true,
      submittedCount: 0,
      criteria: [],
      overallMean: null,
      reviewers: [],
    });
  });

  it('keeps B’s submitted scores from A, who has only a draft, in every response', async () => {
    await score(t, w, interviewId, w.reviewerB, [5, 3, 4], { notes: 'Cleo overall' });
    await score(t, w, interviewId, w.reviewerA, [2, 4, 4], { draft: true, notes: 'Ben overall' });
    const seen = await everything(w.reviewerA, w.applicationId, interviewId);
    for (const res of seen.all) {
      expect(res.statusCode, res.body).toBe(200);
      expect(leaks(res.body, w.reviewerB), res.body).toBe(false);
      expect(res.body).not.toContain('Cleo overall');
    }
    const detail = seen.interview.json();
    expect(detail.others).toBeNull();
    expect(detail.othersSubmitted).toBe(1);
    expect(detail.mine).toMatchObject({ state: 'draft', notes: 'Ben overall', submittedAt: null });
    expect(detail.mine.scores.map((s: { score: number }) => s.score)).toEqual([2, 4, 4]);
    // The list names the panel but not who has submitted, except for A's own card.
    const [line] = seen.list.json().interviews;
    expect(line.panel).toEqual([
      { id: w.reviewerA.user.id, name: 'Ben Reviewer', scorecard: 'draft' },
      { id: w.reviewerB.user.id, name: 'Cleo Reviewer', scorecard: null },
    ]);
    expect(seen.scores.json()).toMatchObject({ blind: true, submittedCount: 1, criteria: [] });
  });

  it('never shows A’s draft to B, who has submitted, nor to an admin', async () => {
    for (const who of [w.reviewerB, w.admin]) {
      const seen = await everything(who, w.applicationId, interviewId);
      for (const res of seen.all) {
        expect(leaks(res.body, w.reviewerA), res.body).toBe(false);
        expect(res.body).not.toContain('Ben overall');
      }
      const detail = seen.interview.json();
      expect(detail.viewer.blind).toBe(false);
      expect(detail.others.map((c: { reviewer: { name: string } }) => c.reviewer.name)).toEqual(
        who === w.admin ? ['Cleo Reviewer'] : [],
      );
      // Only B's submitted card counts in the figures.
      expect(seen.scores.json()).toMatchObject({
        blind: false,
        submittedCount: 1,
        reviewers: [{ name: 'Cleo Reviewer' }],
      });
    }
    const list = (await get(`/api/applications/${w.applicationId}/interviews`, w.admin)).json();
    expect(list.interviews[0].panel.map((p: { scorecard: string }) => p.scorecard)).toEqual([
      'draft',
      'submitted',
    ]);
  });

  it('refuses an admin who is not on the panel a scorecard of their own', async () => {
    const res = await call(t.app, 'PUT', `/api/interviews/${interviewId}/scorecard`, {
      cookie: w.admin.cookie,
      body: { scores: [] },
    });
    expect(res.statusCode).toBe(403);
  });

  it('turns staff who are not on the panel, other admins and strangers away with a 404', async () => {
    for (const who of [w.reviewerC, w.otherAdmin, w.stranger, w.candidate]) {
      const seen = await everything(who, w.applicationId, interviewId);
      expect(seen.interview.statusCode).toBe(404);
      expect(seen.list.statusCode).toBe(404);
      expect(seen.scores.statusCode).toBe(404);
      for (const [method, url] of [
        ['PUT', `/api/interviews/${interviewId}/scorecard`],
        ['POST', `/api/interviews/${interviewId}/scorecard/submit`],
      ] as const) {
        const res = await call(t.app, method, url, {
          cookie: who.cookie,
          body: method === 'PUT' ? { scores: [] } : undefined,
        });
        expect(res.statusCode, `${who.user.name} ${method} ${url}`).toBe(404);
      }
    }
  });

  it('shows A everything once A submits, side by side, and then A’s card is read-only', async () => {
    const submitted = await call(t.app, 'POST', `/api/interviews/${interviewId}/scorecard/submit`, {
      cookie: w.reviewerA.cookie,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const detail = submitted.json();
    expect(detail.viewer.blind).toBe(false);
    expect(detail.mine.state).toBe('submitted');
    expect(detail.others).toHaveLength(1);
    expect(detail.others[0]).toMatchObject({
      reviewer: { name: 'Cleo Reviewer' },
      notes: 'Cleo overall',
    });
    const scores = (await get(`/api/applications/${w.applicationId}/scores`, w.reviewerA)).json();
    expect(scores).toMatchObject({ blind: false, submittedCount: 2 });
    const again = await call(t.app, 'PUT', `/api/interviews/${interviewId}/scorecard`, {
      cookie: w.reviewerA.cookie,
      body: { scores: [{ criterionId: w.criteria[0]?.id, score: 5 }] },
    });
    expect(again.statusCode).toBe(409);
    const twice = await call(t.app, 'POST', `/api/interviews/${interviewId}/scorecard/submit`, {
      cookie: w.reviewerA.cookie,
    });
    expect(twice.statusCode).toBe(409);
  });
});

describe('an admin on the panel, and a second interview', () => {
  it('keeps an admin who sits on a panel as blind as any reviewer until they submit', async () => {
    const { applicationId } = await newApplication(t, w, 'Lou Candidate');
    const interviewId = await planInterview(t, w, [w.admin, w.reviewerA], applicationId);
    await score(t, w, interviewId, w.reviewerA, [4, 4, 4], { notes: 'Ben on Lou' });
    const blind = await everything(w.admin, applicationId, interviewId);
    for (const res of blind.all) expect(leaks(res.body, w.reviewerA), res.body).toBe(false);
    expect(blind.interview.json()).toMatchObject({
      viewer: { role: 'admin', onPanel: true, blind: true },
      othersSubmitted: 1,
      others: null,
    });
    expect(blind.scores.json()).toMatchObject({ blind: true, submittedCount: 1 });
    await score(t, w, interviewId, w.admin, [3, 3, 3]);
    const sighted = await everything(w.admin, applicationId, interviewId);
    expect(sighted.interview.json().others).toHaveLength(1);
    expect(sighted.scores.json()).toMatchObject({ blind: false, submittedCount: 2 });
  });

  it('keeps a reviewer blind for the whole application while any of their panels waits on them', async () => {
    const { applicationId } = await newApplication(t, w, 'Mo Candidate');
    const first = await planInterview(t, w, [w.reviewerA, w.reviewerB], applicationId);
    const second = await planInterview(t, w, [w.reviewerA], applicationId);
    await score(t, w, first, w.reviewerB, [1, 1, 1]);
    await score(t, w, first, w.reviewerA, [5, 5, 5]);
    // A submitted on the first interview but not the second: still blind, on both.
    const onFirst = await everything(w.reviewerA, applicationId, first);
    expect(onFirst.interview.json()).toMatchObject({ others: null, othersSubmitted: 1 });
    expect(onFirst.scores.json().blind).toBe(true);
    for (const res of onFirst.all) expect(leaks(res.body, w.reviewerB)).toBe(false);
    await score(t, w, second, w.reviewerA, [4, 4, 4]);
    const after = await everything(w.reviewerA, applicationId, first);
    expect(after.interview.json().others).toHaveLength(1);
  });

  it('keeps a reviewer whose only interview was cancelled blind', async () => {
    const { applicationId } = await newApplication(t, w, 'Noa Candidate');
    const live = await planInterview(t, w, [w.reviewerB], applicationId);
    const dropped = await planInterview(t, w, [w.reviewerC], applicationId);
    await score(t, w, live, w.reviewerB, [2, 2, 2]);
    const cancel = await call(t.app, 'PATCH', `/api/interviews/${dropped}`, {
      cookie: w.admin.cookie,
      body: { cancel: true, reason: 'Two interviews were one too many.' },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const seen = await everything(w.reviewerC, applicationId, dropped);
    expect(seen.interview.json()).toMatchObject({ status: 'cancelled', others: null });
    expect(seen.scores.json()).toMatchObject({ blind: true, criteria: [] });
    for (const res of seen.all) expect(leaks(res.body, w.reviewerB)).toBe(false);
    // And the live interview is not C's to see.
    expect((await get(`/api/interviews/${live}`, w.reviewerC)).statusCode).toBe(404);
  });
});
