import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../server/lib/access.ts';
import { buildUser } from '../factories/user.ts';
import { buildPairFixture, type PairFixture } from '../setup/pair-fixture.ts';
import { apiRoutes, hasBody } from '../setup/route-probe.ts';
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
  'GET /api/mentorships': 'signed-in',
  'POST /api/mentorships': 'signed-in',
  'GET /api/mentorships/:id': 'participant',
  'PATCH /api/mentorships/:id': 'participant',
  'POST /api/mentorships/:id/accept': 'participant',
  'POST /api/mentorships/:id/decline': 'participant',
  'POST /api/mentorships/:id/withdraw': 'participant',
  'POST /api/mentorships/:id/pause': 'participant',
  'POST /api/mentorships/:id/resume': 'participant',
  'POST /api/mentorships/invitations': 'signed-in',
  'POST /api/mentorships/:id/invitation-link': 'participant',
  'GET /api/invitations/:token': 'token',
  'POST /api/invitations/:token/accept': 'signed-in',
  'GET /api/openapi.json': 'public',
  // The API reference page and its assets.
  'GET /api/docs': 'public',
  'GET /api/docs/json': 'public',
  'GET /api/docs/yaml': 'public',
  'GET /api/docs/static/*': 'public',
  'GET /api/docs/static/index.html': 'public',
  'GET /api/docs/static/swagger-initializer.js': 'public',
  'GET /api/sessions/:id/calendar.ics': 'participant',
  'GET /api/calendar/:feed': 'token',
  'GET /api/unsubscribe/:unsubscribeToken': 'token',
  'POST /api/unsubscribe/:unsubscribeToken': 'token',
  'GET /api/me/calendar-feed': 'signed-in',
  'POST /api/me/calendar-feed': 'signed-in',
  'DELETE /api/me/calendar-feed': 'signed-in',
  'GET /api/me/usual-hours': 'signed-in',
  'PUT /api/me/usual-hours': 'signed-in',
  // Sessions: listing and scheduling check the mentorship inside the service.
  'GET /api/sessions': 'signed-in',
  'POST /api/sessions': 'signed-in',
  'GET /api/sessions/:id': 'participant',
  'POST /api/sessions/:id/reschedule': 'participant',
  'POST /api/sessions/:id/cancel': 'participant',
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
  'GET /api/mentorships/:id/closure': 'participant',
  'POST /api/mentorships/:id/close': 'participant',
  'PUT /api/mentorships/:id/appreciation': 'participant',
  'GET /api/mentorships/:id/summary': 'participant',
  'GET /api/mentorships/:id/summary.json': 'participant',
  'GET /api/mentorships/:id/summary.md': 'participant',
  'GET /api/sessions/:id/agenda': 'participant',
  'PUT /api/sessions/:id/questions/:questionId/outcome': 'participant',
  'GET /api/mentorships/:id/action-items': 'participant',
  'POST /api/mentorships/:id/action-items': 'participant',
  'PATCH /api/mentorships/:id/action-items/:itemId': 'participant',
  'GET /api/sessions/:id/notes': 'participant',
  'PUT /api/sessions/:id/notes/shared': 'participant',
  'PUT /api/sessions/:id/notes/private': 'participant',
  'GET /api/sessions/:id/reviews': 'participant',
  'PUT /api/sessions/:id/review': 'participant',
  'GET /api/mentorships/:id/fit-check': 'participant',
  'PUT /api/mentorships/:id/fit-check': 'participant',
  // How it's going, and what needs me now on Home.
  'GET /api/mentorships/:id/progress': 'participant',
  'GET /api/me/needs': 'signed-in',
  // The notification centre, preferences and outbox: each person's own, nobody else's.
  'GET /api/notifications': 'signed-in',
  'GET /api/notifications/unread-count': 'signed-in',
  'POST /api/notifications/:id/read': 'signed-in',
  'POST /api/notifications/read-all': 'signed-in',
  'GET /api/me/notification-preferences': 'signed-in',
  'PUT /api/me/notification-preferences': 'signed-in',
  'GET /api/me/outbox': 'signed-in',
  // A cohort's health, for its program's admins only.
  'GET /api/cohorts/:cohortId/health': 'program-admin',
  'GET /api/cohorts/:cohortId/health.csv': 'program-admin',
  'POST /api/cohorts/:cohortId/nudges': 'program-admin',
};

type Persona = 'anonymous' | 'stranger' | 'other-pair' | 'mentor' | 'mentee';
/**
 * `allowed`: not turned away (401/403); ids that do not exist may still be a 404.
 * `seen`: the route answers with the real ids as for someone entitled (anything but 401/404).
 */
type Outcome = 'allowed' | 'seen' | 401 | 403 | 404;

/**
 * What each persona gets from each kind of route. Ids in paths are those of Ana and Ben's
 * mentorship (tests/setup/pair-fixture.ts): a participant of another pair, or a stranger, must
 * get the same 404 as for an id that does not exist. Routes that are not about a pair are probed
 * as anonymous and stranger only (a participant signing out would end the fixture's sessions).
 */
const EXPECTED: Record<Access, Partial<Record<Persona, Outcome>>> = {
  public: { anonymous: 'allowed', stranger: 'allowed' },
  'signed-in': { anonymous: 401, stranger: 'allowed' },
  participant: { anonymous: 401, stranger: 404, 'other-pair': 404, mentor: 'seen', mentee: 'seen' },
  // With the real secret in the path, it answers anyone; a wrong one is probed below.
  token: { anonymous: 'seen', stranger: 'seen' },
  'program-admin': { anonymous: 401, stranger: 404, 'other-pair': 404 },
  'program-staff': { anonymous: 401, stranger: 404, 'other-pair': 404 },
};

let t: TestApp;
let pair: PairFixture;
beforeAll(async () => {
  t = await createTestApp();
  pair = await buildPairFixture(t.app, t.database.db);
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

let probes = 0;
describe('persona matrix', () => {
  const personaCookies: Record<Persona, () => Promise<string | undefined>> = {
    anonymous: async () => undefined,
    // A fresh user per probe: a probe may end its own session (sign-out, password change).
    stranger: async () => (await buildUser(t.app.auth)).cookie,
    'other-pair': async () => pair.otherMentee.cookie,
    mentor: async () => pair.mentor.cookie,
    mentee: async () => pair.mentee.cookie,
  };
  afterAll(() => {
    console.info(`persona matrix: ${probes} probes over ${Object.keys(MANIFEST).length} routes`);
  });

  for (const [key, access] of Object.entries(MANIFEST)) {
    const [method = 'GET', url = '/'] = key.split(' ');
    for (const [persona, expected] of Object.entries(EXPECTED[access]) as [Persona, Outcome][]) {
      it(`${key} as ${persona} → ${expected}`, async () => {
        await pair.restore();
        const cookie = await personaCookies[persona]();
        const res = await call(t.app, method as 'GET', pair.fillParams(url), {
          cookie,
          body: hasBody(method) ? {} : undefined,
        });
        probes += 1;
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (expected === 'allowed') {
          expect([401, 403]).not.toContain(res.statusCode);
        } else if (expected === 'seen') {
          expect([401, 404]).not.toContain(res.statusCode);
        } else {
          expect(res.statusCode).toBe(expected);
        }
      });
    }
  }

  it('answers a wrong secret on every token route with the same 404 as an unknown address', async () => {
    const tokenRoutes = Object.entries(MANIFEST).filter(([, access]) => access === 'token');
    for (const [key] of tokenRoutes) {
      const [method = 'GET', url = '/'] = key.split(' ');
      const wrong = url.replace(/:(\w+)/g, (_, name) =>
        name === 'feed' ? `${'x'.repeat(43)}.ics` : 'y'.repeat(43),
      );
      const res = await call(t.app, method as 'GET', wrong);
      expect(res.statusCode, key).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });
});
