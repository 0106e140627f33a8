import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profiles } from '../../server/db/schema/profiles.ts';
import { type BuiltUser, buildUser } from '../factories/user.ts';
import { apiRoutes } from '../setup/route-probe.ts';
import { call, createTestApp, type TestApp } from '../setup/test-app.ts';

/**
 * Lived experiences scoped `matching` or `private`, and a mentee's wished-for experiences, must
 * never reach anyone but their owner. Canary strings are planted in each, then every GET route
 * the app has (found in its route table, so routes added later are covered too) is called as
 * other people, and no answer may contain a canary.
 */
const tag = () => randomBytes(6).toString('hex');
const CANARY = {
  matching: `canary-matching-${tag()}`,
  private: `canary-private-${tag()}`,
  wanted: `canary-wanted-${tag()}`,
};
const ALL = Object.values(CANARY);

let t: TestApp;
let mentor: BuiltUser;
let mentee: BuiltUser;
let stranger: BuiltUser;

beforeAll(async () => {
  t = await createTestApp();
  mentor = await buildUser(t.app.auth, { name: 'Canary Mentor' });
  mentee = await buildUser(t.app.auth, { name: 'Canary Mentee' });
  stranger = await buildUser(t.app.auth, { name: 'Curious Stranger' });
  const planted = await call(t.app, 'PUT', '/api/me/profile', {
    cookie: mentor.cookie,
    body: {
      isMentor: true,
      isMentee: false,
      careerStage: 'senior',
      mentor: {
        headline: 'Mentor with things to keep to myself',
        stack: ['TypeScript'],
        areas: ['frontend'],
        topics: ['interviews'],
        languages: ['en'],
        acceptingRequests: true,
      },
      experiences: [
        { experience: 'free', label: CANARY.matching, scope: 'matching' },
        { experience: 'free', label: CANARY.private, scope: 'private' },
        { experience: 'immigrant', scope: 'public' },
      ],
    },
  });
  expect(planted.statusCode).toBe(200);
  // The mentee wishes for the mentor's matching-only experience, so a search that ranks by it
  // has every chance to leak it, plus a wish of their own.
  const wished = await call(t.app, 'PUT', '/api/me/profile', {
    cookie: mentee.cookie,
    body: {
      isMentor: false,
      isMentee: true,
      mentee: { wantStack: ['TypeScript'] },
      wantedExperiences: [
        { experience: 'free', label: CANARY.wanted },
        { experience: 'free', label: CANARY.matching },
      ],
    },
  });
  expect(wished.statusCode).toBe(200);
});
afterAll(() => t.close());

/** Concrete URLs for a GET route: each `:param` as each planted user's id, with and without a query. */
function urlsFor(pattern: string): string[] {
  const ids = [mentor.user.id, mentee.user.id];
  const paths = pattern.includes(':')
    ? ids.map((id) =>
        pattern
          .split('/')
          .map((part) => (part.startsWith(':') ? encodeURIComponent(id) : part))
          .join('/'),
      )
    : [pattern.replace('*', 'x')];
  const queries = ['', ...ALL.map((c) => `?q=${encodeURIComponent(c)}`)];
  return paths.flatMap((path) => queries.map((query) => path + query));
}

function leaks(body: string): string[] {
  const lower = body.toLowerCase();
  return ALL.filter((canary) => lower.includes(canary.toLowerCase()));
}

describe('privacy canary', () => {
  it('the owners do see what they planted (so this test can fail)', async () => {
    const own = await call(t.app, 'GET', '/api/me/profile', { cookie: mentor.cookie });
    expect(leaks(own.body).sort()).toEqual([CANARY.matching, CANARY.private].sort());
    const wishes = await call(t.app, 'GET', '/api/me/profile', { cookie: mentee.cookie });
    expect(leaks(wishes.body).sort()).toEqual([CANARY.matching, CANARY.wanted].sort());
  });

  it('no GET route shows a canary to anyone else, signed in or not', async () => {
    const getRoutes = apiRoutes(t.app.routeTable).filter((route) => route.method === 'GET');
    const urls = getRoutes.flatMap((route) => urlsFor(route.url));
    // GET /api/mentors (mentor search) belongs to another feature; probe it whether it exists
    // yet or not, with the canary as the query and without one.
    urls.push('/api/mentors', ...ALL.map((c) => `/api/mentors?q=${encodeURIComponent(c)}`));
    expect(urls).toContain(`/api/mentors/${mentor.user.id}`);
    expect(urls).toContain('/api/openapi.json');

    // Each viewer is someone other than the owner of the canaries they must not see: the
    // mentee must not learn the mentor's secrets, nor the mentor the mentee's wishes.
    const viewers: [string, string | undefined][] = [
      ['anonymous', undefined],
      ['stranger', stranger.cookie],
      ['the mentee', mentee.cookie],
      ['the mentor', mentor.cookie],
    ];
    const notTheirs: Record<string, string[]> = {
      anonymous: ALL,
      stranger: ALL,
      'the mentee': [CANARY.private],
      'the mentor': [CANARY.wanted],
    };
    let checked = 0;
    for (const [viewer, cookie] of viewers) {
      for (const url of urls) {
        const res = await call(t.app, 'GET', url, { cookie });
        const found = leaks(res.body).filter((c) => notTheirs[viewer]?.includes(c));
        expect(found, `${viewer}: GET ${url} → ${res.statusCode}`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(viewers.length * getRoutes.length);
  });

  it("the mentee who wished for the mentor's matching-only words does not see them", async () => {
    // The mentee knows those words (they typed them): what must stay hidden is that this
    // mentor has them. Without a query nothing the mentee typed can be echoed back.
    for (const url of [`/api/mentors/${mentor.user.id}`, '/api/mentors']) {
      const res = await call(t.app, 'GET', url, { cookie: mentee.cookie });
      expect(res.body.toLowerCase(), url).not.toContain(CANARY.matching.toLowerCase());
    }
  });

  it('the OpenAPI document and the search text hold no canary', async () => {
    const openapi = await call(t.app, 'GET', '/api/openapi.json');
    expect(openapi.statusCode).toBe(200);
    expect(leaks(openapi.body)).toEqual([]);
    const rows = await t.database.db
      .select({ searchText: profiles.searchText })
      .from(profiles)
      .where(eq(profiles.userId, mentor.user.id));
    expect(rows).toHaveLength(1);
    expect(leaks(rows[0]?.searchText ?? '')).toEqual([]);
  });
});
