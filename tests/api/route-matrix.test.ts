import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../server/lib/access.ts';
import { buildUser } from '../factories/user.ts';
import { apiRoutes, concreteUrl, hasBody } from '../setup/route-probe.ts';
import { call, createTestApp, type TestApp } from '../setup/test-app.ts';

/**
 * Every route, every persona. A new route must appear in MANIFEST with its access (so adding
 * one is a deliberate act) and is then probed as each persona automatically.
 */
const MANIFEST: Record<string, Access> = {
  'GET /api/health': 'public',
  'POST /api/auth/sign-up/email': 'public',
  'POST /api/auth/sign-in/email': 'public',
  'POST /api/auth/sign-out': 'public',
  'POST /api/auth/change-password': 'signed-in',
  'GET /api/session': 'public',
  'GET /api/me': 'signed-in',
  'PATCH /api/me': 'signed-in',
  'GET /api/goals': 'signed-in',
  'POST /api/goals': 'signed-in',
  'GET /api/goals/:id': 'signed-in',
  'PATCH /api/goals/:id': 'signed-in',
  'DELETE /api/goals/:id': 'signed-in',
  'POST /api/goals/:id/notes': 'signed-in',
  'DELETE /api/goals/:id/notes/:noteId': 'signed-in',
  'GET /api/me/profile': 'signed-in',
  'PUT /api/me/profile': 'signed-in',
  'GET /api/mentors/:id': 'signed-in',
  'GET /api/mentors': 'signed-in',
  'GET /api/openapi.json': 'public',
  // The API reference page and its assets.
  'GET /api/docs': 'public',
  'GET /api/docs/json': 'public',
  'GET /api/docs/yaml': 'public',
  'GET /api/docs/static/*': 'public',
  'GET /api/docs/static/index.html': 'public',
  'GET /api/docs/static/swagger-initializer.js': 'public',
  'GET /api/sessions/:id/prep': 'participant',
  'PUT /api/sessions/:id/prep/goal': 'participant',
  'POST /api/sessions/:id/prep/questions': 'participant',
  'PUT /api/sessions/:id/prep/questions/order': 'participant',
  'PATCH /api/sessions/:id/prep/questions/:questionId': 'participant',
  'DELETE /api/sessions/:id/prep/questions/:questionId': 'participant',
  'POST /api/sessions/:id/prep/resources': 'participant',
  'PATCH /api/sessions/:id/prep/resources/:resourceId': 'participant',
  'DELETE /api/sessions/:id/prep/resources/:resourceId': 'participant',
  'POST /api/sessions/:id/prep/share': 'participant',
  'GET /api/sessions/:id/brief': 'participant',
};

type Persona = 'anonymous' | 'stranger';
type Outcome = 'allowed' | 401 | 403 | 404;

/** What each persona gets from each kind of route. Later policies add their rows here. */
const EXPECTED: Record<Access, Record<Persona, Outcome>> = {
  public: { anonymous: 'allowed', stranger: 'allowed' },
  'signed-in': { anonymous: 401, stranger: 'allowed' },
  participant: { anonymous: 401, stranger: 404 },
  token: { anonymous: 404, stranger: 404 },
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('route declarations', () => {
  it('lists exactly the routes of the manifest, each with its declared access', () => {
    const actual = Object.fromEntries(
      apiRoutes(t.app.routeTable).map((route) => [`${route.method} ${route.url}`, route.access]),
    );
    expect(actual).toEqual(MANIFEST);
  });

  it('refuses to start when a route has no access declaration', async () => {
    await expect(
      createTestApp({
        beforeReady: (app) => {
          app.get('/api/careless', async () => 'oops');
        },
      }),
    ).rejects.toThrow(/GET \/api\/careless/);
  });
});

describe('persona matrix', () => {
  const personaCookies: Record<Persona, () => Promise<string | undefined>> = {
    anonymous: async () => undefined,
    // A fresh user per probe: a probe may end its own session (sign-out, password change).
    stranger: async () => (await buildUser(t.app.auth)).cookie,
  };

  for (const [key, access] of Object.entries(MANIFEST)) {
    const [method = 'GET', url = '/'] = key.split(' ');
    for (const persona of Object.keys(EXPECTED[access]) as Persona[]) {
      const expected = EXPECTED[access][persona];
      it(`${key} as ${persona} → ${expected}`, async () => {
        const cookie = await personaCookies[persona]();
        const res = await call(t.app, method as 'GET', concreteUrl(url), {
          cookie,
          body: hasBody(method) ? {} : undefined,
        });
        expect(res.statusCode).toBeLessThan(500);
        if (expected === 'allowed') {
          expect([401, 403]).not.toContain(res.statusCode);
        } else {
          expect(res.statusCode).toBe(expected);
        }
      });
    }
  }
});
