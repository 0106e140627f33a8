import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { remindersAbout } from '../../../tests/setup/reminder-rows.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { applications, cohortMembers } from '../../db/schema/programs.ts';
import {
  buildWorld,
  NOW,
  newApplication,
  planInterview,
  score,
  type World,
} from './interview-test-world.ts';

const tc = createTestClock(NOW);
let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
  w = await buildWorld(t);
});
afterAll(() => t.close());

const decide = (applicationId: string, body: unknown, cookie = w.admin.cookie) =>
  call(t.app, 'POST', `/api/applications/${applicationId}/decision`, { cookie, body });

async function membership(userId: string) {
  return t.database.db
    .select()
    .from(cohortMembers)
    .where(and(eq(cohortMembers.cohortId, w.cohortId), eq(cohortMembers.userId, userId)));
}

describe('scores across reviewers', () => {
  it('computes mean, min, max and spread per criterion, flags disagreement, and the overall mean', async () => {
    const first = await planInterview(t, w, [w.reviewerA, w.reviewerB]);
    const second = await planInterview(t, w, [w.reviewerC]);
    await score(t, w, first, w.reviewerA, [2, 4, 4]);
    await score(t, w, first, w.reviewerB, [5, 3, 4]);
    // C has not submitted: blind, and C's draft counts nowhere.
    await score(t, w, second, w.reviewerC, [1, 1, 1], { draft: true });
    const partial = await call(t.app, 'GET', `/api/applications/${w.applicationId}/scores`, {
      cookie: w.admin.cookie,
    });
    expect(partial.json()).toMatchObject({ submittedCount: 2, overallMean: 3.67 });
    // Clarity (2, 5): mean 3.5, spread 3; commitment (4, 3): 3.5; fit (4, 4): 4 → overall 3.67.
    expect(partial.json().criteria[0]).toMatchObject({ mean: 3.5, min: 2, max: 5, spread: 3 });

    await score(t, w, second, w.reviewerC, [3, 3, 5]);
    const res = await call(t.app, 'GET', `/api/applications/${w.applicationId}/scores`, {
      cookie: w.reviewerC.cookie,
    });
    expect(res.statusCode, res.body).toBe(200);
    const [clarity, commitment, fit] = w.criteria;
    // By hand: clarity 2, 5, 3 → 10/3; commitment 4, 3, 3 → 10/3; fit 4, 4, 5 → 13/3.
    // Overall: (10/3 + 10/3 + 13/3) / 3 = 33/9 = 3.666… → 3.67.
    expect(res.json()).toEqual({
      applicationId: w.applicationId,
      blind: false,
      submittedCount: 3,
      criteria: [
        {
          criterionId: clarity?.id,
          name: 'Clarity of goals',
          archived: false,
          count: 3,
          mean: 3.33,
          min: 2,
          max: 5,
          spread: 3,
          disagree: true,
        },
        {
          criterionId: commitment?.id,
          name: 'Commitment',
          archived: false,
          count: 3,
          mean: 3.33,
          min: 3,
          max: 4,
          spread: 1,
          disagree: false,
        },
        {
          criterionId: fit?.id,
          name: 'Fit',
          archived: false,
          count: 3,
          mean: 4.33,
          min: 4,
          max: 5,
          spread: 1,
          disagree: false,
        },
      ],
      overallMean: 3.67,
      reviewers: [
        { name: 'Ben Reviewer', submittedAt: NOW },
        { name: 'Cleo Reviewer', submittedAt: NOW },
        { name: 'Dev Reviewer', submittedAt: NOW },
      ],
    });
  });
});

describe('the decision', () => {
  it('validates: an outcome from the list and a reason of 1–2000 characters', async () => {
    const before = await snapshotDatabase(t.database.db);
    for (const body of [
      { outcome: 'accepted' },
      { outcome: 'accepted', reason: '   ' },
      { outcome: 'accepted', reason: 'x'.repeat(2001) },
      { outcome: 'maybe', reason: 'Hmm.' },
      { reason: 'No outcome.' },
    ]) {
      expect((await decide(w.applicationId, body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('is for admins of this program only', async () => {
    for (const who of [w.reviewerA, w.otherAdmin, w.stranger, w.candidate]) {
      const res = await decide(
        w.applicationId,
        { outcome: 'accepted', reason: 'Yes.' },
        who.cookie,
      );
      expect(res.statusCode, who.user.name).toBe(404);
    }
  });

  it('accepts: records who, when and why, makes the candidate a mentee, tells them', async () => {
    const res = await decide(w.applicationId, {
      outcome: 'accepted',
      reason: '  Clear goals and a plan for the time it takes.  ',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      applicationId: w.applicationId,
      status: 'accepted',
      decision: {
        outcome: 'accepted',
        reason: 'Clear goals and a plan for the time it takes.',
        decidedAt: NOW,
        decidedBy: { name: 'Ada Admin' },
      },
    });
    const [row] = await t.database.db
      .select()
      .from(applications)
      .where(eq(applications.id, w.applicationId));
    expect(row).toMatchObject({ status: 'accepted', decidedById: w.admin.user.id });
    expect(await membership(w.candidate.user.id)).toEqual([
      expect.objectContaining({ role: 'mentee', joinedVia: 'application', leftAt: null }),
    ]);
    const told = await remindersAbout(t.database.db, w.applicationId);
    expect(told.filter((r) => r.type === 'application-decided')).toEqual([
      expect.objectContaining({
        recipientId: w.candidate.user.id,
        payload: expect.objectContaining({ outcome: 'accepted' }),
      }),
    ]);
    // The staff page shows it.
    const list = await call(t.app, 'GET', `/api/applications/${w.applicationId}/interviews`, {
      cookie: w.reviewerA.cookie,
    });
    expect(list.json().application.decision).toMatchObject({ outcome: 'accepted' });
  });

  it('treats accepted and declined as final, and a withdrawal as undecidable', async () => {
    const before = await snapshotDatabase(t.database.db);
    const again = await decide(w.applicationId, {
      outcome: 'declined',
      reason: 'Changed my mind.',
    });
    expect(again.statusCode).toBe(409);
    expect(await snapshotDatabase(t.database.db)).toBe(before);

    const declined = await newApplication(t, w, 'Dee Candidate');
    expect(
      (await decide(declined.applicationId, { outcome: 'declined', reason: 'Full.' })).statusCode,
    ).toBe(200);
    expect(
      (await decide(declined.applicationId, { outcome: 'accepted', reason: 'Oops.' })).statusCode,
    ).toBe(409);
    expect(await membership(declined.candidate.user.id)).toEqual([]);

    const withdrawn = await newApplication(t, w, 'Wyn Candidate');
    await t.database.db
      .update(applications)
      .set({ status: 'withdrawn' })
      .where(eq(applications.id, withdrawn.applicationId));
    expect(
      (await decide(withdrawn.applicationId, { outcome: 'accepted', reason: 'Yes.' })).statusCode,
    ).toBe(409);
  });

  it('lets a waitlisted application be accepted later, straight from submitted', async () => {
    const { applicationId, candidate } = await newApplication(t, w, 'Ezra Candidate');
    const wait = await decide(applicationId, {
      outcome: 'waitlisted',
      reason: 'The cohort is full for now.',
    });
    expect(wait.json()).toMatchObject({
      status: 'waitlisted',
      decision: { outcome: 'waitlisted' },
    });
    expect(await membership(candidate.user.id)).toEqual([]);
    expect(
      (await decide(applicationId, { outcome: 'waitlisted', reason: 'Still.' })).statusCode,
    ).toBe(409);
    tc.advance(60_000);
    const accept = await decide(applicationId, { outcome: 'accepted', reason: 'A place opened.' });
    expect(accept.json()).toMatchObject({
      status: 'accepted',
      decision: { reason: 'A place opened.' },
    });
    expect(await membership(candidate.user.id)).toHaveLength(1);
    const told = (await remindersAbout(t.database.db, applicationId)).map((r) => r.payload.outcome);
    expect(told.sort()).toEqual(['accepted', 'waitlisted']);
    tc.set(NOW);
  });

  it('cancels interviews still ahead, telling the candidate and the panel', async () => {
    const { applicationId, candidate } = await newApplication(t, w, 'Noor Candidate');
    const interviewId = await planInterview(t, w, [w.reviewerA, w.reviewerB], applicationId);
    const res = await decide(applicationId, {
      outcome: 'declined',
      reason: 'We had more applications than places this time.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = await call(t.app, 'GET', `/api/interviews/${interviewId}`, {
      cookie: w.admin.cookie,
    });
    expect(detail.json()).toMatchObject({ status: 'cancelled', cancelledAt: NOW });
    const cancelled = (await remindersAbout(t.database.db, interviewId)).filter(
      (r) => r.type === 'interview-cancelled',
    );
    expect(cancelled.map((r) => r.recipientId).sort()).toEqual(
      [candidate.user.id, w.reviewerA.user.id, w.reviewerB.user.id].sort(),
    );
  });
});
