import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunOutput } from '../../../common/schemas/cohort-matching.ts';
import { buildGoal } from '../../../tests/factories/goal.ts';
import { buildProfile } from '../../../tests/factories/profile.ts';
import { addMember, buildCohort, buildProgram } from '../../../tests/factories/program.ts';
import { type BuiltUser, buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { mentorshipEvents, mentorships } from '../../db/schema/mentorships.ts';
import { reminders } from '../../db/schema/notifications.ts';
import { cohortMembers, matchingPairs, matchingRuns } from '../../db/schema/programs.ts';
import { compose, sent } from '../notifications/composers/composer-test-kit.ts';
import { throttledProgress } from './matching-jobs.ts';

/**
 * A hand-built cohort. Mentors: Mara (TypeScript and React, English, Paris, team platform,
 * 2 places) and Nils (Python, German, New York, 1 place). Mentees: Ana (TypeScript, English,
 * Paris, team platform), Bo (Python, German, Berlin), Cy (React, English, London) and Dee
 * (Go, Japanese, Tokyo). Three places for four mentees: someone is always left out.
 */
let t: TestApp;
let admin: BuiltUser;
let otherAdmin: BuiltUser;
let cohortId: string;
let emptyCohortId: string;
const p: Record<string, BuiltUser> = {};

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  admin = await buildUser(t.app.auth, { name: 'Ada Admin' });
  otherAdmin = await buildUser(t.app.auth, { name: 'Olga Other' });
  const program = await buildProgram(db, admin.user.id);
  await buildProgram(db, otherAdmin.user.id);
  const cohort = await buildCohort(db, program.id, { name: 'Spring' });
  cohortId = cohort.id;
  emptyCohortId = (await buildCohort(db, program.id)).id;

  const person = async (name: string, timeZone: string) => {
    p[name] = await buildUser(t.app.auth, { name: `${name} Example`, timeZone });
    return p[name].user.id;
  };
  const mara = await person('Mara', 'Europe/Paris');
  await buildProfile(db, mara, {
    stack: ['typescript', 'react'],
    languages: ['en'],
    topics: ['skills-for-role'],
  });
  const nils = await person('Nils', 'America/New_York');
  await buildProfile(db, nils, {
    stack: ['python'],
    areas: ['data'],
    languages: ['de'],
    topics: ['interviews'],
  });
  const menteeProfile = { isMentor: false, stack: [], areas: [], topics: [], languages: [] };
  const ana = await person('Ana', 'Europe/Paris');
  await buildProfile(db, ana, {
    ...menteeProfile,
    wantStack: ['typescript'],
    preferredLanguages: ['en'],
  });
  await buildGoal(db, ana, { category: 'skills-for-role' });
  const bo = await person('Bo', 'Europe/Berlin');
  await buildProfile(db, bo, {
    ...menteeProfile,
    wantStack: ['python'],
    preferredLanguages: ['de'],
  });
  await buildGoal(db, bo, { category: 'interviews' });
  const cy = await person('Cy', 'Europe/London');
  await buildProfile(db, cy, {
    ...menteeProfile,
    wantStack: ['react'],
    preferredLanguages: ['en'],
  });
  const dee = await person('Dee', 'Asia/Tokyo');
  await buildProfile(db, dee, { ...menteeProfile, wantStack: ['go'], preferredLanguages: ['ja'] });

  await addMember(db, cohortId, mara, 'mentor', 2);
  await addMember(db, cohortId, nils, 'mentor', 1);
  for (const id of [ana, bo, cy, dee]) await addMember(db, cohortId, id, 'mentee');
  await t.database.db
    .update(cohortMembers)
    .set({ team: 'platform' })
    .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, ana)));
  await t.database.db
    .update(cohortMembers)
    .set({ team: 'platform' })
    .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, mara)));
});
afterAll(() => t.close());

const id = (name: string) => (p[name] as BuiltUser).user.id;
const as = (who: BuiltUser) => ({ cookie: who.cookie });

async function waitForRun(runId: string, who = admin): Promise<RunOutput> {
  for (let i = 0; i < 200; i++) {
    const res = await call(t.app, 'GET', `/api/matching-runs/${runId}`, as(who));
    expect(res.statusCode, res.body).toBe(200);
    const run = res.json() as RunOutput;
    if (run.status !== 'running') return run;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the run did not finish');
}

async function propose(body: Record<string, unknown>) {
  const res = await call(t.app, 'POST', `/api/cohorts/${cohortId}/matching-runs`, {
    ...as(admin),
    body,
  });
  expect(res.statusCode, res.body).toBe(202);
  return waitForRun(res.json().id);
}

const pairsOf = (run: RunOutput) =>
  Object.fromEntries(
    run.pairs.map((x) => [x.menteeName.split(' ')[0], x.mentorName.split(' ')[0]]),
  );

describe('proposing a matching', () => {
  for (const mode of ['best-total-fit', 'most-matched', 'stable'] as const) {
    it(`runs ${mode} and stores its result`, async () => {
      const run = await propose({ mode });
      expect(run.status, run.error ?? '').toBe('done');
      expect(run.progress).toBe(1);
      expect(run.mode).toBe(mode);
      expect(run.summary?.menteeCount).toBe(4);
      expect(run.summary?.matchedCount).toBe(3);
      expect(run.summary?.distribution.reduce((s, b) => s + b.pairs, 0)).toBe(3);
      expect(run.summary?.unmatched).toHaveLength(1);
      expect(run.summary?.unmatched[0]?.why).toMatch(/\w/);
      // Ana wants TypeScript in English: Mara; Bo wants Python in German: Nils.
      expect(pairsOf(run)).toMatchObject({ Ana: 'Mara', Bo: 'Nils' });
      const ana = run.pairs.find((x) => x.menteeId === id('Ana'));
      expect(ana?.reasons.length).toBeGreaterThan(0);
      expect(ana?.reasons.some((r) => r.criterion === 'experience' && r.weight > 0)).toBe(false);
      const stored = await t.database.db
        .select()
        .from(matchingPairs)
        .where(eq(matchingPairs.runId, run.id));
      expect(stored).toHaveLength(3);
    });
  }

  it('lists runs newest first; only the newest can be published', async () => {
    const res = await call(t.app, 'GET', `/api/cohorts/${cohortId}/matching-runs`, as(admin));
    expect(res.statusCode).toBe(200);
    const runs = res.json().runs;
    expect(runs.map((r: { mode: string }) => r.mode)).toEqual([
      'stable',
      'most-matched',
      'best-total-fit',
    ]);
    expect(runs[0].matchedCount).toBe(3);
    const oldest = await call(t.app, 'POST', `/api/matching-runs/${runs[2].id}/publish`, as(admin));
    expect(oldest.statusCode).toBe(409);
  });

  it('says in words why a mentee is left out by the time-zone gap and the team rule', async () => {
    const run = await propose({
      mode: 'best-total-fit',
      maxTimeZoneGapHours: 2,
      excludeSameTeam: true,
    });
    expect(run.constraints).toMatchObject({ maxTimeZoneGapHours: 2, excludeSameTeam: true });
    expect(pairsOf(run).Ana).not.toBe('Mara');
    const dee = run.summary?.unmatched.find((u) => u.menteeId === id('Dee'));
    expect(dee?.why).toBe(
      'No mentor fits every rule. Of 2 mentors, 2 live more than 2 hours from their clock.',
    );
    expect(dee?.ruledOut?.timeZoneGap).toBe(2);
  });

  it('applies must-haves to every pair', async () => {
    const run = await propose({ mode: 'most-matched', mustHaves: ['language'] });
    // Cy speaks English like Mara; Dee speaks Japanese, which no mentor does.
    expect(pairsOf(run).Dee).toBeUndefined();
    expect(run.summary?.unmatched.find((u) => u.menteeId === id('Dee'))?.ruledOut?.mustHaves).toBe(
      2,
    );
  });

  it('refuses a cohort without mentees or mentors, in words', async () => {
    const res = await call(t.app, 'POST', `/api/cohorts/${emptyCohortId}/matching-runs`, {
      ...as(admin),
      body: { mode: 'stable' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('no mentees and no mentors');
  });

  it('refuses while another run is going, and gives up on one left running by a dead process', async () => {
    const { db } = t.database;
    const [stuck] = await db
      .insert(matchingRuns)
      .values({ cohortId, mode: 'stable', status: 'running', createdById: admin.user.id })
      .returning();
    const before = await snapshotDatabase(db);
    const busy = await call(t.app, 'POST', `/api/cohorts/${cohortId}/matching-runs`, {
      ...as(admin),
      body: { mode: 'stable' },
    });
    expect(busy.statusCode).toBe(409);
    expect(await snapshotDatabase(db)).toBe(before);
    await db
      .update(matchingRuns)
      .set({ createdAt: new Date(Date.now() - 11 * 60_000) })
      .where(eq(matchingRuns.id, stuck?.id ?? ''));
    const run = await propose({ mode: 'stable' });
    expect(run.status).toBe('done');
    const old = await waitForRun(stuck?.id ?? '');
    expect(old.status).toBe('failed');
    expect(old.error).toContain('Propose a matching again');
  });
});

describe('pair rules', () => {
  it('locks and excludes pairs for the next run', async () => {
    const put = await call(t.app, 'PUT', `/api/cohorts/${cohortId}/pair-rules`, {
      ...as(admin),
      body: {
        rules: [
          { menteeId: id('Dee'), mentorId: id('Nils'), rule: 'lock' },
          { menteeId: id('Ana'), mentorId: id('Mara'), rule: 'exclude' },
        ],
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().rules).toHaveLength(2);
    const run = await propose({ mode: 'best-total-fit' });
    expect(run.constraints).toMatchObject({ lockedPairs: 1, excludedPairs: 1 });
    const dee = run.pairs.find((x) => x.menteeId === id('Dee'));
    expect(dee).toMatchObject({ mentorId: id('Nils'), locked: true });
    expect(pairsOf(run).Ana).not.toBe('Mara');
  });

  it('refuses rules about people outside the cohort, or more locks than places, and changes nothing', async () => {
    const before = await snapshotDatabase(t.database.db);
    const res = await call(t.app, 'PUT', `/api/cohorts/${cohortId}/pair-rules`, {
      ...as(admin),
      body: {
        rules: [
          { menteeId: id('Mara'), mentorId: id('Nils'), rule: 'exclude' },
          { menteeId: id('Ana'), mentorId: id('Nils'), rule: 'lock' },
          { menteeId: id('Bo'), mentorId: id('Nils'), rule: 'lock' },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toMatchObject({
      'rules.0.menteeId': expect.any(String),
      'rules.2': expect.stringContaining('1 place'),
    });
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });
});

describe('changing a proposal by hand', () => {
  let run: RunOutput;
  beforeAll(async () => {
    await call(t.app, 'PUT', `/api/cohorts/${cohortId}/pair-rules`, {
      ...as(admin),
      body: { rules: [] },
    });
    run = await propose({ mode: 'best-total-fit' });
  });
  const patch = (body: unknown, who = admin) =>
    call(t.app, 'PATCH', `/api/matching-runs/${run.id}/pairs`, { ...as(who), body });

  it('refuses to move a mentee to a mentor with no free place, and changes nothing', async () => {
    const full = run.summary?.mentors.find((m) => m.taken >= m.capacity);
    const mentee = run.pairs.find((x) => x.mentorId !== full?.mentorId);
    const before = await snapshotDatabase(t.database.db);
    const res = await patch({
      action: 'move',
      menteeId: mentee?.menteeId,
      mentorId: full?.mentorId,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('no free place');
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('moves a mentee to nobody, then to a mentor with a free place, recomputing the score', async () => {
    const bo = run.pairs.find((x) => x.menteeId === id('Bo'));
    expect(bo?.mentorId).toBe(id('Nils'));
    let res = await patch({ action: 'move', menteeId: id('Bo'), mentorId: null });
    expect(res.statusCode, res.body).toBe(200);
    let after = res.json() as RunOutput;
    expect(after.summary?.matchedCount).toBe(2);
    expect(after.summary?.unmatched.find((u) => u.menteeId === id('Bo'))?.why).toBe(
      'Taken out of the proposal by hand.',
    );
    const unmatched = run.summary?.unmatched[0]?.menteeId as string;
    res = await patch({ action: 'move', menteeId: unmatched, mentorId: id('Nils') });
    expect(res.statusCode, res.body).toBe(200);
    after = res.json() as RunOutput;
    const moved = after.pairs.find((x) => x.menteeId === unmatched);
    expect(moved).toMatchObject({ mentorId: id('Nils'), edited: true });
    expect(moved?.reasons.length).toBeGreaterThan(0);
  });

  it('swaps the mentors of two mentees', async () => {
    const current = await waitForRun(run.id);
    const [a, b] = current.pairs.filter((x, _, all) => all.some((y) => y.mentorId !== x.mentorId));
    const other = current.pairs.find((x) => x.mentorId !== a?.mentorId);
    const res = await patch({
      action: 'swap',
      menteeId: a?.menteeId,
      otherMenteeId: other?.menteeId,
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as RunOutput;
    expect(after.pairs.find((x) => x.menteeId === a?.menteeId)?.mentorId).toBe(other?.mentorId);
    expect(after.pairs.find((x) => x.menteeId === other?.menteeId)?.mentorId).toBe(a?.mentorId);
    expect(b).toBeDefined();
  });

  it('answers another program’s admin with a 404, whatever the body', async () => {
    for (const body of [{ action: 'move', menteeId: id('Ana'), mentorId: null }, { nonsense: 1 }]) {
      const res = await patch(body, otherAdmin);
      expect(res.statusCode).toBe(404);
    }
    const get = await call(t.app, 'GET', `/api/matching-runs/${run.id}`, as(otherAdmin));
    expect(get.statusCode).toBe(404);
    const rules = await call(t.app, 'GET', `/api/cohorts/${cohortId}/pair-rules`, as(otherAdmin));
    expect(rules.statusCode).toBe(404);
    const stranger = await buildUser(t.app.auth);
    const post = await call(t.app, 'POST', `/api/cohorts/${cohortId}/matching-runs`, {
      ...as(stranger),
      body: { mode: 'stable' },
    });
    expect(post.statusCode).toBe(404);
  });
});

describe('publishing', () => {
  it('creates exactly the mentorships, tells both people, skips a pair that met meanwhile, and only once', async () => {
    const { db } = t.database;
    const run = await propose({ mode: 'best-total-fit' });
    const [first, ...rest] = run.pairs;
    // The first pair found each other in the directory meanwhile.
    await db.insert(mentorships).values({
      menteeId: first?.menteeId,
      mentorId: first?.mentorId,
      origin: 'request',
      requestedById: first?.menteeId ?? '',
      status: 'pending',
    });
    const res = await call(t.app, 'POST', `/api/matching-runs/${run.id}/publish`, as(admin));
    expect(res.statusCode, res.body).toBe(200);
    const published = res.json() as RunOutput;
    expect(published.status).toBe('published');
    expect(published.published).toEqual({
      mentorships: rest.length,
      skipped: [{ menteeName: first?.menteeName, mentorName: first?.mentorName }],
    });
    const rows = await db.select().from(mentorships).where(eq(mentorships.cohortId, cohortId));
    expect(rows).toHaveLength(rest.length);
    for (const row of rows) {
      expect(row).toMatchObject({
        origin: 'program',
        status: 'active',
        requestedById: admin.user.id,
        cadence: null,
      });
      expect(row.startedAt).not.toBeNull();
      const events = await db
        .select()
        .from(mentorshipEvents)
        .where(eq(mentorshipEvents.mentorshipId, row.id));
      expect(events.map((e) => e.kind)).toEqual(['matched']);
    }
    const told = await db.select().from(reminders).where(eq(reminders.type, 'program-match'));
    expect(told).toHaveLength(2 * rest.length);

    const pair = rows[0];
    const mentee = Object.values(p).find((u) => u.user.id === pair?.menteeId) as BuiltUser;
    const mentor = Object.values(p).find((u) => u.user.id === pair?.mentorId) as BuiltUser;
    const toMentee = sent(await compose(t, 'program-match', mentee, pair?.id ?? '', new Date()));
    expect(toMentee.title).toContain(`${mentor.user.name.split(' ')[0]} is your mentor`);
    expect(toMentee.link).toBe(`/mentorships/${pair?.id}`);
    const toMentor = sent(await compose(t, 'program-match', mentor, pair?.id ?? '', new Date()));
    expect(toMentor.title).toContain(`${mentee.user.name.split(' ')[0]} is your mentee`);

    const view = await call(t.app, 'GET', `/api/mentorships/${pair?.id}`, as(mentee));
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ origin: 'program', status: 'active' });

    const before = await snapshotDatabase(db);
    const again = await call(t.app, 'POST', `/api/matching-runs/${run.id}/publish`, as(admin));
    expect(again.statusCode).toBe(409);
    const edit = await call(t.app, 'PATCH', `/api/matching-runs/${run.id}/pairs`, {
      ...as(admin),
      body: { action: 'move', menteeId: first?.menteeId, mentorId: null },
    });
    expect(edit.statusCode).toBe(409);
    const rerun = await call(t.app, 'POST', `/api/cohorts/${cohortId}/matching-runs`, {
      ...as(admin),
      body: { mode: 'stable' },
    });
    expect(rerun.statusCode).toBe(409);
    expect(await snapshotDatabase(db)).toBe(before);
  });
});

describe('progress', () => {
  it('writes the first report at once, then at most once per interval, in order', async () => {
    let now = 0;
    const written: number[] = [];
    const progress = throttledProgress(
      async (v: number) => {
        written.push(v);
      },
      250,
      () => now,
    );
    for (const [at, value] of [
      [0, 0],
      [100, 0.1],
      [260, 0.3],
      [400, 0.5],
      [520, 0.9],
    ] as const) {
      now = at;
      progress.report(value);
    }
    await progress.flush();
    expect(written).toEqual([0, 0.3, 0.9]);
  });
});
