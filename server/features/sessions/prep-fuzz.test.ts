import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorBody } from '../../../common/errors.ts';
import { buildPrepPair } from '../../../tests/factories/prep-pair.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { hostileObjects, randomObjects, toJsonSchema } from '../../../tests/setup/fuzz-inputs.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { testEnv } from '../../../tests/setup/test-env.ts';

/**
 * The app-wide fuzz test calls every route on an unknown id, where prep routes answer 404
 * before reading the body. Here the mentee of a real session sends the hostile bodies, so
 * validation itself is exercised: never a 5xx, and a refused write changes nothing.
 */
const SEED = testEnv.CI ? 20_261_125 : undefined;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('prep writes under hostile input, as the mentee', () => {
  it('never answer 5xx, and a refusal leaves the database as it was', {
    timeout: 120_000,
  }, async () => {
    const pair = await buildPrepPair(t.app, t.database.db, new Date());
    const base = `/api/sessions/${pair.session.id}/prep`;
    const cookie = pair.mentee.cookie;
    const seeded = await call(t.app, 'POST', `${base}/questions`, {
      cookie,
      body: { text: 'A first question?' },
    });
    const questionId = seeded.json().questions[0].id;
    const withLink = await call(t.app, 'POST', `${base}/resources`, {
      cookie,
      body: { title: 'Portfolio', url: 'https://jo.example.dev', kind: 'project' },
    });
    const resourceId = withLink.json().resources[0].id;

    const routes = t.app.routeTable.filter(
      (r) =>
        r.url.startsWith('/api/sessions/:id/prep') && ['POST', 'PUT', 'PATCH'].includes(r.method),
    );
    expect(routes.length).toBeGreaterThanOrEqual(6);
    for (const route of routes) {
      const schema = toJsonSchema(route.schema?.body);
      if (!schema) continue;
      const url = route.url
        .replace(':id', pair.session.id)
        .replace(':questionId', questionId)
        .replace(':resourceId', resourceId);
      const probe = async (body: unknown) => {
        const before = await snapshotDatabase(t.database.db);
        const res = await call(t.app, route.method as 'POST', url, { cookie, body });
        const context = `${route.method} ${route.url} with ${JSON.stringify(body).slice(0, 200)}`;
        expect(res.statusCode, context).toBeLessThan(500);
        if (res.statusCode >= 400) {
          expect(isErrorBody(res.json()), context).toBe(true);
          expect(await snapshotDatabase(t.database.db), `${context} changed data`).toBe(before);
        }
      };
      for (const body of hostileObjects(schema)) await probe(body);
      await fc.assert(fc.asyncProperty(randomObjects(schema), probe), { numRuns: 25, seed: SEED });
    }
  });
});
