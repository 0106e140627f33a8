import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../server/lib/access.ts';
import { buildUser } from '../factories/user.ts';
import { buildPairFixture, type PairFixture } from '../setup/pair-fixture.ts';
import { buildProgramFixture, type ProgramFixture } from '../setup/program-fixture.ts';
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
  'DELETE /api/me': 'signed-in',
  'GET /api/me/export': 'signed-in',
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
  // Programs: the people who run them see them; everyone else gets the 404 of an unknown id.
  'GET /api/programs': 'signed-in',
  'POST /api/programs': 'signed-in',
  'GET /api/programs/:programId': 'program-staff',
  'PATCH /api/programs/:programId': 'program-admin',
  'GET /api/programs/:programId/staff': 'program-staff',
  'DELETE /api/programs/:programId/staff/:userId': 'program-admin',
  'POST /api/programs/:programId/cohorts': 'program-admin',
  'GET /api/cohorts/:cohortId': 'program-staff',
  'PATCH /api/cohorts/:cohortId': 'program-admin',
  'GET /api/cohorts/:cohortId/members': 'program-admin',
  'PATCH /api/cohorts/:cohortId/members/:userId': 'program-admin',
  'DELETE /api/cohorts/:cohortId/members/:userId': 'program-admin',
  'POST /api/programs/:programId/invites': 'program-admin',
  'GET /api/programs/:programId/invites': 'program-admin',
  'DELETE /api/programs/:programId/invites/:inviteId': 'program-admin',
  'GET /api/program-invites/:token': 'token',
  'POST /api/program-invites/:token/accept': 'signed-in',
  'POST /api/me/program-invites/:inviteId/accept': 'signed-in',
  'GET /api/cohorts/:cohortId/application-form': 'program-staff',
  'PUT /api/cohorts/:cohortId/application-form': 'program-admin',
  'GET /api/cohorts/:cohortId/apply': 'signed-in',
  'POST /api/cohorts/:cohortId/applications': 'signed-in',
  'GET /api/me/applications': 'signed-in',
  'GET /api/me/applications/:id': 'signed-in',
  'POST /api/me/applications/:id/withdraw': 'signed-in',
  'GET /api/cohorts/:cohortId/applications': 'program-staff',
  'GET /api/applications/:applicationId': 'program-staff',
  // Interviews scored blind on a rubric, and the decision; the service narrows staff further.
  'GET /api/cohorts/:cohortId/rubric': 'program-staff',
  'PUT /api/cohorts/:cohortId/rubric': 'program-admin',
  'GET /api/applications/:applicationId/interviews': 'program-staff',
  'POST /api/applications/:applicationId/interviews': 'program-admin',
  'GET /api/interviews/:interviewId': 'program-staff',
  'PATCH /api/interviews/:interviewId': 'program-admin',
  'PUT /api/interviews/:interviewId/scorecard': 'program-staff',
  'POST /api/interviews/:interviewId/scorecard/submit': 'program-staff',
  'GET /api/applications/:applicationId/scores': 'program-staff',
  'POST /api/applications/:applicationId/decision': 'program-admin',
  'GET /api/me/interviews': 'signed-in',
  // A cohort's health, for its program's admins only.
  'GET /api/cohorts/:cohortId/health': 'program-admin',
  'GET /api/cohorts/:cohortId/health.csv': 'program-admin',
  'POST /api/cohorts/:cohortId/nudges': 'program-admin',
  'POST /api/cohorts/:cohortId/matching-runs': 'program-admin',
  'GET /api/cohorts/:cohortId/matching-runs': 'program-admin',
  'GET /api/matching-runs/:runId': 'program-admin',
  'PATCH /api/matching-runs/:runId/pairs': 'program-admin',
  'POST /api/matching-runs/:runId/publish': 'program-admin',
  'GET /api/cohorts/:cohortId/pair-rules': 'program-admin',
  'PUT /api/cohorts/:cohortId/pair-rules': 'program-admin',
};

type Persona =
  | 'anonymous'
  | 'stranger'
  | 'other-pair'
  | 'mentor'
  | 'mentee'
  | 'program-admin'
  | 'program-reviewer'
  | 'other-program-admin';
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
 * Program routes use the program of tests/setup/program-fixture.ts: its admin sees everything,
 * its reviewer what staff see, and the admin of another program gets the 404 of an unknown id.
 */
const EXPECTED: Record<Access, Partial<Record<Persona, Outcome>>> = {
  public: { anonymous: 'allowed', stranger: 'allowed' },
  'signed-in': { anonymous: 401, stranger: 'allowed' },
  participant: { anonymous: 401, stranger: 404, 'other-pair': 404, mentor: 'seen', mentee: 'seen' },
  // With the real secret in the path, it answers anyone; a wrong one is probed below.
  token: { anonymous: 'seen', stranger: 'seen' },
  'program-admin': {
    anonymous: 401,
    stranger: 404,
    'other-pair': 404,
    'program-admin': 'seen',
    'program-reviewer': 404,
    'other-program-admin': 404,
  },
  'program-staff': {
    anonymous: 401,
    stranger: 404,
    'other-pair': 404,
    'program-admin': 'seen',
    'program-reviewer': 'seen',
    'other-program-admin': 404,
  },
};

let t: TestApp;
let pair: PairFixture;
let program: ProgramFixture;
beforeAll(async () => {
  t = await createTestApp();
  pair = await buildPairFixture(t.app, t.database.db);
  program = await buildProgramFixture(t.app, t.database.db);
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
    'program-admin': async () => program.admin.cookie,
    'program-reviewer': async () => program.reviewer.cookie,
    'other-program-admin': async () => program.otherAdmin.cookie,
  };
  afterAll(() => {
    console.info(`persona matrix: ${probes} probes over ${Object.keys(MANIFEST).length} routes`);
  });

  for (const [key, access] of Object.entries(MANIFEST)) {
    const [method = 'GET', url = '/'] = key.split(' ');
    for (const [persona, expected] of Object.entries(EXPECTED[access]) as [Persona, Outcome][]) {
      it(`${key} as ${persona} → ${expected}`, async () => {
        await pair.restore();
        await program.restore();
        const cookie = await personaCookies[persona]();
        const res = await call(t.app, method as 'GET', pair.fillParams(program.fillParams(url)), {
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
