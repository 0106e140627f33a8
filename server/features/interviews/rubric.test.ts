import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTER_RUBRIC } from '../../../common/interviews/starter-rubric.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { rubricCriteria } from '../../db/schema/programs.ts';
import { buildWorld, NOW, planInterview, score, type World } from './interview-test-world.ts';

const tc = createTestClock(NOW);
let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
  w = await buildWorld(t);
});
afterAll(() => t.close());

const url = () => `/api/cohorts/${w.cohortId}/rubric`;
const put = (body: unknown, cookie = w.admin.cookie) => call(t.app, 'PUT', url(), { cookie, body });
const levels = (word: string) => [1, 2, 3, 4, 5].map((n) => `${word} ${n}`);

describe('the rubric', () => {
  it('is read by staff; edited by admins only; hidden from everyone else', async () => {
    const asReviewer = await call(t.app, 'GET', url(), { cookie: w.reviewerC.cookie });
    expect(asReviewer.statusCode).toBe(200);
    expect(asReviewer.json()).toMatchObject({ canEdit: false, archived: [] });
    expect(asReviewer.json().criteria.map((c: { name: string }) => c.name)).toEqual([
      'Clarity of goals',
      'Commitment',
      'Fit',
    ]);
    for (const who of [w.otherAdmin, w.stranger, w.candidate]) {
      expect((await call(t.app, 'GET', url(), { cookie: who.cookie })).statusCode).toBe(404);
      expect((await put({ criteria: [] }, who.cookie)).statusCode).toBe(404);
    }
    expect((await put({ criteria: [] }, w.reviewerA.cookie)).statusCode).toBe(404);
  });

  it('validates: five levels each, names, limits; a refused save changes nothing', async () => {
    const before = await snapshotDatabase(t.database.db);
    const bad = [
      { criteria: [{ name: 'Goals', descriptors: levels('x').slice(0, 4) }] },
      { criteria: [{ name: '', descriptors: levels('x') }] },
      { criteria: [{ name: 'Goals', descriptors: [...levels('x').slice(0, 4), ''] }] },
      {
        criteria: [
          { name: 'A', descriptors: levels('a') },
          { name: 'a', descriptors: levels('b') },
        ],
      },
      {
        criteria: Array.from({ length: 13 }, (_, i) => ({
          name: `C${i}`,
          descriptors: levels('c'),
        })),
      },
      { criteria: [{ id: crypto.randomUUID(), name: 'Ghost', descriptors: levels('g') }] },
    ];
    for (const body of bad) {
      const res = await put(body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('reorders, rewords, adds; deletes an unscored criterion and archives a scored one', async () => {
    const [clarity, commitment, fit] = w.criteria;
    const interviewId = await planInterview(t, w, [w.reviewerA]);
    await score(t, w, interviewId, w.reviewerA, [4], { draft: true });
    const res = await put({
      criteria: [
        { id: commitment?.id, name: 'Commitment to the rhythm', descriptors: levels('commit') },
        { name: STARTER_RUBRIC[2]?.name, descriptors: STARTER_RUBRIC[2]?.descriptors },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.criteria.map((c: { name: string }) => c.name)).toEqual([
      'Commitment to the rhythm',
      'Fit with the program',
    ]);
    expect(body.criteria[0]).toMatchObject({ id: commitment?.id, scored: false });
    // Clarity was scored (a draft counts): archived, not deleted. Fit was not: deleted.
    expect(body.archived).toEqual([
      expect.objectContaining({ id: clarity?.id, scored: true, archivedAt: NOW }),
    ]);
    const rows = await t.database.db
      .select({ id: rubricCriteria.id })
      .from(rubricCriteria)
      .where(eq(rubricCriteria.cohortId, w.cohortId));
    expect(rows.map((r) => r.id)).not.toContain(fit?.id);
    // The reviewer's scorecard still shows the archived criterion they scored.
    const detail = await call(t.app, 'GET', `/api/interviews/${interviewId}`, {
      cookie: w.reviewerA.cookie,
    });
    expect(detail.json().rubric.map((c: { name: string }) => c.name)).toEqual([
      'Commitment to the rhythm',
      'Fit with the program',
      'Clarity of goals',
    ]);
    // An archived criterion cannot be named again by id.
    expect(
      (await put({ criteria: [{ id: clarity?.id, name: 'Back', descriptors: levels('b') }] }))
        .statusCode,
    ).toBe(400);
  });
});
