import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../common/schemas/profile.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { queryRows } from '../../db/client.ts';
import { profiles } from '../../db/schema/profiles.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const put = (cookie: string, body: unknown) =>
  call(t.app, 'PUT', '/api/me/profile', { cookie, body });
const getOwn = async (cookie: string) =>
  (await call(t.app, 'GET', '/api/me/profile', { cookie })).json();

function mentorBody(overrides: Partial<ProfileInput['mentor']> = {}): ProfileInput {
  return {
    isMentor: true,
    isMentee: false,
    careerStage: 'senior',
    mentor: {
      headline: 'Platform engineer who likes explaining things',
      bio: 'Ten years of web work.\nHappy to talk about interviews.',
      yearsExperience: 10,
      currentRole: 'Staff engineer',
      stack: ['TypeScript'],
      areas: ['devops'],
      topics: ['interviews'],
      education: ['self-taught'],
      languages: ['en', 'fr'],
      capacity: 3,
      acceptingRequests: true,
      links: [{ label: 'Portfolio', url: 'https://example.org/me' }],
      ...overrides,
    },
  };
}

describe('GET /api/me/profile', () => {
  it('answers sensible defaults before the first save, not a 404', async () => {
    const { cookie } = await buildUser(t.app.auth);
    const res = await call(t.app, 'GET', '/api/me/profile', { cookie });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      exists: false,
      isMentor: false,
      isMentee: false,
      experiences: [],
      wantedExperiences: [],
      updatedAt: null,
      mentor: { capacity: 2, acceptingRequests: false, stack: [] },
    });
  });
});

describe('PUT /api/me/profile', () => {
  it('saves both sides, returns the owner view and only touches the caller', async () => {
    const a = await buildUser(t.app.auth);
    const b = await buildUser(t.app.auth);
    const res = await put(a.cookie, {
      ...mentorBody(),
      isMentee: true,
      mentee: { lookingFor: 'A first SRE role', targetRole: 'SRE', timeZoneWindowHours: 3 },
    });
    expect(res.statusCode).toBe(200);
    const saved = res.json();
    expect(saved).toMatchObject({
      exists: true,
      isMentor: true,
      isMentee: true,
      careerStage: 'senior',
      mentor: {
        headline: 'Platform engineer who likes explaining things',
        languages: ['en', 'fr'],
      },
      mentee: { lookingFor: 'A first SRE role', targetRole: 'SRE', timeZoneWindowHours: 3 },
    });
    expect(await getOwn(a.cookie)).toEqual(saved);
    expect((await getOwn(b.cookie)).exists).toBe(false);
  });

  it('normalises stack tags: aliases, case, whitespace, free tags, no duplicates', async () => {
    const { cookie, user } = await buildUser(t.app.auth);
    const res = await put(cookie, {
      ...mentorBody({
        stack: ['js', ' JavaScript ', 'k8s', 'KUBE', 'Kubernetes', '  My   Tool ', 'my tool', ''],
      }),
      mentee: { wantStack: ['golang', 'Go', 'ts'] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().mentor.stack).toEqual(['JavaScript', 'Kubernetes', 'my tool']);
    expect(res.json().mentee.wantStack).toEqual(['Go', 'TypeScript']);
    const [row] = await t.database.db.select().from(profiles).where(eq(profiles.userId, user.id));
    expect(row?.stack).toEqual(['javascript', 'kubernetes', 'free:my tool']);
    // Search text spells tags out, and never holds the mentee side.
    expect(row?.searchText).toContain('Kubernetes');
    expect(row?.searchText).not.toContain('golang');
    // What GET returns can be sent back unchanged.
    const again = await put(cookie, { ...mentorBody({ stack: res.json().mentor.stack }) });
    expect(again.json().mentor.stack).toEqual(['JavaScript', 'Kubernetes', 'my tool']);
  });

  it('sets updated_at from the database clock on every write', async () => {
    const { cookie, user } = await buildUser(t.app.auth);
    const first = (await put(cookie, mentorBody())).json();
    const second = (await put(cookie, mentorBody({ headline: 'Changed' }))).json();
    expect(new Date(second.updatedAt) > new Date(first.updatedAt)).toBe(true);
    const [row] = await queryRows<{ fresh: boolean }>(
      t.database.db,
      sql`select updated_at >= now() - interval '1 minute' as fresh from profiles
          where user_id = ${user.id}`,
    );
    expect(row?.fresh).toBe(true);
  });

  it('refuses bad input with clear messages and field paths, and changes nothing', async () => {
    const { cookie } = await buildUser(t.app.auth);
    await put(cookie, mentorBody());
    const before = await snapshotDatabase(t.database.db);
    const cases: [unknown, string, RegExp][] = [
      [{ ...mentorBody(), isMentor: 'yes' }, 'isMentor', /mentor/],
      [mentorBody({ headline: 'x'.repeat(121) }), 'mentor.headline', /under 120/],
      [mentorBody({ bio: 'x'.repeat(4001) }), 'mentor.bio', /under 4000/],
      [mentorBody({ yearsExperience: 61 }), 'mentor.yearsExperience', /60/],
      [mentorBody({ yearsExperience: 2.5 }), 'mentor.yearsExperience', /whole/],
      [mentorBody({ capacity: 21 }), 'mentor.capacity', /20/],
      [mentorBody({ stack: ['x'.repeat(41)] }), 'mentor.stack.0', /40/],
      [mentorBody({ stack: Array.from({ length: 31 }, (_, i) => `t${i}`) }), 'mentor.stack', /30/],
      [mentorBody({ areas: ['astrology' as 'ux'] }), 'mentor.areas.0', /from the list/],
      [mentorBody({ languages: ['xx'] }), 'mentor.languages.0', /from the list/],
      [{ ...mentorBody(), careerStage: 'wizard' }, 'careerStage', /career stage/],
      [
        { ...mentorBody(), mentee: { timeZoneWindowHours: 15 } },
        'mentee.timeZoneWindowHours',
        /14/,
      ],
      [{ ...mentorBody(), mentee: { lookingFor: 'x'.repeat(1001) } }, 'mentee.lookingFor', /1000/],
      [
        { ...mentorBody(), experiences: [{ experience: 'astrology', scope: 'public' }] },
        'experiences.0.experience',
        /from the list/,
      ],
      [
        { ...mentorBody(), experiences: [{ experience: 'parent', scope: 'everyone' }] },
        'experiences.0.scope',
        /who may see/,
      ],
      [
        { ...mentorBody(), experiences: [{ experience: 'free', label: '', scope: 'private' }] },
        'experiences.0.label',
        /own words/,
      ],
      [
        {
          ...mentorBody(),
          experiences: [{ experience: 'free', label: 'x'.repeat(61), scope: 'private' }],
        },
        'experiences.0.label',
        /60/,
      ],
      [
        {
          ...mentorBody(),
          experiences: [
            { experience: 'parent', scope: 'public' },
            { experience: 'free', label: ' parent OR carer ', scope: 'private' },
          ],
        },
        'experiences.1.label',
        /already added/,
      ],
      [
        {
          ...mentorBody(),
          experiences: Array.from({ length: 16 }, (_, i) => ({
            experience: 'free',
            label: `experience ${i}`,
            scope: 'private',
          })),
        },
        'experiences',
        /at most 15/,
      ],
    ];
    for (const [body, field, message] of cases) {
      const res = await put(cookie, body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.fields?.[field], JSON.stringify(res.json())).toMatch(message);
    }
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('accepts only http(s) links with a name, at most 8', async () => {
    const { cookie } = await buildUser(t.app.auth);
    const link = (url: string) => mentorBody({ links: [{ label: 'Site', url }] });
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>hi</b>',
      'ftp://example.org/file',
      'example.org',
      'https://',
      'mailto:me@example.org',
    ]) {
      const res = await put(cookie, link(url));
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.fields['mentor.links.0.url']).toMatch(/https:\/\//);
    }
    const unnamed = await put(
      cookie,
      mentorBody({ links: [{ label: ' ', url: 'https://a.test' }] }),
    );
    expect(unnamed.json().error.fields['mentor.links.0.label']).toMatch(/name/);
    const tooMany = Array.from({ length: 9 }, (_, i) => ({
      label: `L${i}`,
      url: 'https://a.test',
    }));
    const res = await put(cookie, mentorBody({ links: tooMany }));
    expect(res.json().error.fields['mentor.links']).toMatch(/at most 8/);
    const ok = await put(cookie, link('http://example.org/a?b=c'));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().mentor.links).toEqual([{ label: 'Site', url: 'http://example.org/a?b=c' }]);
  });
});
