import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTimeZone } from '../common/schemas/time-zone.ts';
import { CAREER_STAGE_IDS } from '../common/taxonomy/career-stages.ts';
import { EDUCATION_PATH_IDS } from '../common/taxonomy/education-paths.ts';
import { GOAL_CATEGORY_IDS } from '../common/taxonomy/goal-categories.ts';
import { KNOWLEDGE_AREA_IDS } from '../common/taxonomy/knowledge-areas.ts';
import { LANGUAGE_IDS } from '../common/taxonomy/languages.ts';
import { STACK } from '../common/taxonomy/stack.ts';
import { actionItems, fitCheckAnswers } from '../server/db/schema/accountability.ts';
import { accounts, users } from '../server/db/schema/auth.ts';
import { goals } from '../server/db/schema/goals.ts';
import { mentoringSessions } from '../server/db/schema/mentoring-sessions.ts';
import { mentorships } from '../server/db/schema/mentorships.ts';
import { profileExperiences, profiles } from '../server/db/schema/profiles.ts';
import {
  applications,
  cohortMembers,
  interviewScores,
  programs,
} from '../server/db/schema/programs.ts';
import { privateNotes, sessionNotes, sessionReviews } from '../server/db/schema/session-records.ts';
import { buildUser } from '../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../tests/setup/test-app.ts';
import { generateDemoMentors } from './demo/demo-mentors.ts';
import { DEMO_CANDIDATES } from './demo/seed-program.ts';
import { DEMO_MENTORS, DEMO_PASSWORD, DEMO_PEOPLE, MAYA_EMAIL, seedDemo } from './seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function rowCounts() {
  const { db } = t.database;
  const of = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]?.n;
  return {
    users: await of(users),
    accounts: await of(accounts),
    profiles: await of(profiles),
    experiences: await of(profileExperiences),
    goals: await of(goals),
    mentorships: await of(mentorships),
    sessions: await of(mentoringSessions),
    reviews: await of(sessionReviews),
    notes: await of(sessionNotes),
    privateNotes: await of(privateNotes),
    actionItems: await of(actionItems),
    fitCheckAnswers: await of(fitCheckAnswers),
    programs: await of(programs),
    applications: await of(applications),
    cohortMembers: await of(cohortMembers),
    interviewScores: await of(interviewScores),
  };
}

describe('seedDemo', () => {
  it('creates the demo people and mentors once, and everyone signs in with the printed password', async () => {
    expect(await seedDemo(t.database)).toEqual({
      created: DEMO_PEOPLE.length + DEMO_CANDIDATES.length,
      mentors: DEMO_MENTORS.length,
    });
    const afterFirst = await rowCounts();
    expect(afterFirst.users).toBe(
      DEMO_PEOPLE.length + DEMO_CANDIDATES.length + DEMO_MENTORS.length,
    );
    // The mentors, Maya, Sam and Priya who mentor in the demo mentorships, and the candidates.
    expect(afterFirst.profiles).toBe(DEMO_MENTORS.length + 3 + DEMO_CANDIDATES.length);
    // The program: one cohort, six applications, three accepted mentees and six mentors.
    expect(afterFirst.programs).toBe(1);
    expect(afterFirst.applications).toBe(DEMO_CANDIDATES.length);
    expect(afterFirst.cohortMembers).toBe(9);
    expect(afterFirst.interviewScores).toBe(3);
    expect(afterFirst.mentorships).toBe(6);
    // Maya–Sam: 7 past (1 cancelled) + 2 ahead; Jordan–Sam: 1 ahead; Jordan–Priya: 3 past.
    expect(afterFirst.sessions).toBe(13);
    expect(afterFirst.reviews).toBe(16);
    expect(afterFirst.notes).toBe(9);
    expect(afterFirst.actionItems).toBe(14);
    expect(afterFirst.fitCheckAnswers).toBe(8);

    // Idempotent: a second run creates nothing and changes no row count.
    expect(await seedDemo(t.database)).toEqual({ created: 0, mentors: 0 });
    expect(await rowCounts()).toEqual(afterFirst);

    for (const person of DEMO_PEOPLE) {
      const res = await call(t.app, 'POST', '/api/auth/sign-in/email', {
        body: { email: person.email, password: DEMO_PASSWORD },
      });
      expect(res.statusCode, person.email).toBe(200);
      expect(res.json().user.timeZone).toBe(person.timeZone);
    }
  });

  it('lets a bulk-created mentor sign in with the demo password, and only with it', async () => {
    const mentor = DEMO_MENTORS.at(-1);
    if (!mentor) throw new Error('no demo mentors');
    const ok = await call(t.app, 'POST', '/api/auth/sign-in/email', {
      body: { email: mentor.email, password: DEMO_PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ id: mentor.id, timeZone: mentor.timeZone });
    const me = await call(t.app, 'GET', '/api/me', {
      cookie: ok.headers['set-cookie']?.toString().split(';')[0] ?? '',
    });
    expect(me.json()).toMatchObject({ email: mentor.email, name: mentor.name });

    const wrong = await call(t.app, 'POST', '/api/auth/sign-in/email', {
      body: { email: mentor.email, password: `${DEMO_PASSWORD}-not` },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('gives Maya a mentee profile and three active goals of different kinds', async () => {
    const { db } = t.database;
    const [maya] = await db.select().from(users).where(eq(users.email, MAYA_EMAIL));
    if (!maya) throw new Error('Maya is missing');
    const [profile] = await db.select().from(profiles).where(eq(profiles.userId, maya.id));
    expect(profile).toMatchObject({ isMentee: true, isMentor: false, careerStage: 'early' });
    expect(profile?.wantStack.length).toBeGreaterThan(0);
    expect(profile?.wantedExperiences.length).toBeGreaterThan(0);
    const mayaGoals = await db.select().from(goals).where(eq(goals.ownerId, maya.id));
    expect(mayaGoals).toHaveLength(3);
    expect(new Set(mayaGoals.map((g) => g.category)).size).toBe(3);
    expect(mayaGoals.every((g) => g.status === 'active' && g.successCriterion)).toBe(true);
  });
});

describe('the demo history', () => {
  async function signIn(email: string) {
    const res = await call(t.app, 'POST', '/api/auth/sign-in/email', {
      body: { email, password: DEMO_PASSWORD },
    });
    return res.headers['set-cookie']?.toString().split(';')[0] ?? '';
  }

  it('gives Maya and Sam months of sessions, reviews and action items for the charts', async () => {
    await seedDemo(t.database);
    const maya = await signIn(MAYA_EMAIL);
    const list = (await call(t.app, 'GET', '/api/mentorships', { cookie: maya })).json();
    const withSam = list.mentorships.find(
      (m: { status: string; counterpart: { name: string } | null }) =>
        m.status === 'active' && m.counterpart?.name === 'Sam Lindqvist',
    );
    const res = await call(t.app, 'GET', `/api/mentorships/${withSam.id}/progress`, {
      cookie: maya,
    });
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ heldCount: 6, cancelledCount: 1, cadenceDays: 14 });
    expect(p.months.length).toBeGreaterThanOrEqual(4);
    expect(p.actionItems).toMatchObject({ done: 6, overdue: 1, dropped: 1 });
    expect(p.actionItems.open).toBeGreaterThanOrEqual(2);
    const answers = p.sessions.flatMap((s: { menteeGoalMet: string; mentorGoalMet: string }) => [
      s.menteeGoalMet,
      s.mentorGoalMet,
    ]);
    expect(new Set(answers)).toEqual(new Set(['yes', 'partly', 'no', null]));
    expect(res.body).not.toContain('I want to stop apologising');
  });

  it('leaves something waiting on Home for each side, and a private check-in Sam has not answered', async () => {
    await seedDemo(t.database);
    const kinds = async (email: string) => {
      const res = await call(t.app, 'GET', '/api/me/needs', { cookie: await signIn(email) });
      return res
        .json()
        .needs.map((n: { kind: string; urgency: string }) => `${n.kind}:${n.urgency}`);
    };
    const sam = await kinds('sam@demo.tandem.example');
    expect(sam).toEqual(expect.arrayContaining(['review:later', 'request:later']));
    expect(sam.some((k: string) => k.startsWith('fit-check'))).toBe(true);
    const maya = await kinds(MAYA_EMAIL);
    expect(maya).toEqual(expect.arrayContaining(['action-item:overdue', 'prep:later']));
    const jordan = await kinds('jordan@demo.tandem.example');
    expect(jordan.some((k: string) => k.startsWith('fit-check'))).toBe(true);
    expect(jordan.some((k: string) => k.startsWith('review'))).toBe(true);
  });
});

describe('seedDemo on a demo database from before bulk seeding', () => {
  it('recognises people who signed up with random ids, by email', async () => {
    const older = await createTestApp();
    try {
      const maya = await buildUser(older.app.auth, {
        name: 'Maya Okafor',
        email: MAYA_EMAIL,
        password: DEMO_PASSWORD,
      });
      expect(await seedDemo(older.database)).toEqual({
        created: DEMO_PEOPLE.length + DEMO_CANDIDATES.length - 1,
        mentors: DEMO_MENTORS.length,
      });
      const mayaGoals = await older.database.db
        .select()
        .from(goals)
        .where(eq(goals.ownerId, maya.user.id));
      expect(mayaGoals).toHaveLength(3);
    } finally {
      await older.close();
    }
  });
});

describe('generateDemoMentors', () => {
  const stackIds = new Set(STACK.map((s) => s.id));

  it('gives the same mentors on every run', () => {
    expect(generateDemoMentors()).toEqual(generateDemoMentors());
    expect(generateDemoMentors(5, 1)).not.toEqual(generateDemoMentors(5, 2));
  });

  it('makes at least 200 varied mentors with values from the taxonomies', () => {
    const mentors = DEMO_MENTORS;
    expect(mentors.length).toBeGreaterThanOrEqual(200);
    expect(new Set(mentors.map((m) => m.email)).size).toBe(mentors.length);
    expect(new Set(mentors.map((m) => m.headline)).size).toBeGreaterThan(100);
    expect(new Set(mentors.map((m) => m.timeZone)).size).toBeGreaterThan(30);
    for (const m of mentors) {
      expect(isTimeZone(m.timeZone), m.timeZone).toBe(true);
      expect(CAREER_STAGE_IDS).toContain(m.careerStage);
      for (const tag of m.stack)
        expect(stackIds.has(tag) || tag.startsWith('free:'), tag).toBe(true);
      for (const a of m.areas) expect(KNOWLEDGE_AREA_IDS).toContain(a);
      for (const c of m.topics) expect(GOAL_CATEGORY_IDS).toContain(c);
      for (const e of m.education) expect(EDUCATION_PATH_IDS).toContain(e);
      for (const l of m.languages) expect(LANGUAGE_IDS).toContain(l);
      for (const link of m.links) expect(link.url).toMatch(/^https:\/\//);
    }
    expect(new Set(mentors.map((m) => m.acceptingRequests))).toEqual(new Set([true, false]));
    const scopes = new Set(mentors.flatMap((m) => m.experiences.map((e) => e.scope)));
    expect(scopes).toEqual(new Set(['public', 'matching', 'private']));
  });

  it('keeps stacks coherent: data people know Python and SQL', () => {
    const data = DEMO_MENTORS.filter((m) => m.specialty === 'data');
    expect(data.length).toBeGreaterThan(10);
    for (const m of data) expect(m.stack).toEqual(expect.arrayContaining(['python', 'sql']));
  });
});
