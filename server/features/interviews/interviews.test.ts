import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { remindersAbout, summarize } from '../../../tests/setup/reminder-rows.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY } from '../../../tests/setup/test-clock.ts';
import { applications, interviewReviewers, interviews } from '../../db/schema/programs.ts';
import {
  buildWorld,
  NOW,
  newApplication,
  planInterview,
  STARTS,
  scheduleAs,
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

const patch = (id: string, body: unknown, cookie = w.admin.cookie) =>
  call(t.app, 'PATCH', `/api/interviews/${id}`, { cookie, body });

async function statusOf(applicationId: string) {
  const [row] = await t.database.db
    .select({ status: applications.status })
    .from(applications)
    .where(eq(applications.id, applicationId));
  return row?.status;
}

describe('planning an interview', () => {
  it('moves the application to interviewing and tells the candidate and each reviewer', async () => {
    const res = await scheduleAs(t, w.admin.cookie, w.applicationId, {
      reviewerIds: [w.reviewerA.user.id, w.reviewerB.user.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      startsAt: STARTS,
      durationMinutes: 45,
      timeZone: 'Europe/London',
      localStart: 'Tue, 1 Dec 2026, 14:00',
      status: 'scheduled',
      candidate: { name: 'Kai Tanaka' },
      programName: 'Bridges',
      cohortName: 'Winter 2027',
      applicationStatus: 'interviewing',
      viewer: { role: 'admin', onPanel: false, blind: false },
      rubric: w.criteria.map((c) => ({ id: c.id, name: c.name })),
    });
    expect(body.rubric[0].descriptors).toHaveLength(5);
    expect(await statusOf(w.applicationId)).toBe('interviewing');
    const rows = summarize(await remindersAbout(t.database.db, body.id));
    expect(rows.map((r) => [r.type, r.to, r.dueAt]).sort()).toEqual(
      [w.candidate, w.reviewerA, w.reviewerB]
        .map((p) => ['interview-scheduled', p.user.id, NOW])
        .sort(),
    );
    // A reviewer reads the time on their own clock.
    const theirs = await call(t.app, 'GET', `/api/interviews/${body.id}`, {
      cookie: w.reviewerA.cookie,
    });
    expect(theirs.json()).toMatchObject({
      timeZone: 'America/New_York',
      localStart: 'Tue, 1 Dec 2026, 09:00',
    });
  });

  it('lists my upcoming interviews as a candidate and as a reviewer, in my zone', async () => {
    const mine = (
      await call(t.app, 'GET', '/api/me/interviews', { cookie: w.candidate.cookie })
    ).json();
    expect(mine.asReviewer).toEqual([]);
    expect(mine.asCandidate).toEqual([
      expect.objectContaining({
        programName: 'Bridges',
        cohortName: 'Winter 2027',
        localStart: 'Tue, 1 Dec 2026, 23:00',
        location: 'https://meet.example.test/kai',
      }),
    ]);
    const reviewer = (
      await call(t.app, 'GET', '/api/me/interviews', { cookie: w.reviewerB.cookie })
    ).json();
    expect(reviewer.asCandidate).toEqual([]);
    expect(reviewer.asReviewer).toEqual([
      expect.objectContaining({ candidate: { name: 'Kai Tanaka' }, myScorecard: 'not-started' }),
    ]);
    expect(JSON.stringify(reviewer)).not.toMatch(/score"\s*:/);
  });

  it('validates the input, and a refused request changes nothing', async () => {
    const before = await snapshotDatabase(t.database.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ reviewerIds: [] }, 'reviewerIds'],
      [{ reviewerIds: [w.reviewerA.user.id, w.reviewerA.user.id] }, 'reviewerIds'],
      [{ reviewerIds: [w.otherAdmin.user.id] }, 'reviewerIds'],
      [{ reviewerIds: [w.candidate.user.id] }, 'reviewerIds'],
      [{ reviewerIds: [w.reviewerA.user.id], startsAt: '2026-11-20T10:00:00Z' }, 'startsAt'],
      [{ reviewerIds: [w.reviewerA.user.id], startsAt: '2028-01-01T10:00:00Z' }, 'startsAt'],
      [{ reviewerIds: [w.reviewerA.user.id], startsAt: '2026-12-01 14:00' }, 'startsAt'],
      [{ reviewerIds: [w.reviewerA.user.id], durationMinutes: 5 }, 'durationMinutes'],
      [{ reviewerIds: [w.reviewerA.user.id], location: 'x'.repeat(501) }, 'location'],
    ];
    for (const [body, field] of cases) {
      const res = await scheduleAs(t, w.admin.cookie, w.applicationId, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {})).toContain(field);
    }
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('is for admins of this program only: reviewers, other admins and strangers are refused', async () => {
    for (const [who, status] of [
      [w.reviewerA, 404],
      [w.otherAdmin, 404],
      [w.stranger, 404],
      [w.candidate, 404],
    ] as const) {
      const res = await scheduleAs(t, who.cookie, w.applicationId, { reviewerIds: ['x'] });
      expect(res.statusCode, who.user.name).toBe(status);
    }
    const anonymous = await call(t.app, 'GET', '/api/me/interviews');
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses after a decision or a withdrawal (409)', async () => {
    for (const status of ['accepted', 'declined', 'waitlisted', 'withdrawn']) {
      const { applicationId } = await newApplication(t, w, `Cand ${status}`);
      await t.database.db
        .update(applications)
        .set({ status })
        .where(eq(applications.id, applicationId));
      const res = await scheduleAs(t, w.admin.cookie, applicationId, {
        reviewerIds: [w.reviewerA.user.id],
      });
      expect(res.statusCode, status).toBe(409);
    }
  });
});

describe('moving, changing the panel, cancelling', () => {
  it('moves it: a new sequence, and everyone on it hears the new time', async () => {
    const { applicationId, candidate } = await newApplication(t, w, 'Pia Candidate');
    const id = await planInterview(t, w, [w.reviewerA], applicationId);
    const res = await patch(id, { startsAt: '2026-12-02T16:00:00Z', location: 'Room 4' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ location: 'Room 4', startsAt: '2026-12-02T16:00:00.000Z' });
    const [row] = await t.database.db.select().from(interviews).where(eq(interviews.id, id));
    expect(row?.icalSequence).toBe(1);
    const moved = (await remindersAbout(t.database.db, id)).filter(
      (r) => r.type === 'interview-moved',
    );
    expect(moved.map((r) => r.recipientId).sort()).toEqual(
      [candidate.user.id, w.reviewerA.user.id].sort(),
    );
    expect(moved[0]?.payload).toMatchObject({ sequence: 1, previousStartsAt: STARTS });
  });

  it('changes the panel: newcomers are invited, leavers told, the candidate left in peace', async () => {
    const { applicationId, candidate } = await newApplication(t, w, 'Quin Candidate');
    const id = await planInterview(t, w, [w.reviewerA, w.reviewerB], applicationId);
    await score(t, w, id, w.reviewerB, [3], { draft: true });
    const res = await patch(id, { reviewerIds: [w.reviewerA.user.id, w.reviewerC.user.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().panel.map((p: { name: string }) => p.name)).toEqual([
      'Ben Reviewer',
      'Dev Reviewer',
    ]);
    const rows = (await remindersAbout(t.database.db, id)).filter((r) =>
      r.dedupeKey.includes(`:${id}:1:`),
    );
    expect(rows.map((r) => [r.type, r.recipientId, r.payload.removed ?? null]).sort()).toEqual(
      [
        ['interview-cancelled', w.reviewerB.user.id, true],
        ['interview-moved', w.reviewerA.user.id, null],
        ['interview-scheduled', w.reviewerC.user.id, null],
      ].sort(),
    );
    expect(rows.some((r) => r.recipientId === candidate.user.id)).toBe(false);
    // The leaver's draft went with them.
    const seats = await t.database.db
      .select()
      .from(interviewReviewers)
      .where(eq(interviewReviewers.interviewId, id));
    expect(seats.map((s) => s.reviewerId).sort()).toEqual(
      [w.reviewerA.user.id, w.reviewerC.user.id].sort(),
    );
  });

  it('keeps a reviewer who has submitted on the panel', async () => {
    const { applicationId } = await newApplication(t, w, 'Ray Candidate');
    const id = await planInterview(t, w, [w.reviewerA, w.reviewerB], applicationId);
    await score(t, w, id, w.reviewerB, [3, 3, 3]);
    const before = await snapshotDatabase(t.database.db);
    const res = await patch(id, { reviewerIds: [w.reviewerA.user.id] });
    expect(res.statusCode).toBe(409);
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('cancels with a reason; then it can neither move nor be scored', async () => {
    const { applicationId, candidate } = await newApplication(t, w, 'Sol Candidate');
    const id = await planInterview(t, w, [w.reviewerA], applicationId);
    expect((await patch(id, { cancel: true })).statusCode).toBe(400);
    expect((await patch(id, { cancel: true, reason: 'Clash', startsAt: STARTS })).statusCode).toBe(
      400,
    );
    expect((await patch(id, {})).statusCode).toBe(400);
    const res = await patch(id, { cancel: true, reason: 'The candidate asked for another week.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelledAt: NOW });
    const told = (await remindersAbout(t.database.db, id)).filter(
      (r) => r.type === 'interview-cancelled',
    );
    expect(told.map((r) => r.recipientId).sort()).toEqual(
      [candidate.user.id, w.reviewerA.user.id].sort(),
    );
    expect(told[0]?.payload).toMatchObject({ reason: 'The candidate asked for another week.' });
    expect((await patch(id, { location: 'Room 5' })).statusCode).toBe(409);
    expect((await patch(id, { cancel: true, reason: 'Again' })).statusCode).toBe(409);
    const scoring = await call(t.app, 'PUT', `/api/interviews/${id}/scorecard`, {
      cookie: w.reviewerA.cookie,
      body: { scores: [] },
    });
    expect(scoring.statusCode).toBe(409);
    // Gone from everyone's upcoming list.
    const mine = (
      await call(t.app, 'GET', '/api/me/interviews', { cookie: candidate.cookie })
    ).json();
    expect(mine.asCandidate).toEqual([]);
  });

  it('will not move an interview that has started', async () => {
    const { applicationId } = await newApplication(t, w, 'Tam Candidate');
    const id = await planInterview(t, w, [w.reviewerA], applicationId);
    tc.set(new Date(new Date(STARTS).getTime() + 10 * 60_000));
    try {
      expect((await patch(id, { location: 'Room 9' })).statusCode).toBe(409);
    } finally {
      tc.set(NOW);
    }
  });
});

describe('scorecards', () => {
  it('validates scores and refuses to submit an incomplete card', async () => {
    const { applicationId } = await newApplication(t, w, 'Uma Candidate');
    const id = await planInterview(t, w, [w.reviewerA], applicationId);
    const put = (body: unknown) =>
      call(t.app, 'PUT', `/api/interviews/${id}/scorecard`, { cookie: w.reviewerA.cookie, body });
    const c0 = w.criteria[0]?.id;
    const before = await snapshotDatabase(t.database.db);
    expect((await put({ scores: [{ criterionId: c0, score: 6 }] })).statusCode).toBe(400);
    expect((await put({ scores: [{ criterionId: c0, score: 0 }] })).statusCode).toBe(400);
    expect((await put({ scores: [{ criterionId: c0, score: 2.5 }] })).statusCode).toBe(400);
    expect(
      (
        await put({
          scores: [
            { criterionId: c0, score: 2 },
            { criterionId: c0, score: 3 },
          ],
        })
      ).statusCode,
    ).toBe(400);
    const foreign = await put({ scores: [{ criterionId: crypto.randomUUID(), score: 2 }] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toHaveProperty(['scores.0.criterionId']);
    expect((await put({ scores: [], notes: 'x'.repeat(5001) })).statusCode).toBe(400);
    expect(await snapshotDatabase(t.database.db)).toBe(before);

    await score(t, w, id, w.reviewerA, [4, 5], { draft: true });
    const submit = await call(t.app, 'POST', `/api/interviews/${id}/scorecard/submit`, {
      cookie: w.reviewerA.cookie,
    });
    expect(submit.statusCode).toBe(409);
    expect(submit.json().error.message).toContain('Fit');
    // A draft saved again replaces the first one.
    const saved = await score(t, w, id, w.reviewerA, [1, 2, 3], { draft: true, notes: 'Kind.' });
    expect(saved.json().mine.scores.map((s: { score: number }) => s.score)).toEqual([1, 2, 3]);
    expect(saved.json().mine.notes).toBe('Kind.');
  });

  it('lists a past interview a reviewer still has to score, until they submit', async () => {
    const { applicationId } = await newApplication(t, w, 'Vic Candidate');
    const id = await planInterview(t, w, [w.reviewerC], applicationId);
    tc.set(new Date(new Date(STARTS).getTime() + 2 * DAY));
    try {
      const list = async () =>
        (await call(t.app, 'GET', '/api/me/interviews', { cookie: w.reviewerC.cookie }))
          .json()
          .asReviewer.map((i: { id: string }) => i.id);
      expect(await list()).toContain(id);
      await score(t, w, id, w.reviewerC, [3, 3, 3]);
      expect(await list()).not.toContain(id);
    } finally {
      tc.set(NOW);
    }
  });
});
