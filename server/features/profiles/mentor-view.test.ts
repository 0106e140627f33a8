import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileInput } from '../../../common/schemas/profile.ts';
import { buildMentor } from '../../../tests/factories/profile.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { AppEvents } from '../../lib/events.ts';
import { saveProfile } from './profiles.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const silentLog = { error: () => {} } as never;

async function mentorWithEverything() {
  const mentor = await buildUser(t.app.auth, { name: 'Noor Haddad', timeZone: 'Asia/Amman' });
  const res = await call(t.app, 'PUT', '/api/me/profile', {
    cookie: mentor.cookie,
    body: {
      isMentor: true,
      isMentee: true,
      careerStage: 'staff',
      mentor: {
        headline: 'Staff engineer, ex-bootcamp',
        bio: 'I teach what I wish I had known.',
        yearsExperience: 12,
        stack: ['my build tool', 'k8s', 'js'],
        areas: ['devops'],
        topics: ['interviews'],
        education: ['bootcamp'],
        languages: ['ar', 'en'],
        capacity: 2,
        acceptingRequests: true,
        links: [{ label: 'Blog', url: 'https://noor.example/blog' }],
      },
      mentee: { lookingFor: 'SECRET-MENTEE-SIDE', targetRole: 'Principal engineer' },
      experiences: [
        { experience: 'immigrant', scope: 'public' },
        { experience: 'free', label: 'Shown in my words', scope: 'public' },
        { experience: 'veteran', scope: 'matching', programUse: true },
        { experience: 'free', label: 'Ranked only words', scope: 'matching' },
        { experience: 'parent', scope: 'private' },
      ],
      wantedExperiences: [{ experience: 'neurodivergent' }],
    },
  });
  expect(res.statusCode).toBe(200);
  return mentor;
}

describe('GET /api/mentors/:id', () => {
  it('shows the mentor side and only the experiences scoped public', async () => {
    const mentor = await mentorWithEverything();
    const viewer = await buildUser(t.app.auth);
    const res = await call(t.app, 'GET', `/api/mentors/${mentor.user.id}`, {
      cookie: viewer.cookie,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: mentor.user.id,
      name: 'Noor Haddad',
      timeZone: 'Asia/Amman',
      headline: 'Staff engineer, ex-bootcamp',
      bio: 'I teach what I wish I had known.',
      yearsExperience: 12,
      careerStage: 'staff',
      currentRole: null,
      // Taxonomy first, then free tags.
      stack: ['Kubernetes', 'JavaScript', 'my build tool'],
      areas: ['devops'],
      topics: ['interviews'],
      education: ['bootcamp'],
      languages: ['ar', 'en'],
      capacity: 2,
      acceptingRequests: true,
      links: [{ label: 'Blog', url: 'https://noor.example/blog' }],
      experiences: [
        { experience: 'immigrant', label: 'Immigrant or working abroad' },
        { experience: 'free:shown in my words', label: 'Shown in my words' },
      ],
      // Not shown until the mentor has answered a few requests.
      responseTime: null,
    });
    // Nothing from the mentee side, no matching or private experience, no private wishes.
    for (const hidden of [
      'SECRET-MENTEE-SIDE',
      'Principal engineer',
      'veteran',
      'Ranked only',
      'parent',
      'neurodivergent',
      'scope',
    ]) {
      expect(res.body.toLowerCase()).not.toContain(hidden.toLowerCase());
    }
  });

  it('lets the owner see everything they stored in their own view', async () => {
    const mentor = await mentorWithEverything();
    const own = (await call(t.app, 'GET', '/api/me/profile', { cookie: mentor.cookie })).json();
    expect(own.experiences).toEqual([
      {
        experience: 'immigrant',
        label: 'Immigrant or working abroad',
        scope: 'public',
        programUse: false,
      },
      {
        experience: 'free:shown in my words',
        label: 'Shown in my words',
        scope: 'public',
        programUse: false,
      },
      { experience: 'veteran', label: 'Military veteran', scope: 'matching', programUse: true },
      {
        experience: 'free:ranked only words',
        label: 'Ranked only words',
        scope: 'matching',
        programUse: false,
      },
      { experience: 'parent', label: 'Parent or carer', scope: 'private', programUse: false },
    ]);
    expect(own.wantedExperiences).toEqual([
      { experience: 'neurodivergent', label: 'Neurodivergent' },
    ]);
    // The owner's view round-trips: sending it back changes nothing.
    const { exists: _e, updatedAt: _u, ...body } = own;
    const again = await call(t.app, 'PUT', '/api/me/profile', { cookie: mentor.cookie, body });
    expect({ ...again.json(), updatedAt: null }).toEqual({ ...own, updatedAt: null });
  });

  it('answers 404 for a non-mentor, an unknown id, and a mentor who turned the side off', async () => {
    const viewer = await buildUser(t.app.auth);
    const menteeOnly = await buildUser(t.app.auth);
    await call(t.app, 'PUT', '/api/me/profile', {
      cookie: menteeOnly.cookie,
      body: { isMentor: false, isMentee: true, mentor: { headline: 'Not a mentor' } },
    });
    const noProfile = await buildUser(t.app.auth);
    for (const id of [menteeOnly.user.id, noProfile.user.id, 'no-such-user', 'x'.repeat(90)]) {
      const res = await call(t.app, 'GET', `/api/mentors/${id}`, { cookie: viewer.cookie });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    // Longer than the router allows in a path segment: refused in the usual error shape.
    const long = await call(t.app, 'GET', `/api/mentors/${'x'.repeat(150)}`, {
      cookie: viewer.cookie,
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('validation_failed');
    const mentor = await mentorWithEverything();
    const url = `/api/mentors/${mentor.user.id}`;
    expect((await call(t.app, 'GET', url, { cookie: viewer.cookie })).statusCode).toBe(200);
    await call(t.app, 'PUT', '/api/me/profile', {
      cookie: mentor.cookie,
      body: { isMentor: false, isMentee: true },
    });
    expect((await call(t.app, 'GET', url, { cookie: viewer.cookie })).statusCode).toBe(404);
    expect((await call(t.app, 'GET', url)).statusCode).toBe(401);
  });

  it('shows a mentor with no room as not accepting requests', async () => {
    const mentor = await buildMentor(t.app.auth, t.database.db, {
      capacity: 0,
      acceptingRequests: true,
    });
    const res = await call(t.app, 'GET', `/api/mentors/${mentor.user.id}`, {
      cookie: mentor.cookie,
    });
    expect(res.json()).toMatchObject({ capacity: 0, acceptingRequests: false });
  });
});

describe("experiences in the owner's own words", () => {
  it('stores words that spell a listed experience as that one, and wishes as ids or free keys', async () => {
    const { cookie } = await buildUser(t.app.auth);
    const res = await call(t.app, 'PUT', '/api/me/profile', {
      cookie,
      body: {
        isMentor: false,
        isMentee: true,
        experiences: [{ experience: 'free', label: '  PARENT or carer ', scope: 'matching' }],
        wantedExperiences: [
          { experience: 'free', label: 'Neurodivergent' },
          { experience: 'free', label: 'Grew up   bilingual' },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().experiences).toEqual([
      { experience: 'parent', label: 'Parent or carer', scope: 'matching', programUse: false },
    ]);
    expect(res.json().wantedExperiences).toEqual([
      { experience: 'neurodivergent', label: 'Neurodivergent' },
      { experience: 'free:grew up bilingual', label: 'grew up bilingual' },
    ]);
  });
});

describe('saveProfile', () => {
  it('writes in one transaction: a failure half-way keeps the old profile and sends no event', async () => {
    const mentor = await mentorWithEverything();
    const events = new AppEvents();
    const changed: string[] = [];
    events.on('profile-changed', (id) => changed.push(id));
    const before = await snapshotDatabase(t.database.db);
    // The edge refuses duplicates; sent straight to the service, the second insert fails after
    // the profile row was already rewritten, which the transaction must undo.
    const parsed = profileInput.parse({ isMentor: false, isMentee: true });
    parsed.experiences = [
      { experience: 'parent', label: '', scope: 'public', programUse: false },
      { experience: 'parent', label: '', scope: 'private', programUse: false },
    ];
    await expect(
      saveProfile({ db: t.database.db, events, log: silentLog }, mentor.user.id, parsed),
    ).rejects.toThrow();
    expect(await snapshotDatabase(t.database.db)).toBe(before);
    expect(changed).toEqual([]);

    parsed.experiences = [];
    await saveProfile({ db: t.database.db, events, log: silentLog }, mentor.user.id, parsed);
    expect(changed).toEqual([mentor.user.id]);
  });
});
