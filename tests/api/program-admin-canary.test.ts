import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionItems, closureAppreciations } from '../../server/db/schema/accountability.ts';
import { sessionNotes } from '../../server/db/schema/session-records.ts';
import { buildGoal } from '../factories/goal.ts';
import { buildPrep } from '../factories/mentorship.ts';
import { buildCohort, buildProgram } from '../factories/program.ts';
import { buildCohortPair, buildFitAnswer, buildPairSession } from '../factories/program-health.ts';
import { type BuiltUser, buildUser } from '../factories/user.ts';
import { apiRoutes } from '../setup/route-probe.ts';
import { call, createTestApp, type TestApp } from '../setup/test-app.ts';
import { createTestClock } from '../setup/test-clock.ts';

/**
 * What a program's admins must never read about the pairs of their cohorts: private notes,
 * private reflections, fit-check notes and any one person's fit-check answer, experiences not
 * offered for program statistics (and the owner's own words even when offered), and what the
 * pair writes together (goals, prep, shared notes, reviews' words, action items, messages).
 * Canaries are planted in all of them; then every GET route of the app is called as the
 * cohort's program admin and as another program's admin, the CSV included. No canary may show.
 */
const canary = (part: string) => `canary-${part}-${randomBytes(5).toString('hex')}`;
const C = {
  privateNote: canary('private-note'),
  reflection: canary('private-reflection'),
  whyNot: canary('why-not'),
  mostUseful: canary('most-useful'),
  nextSteps: canary('next-steps'),
  fitNoteOpen: canary('fit-note-unrevealed'),
  fitNoteRevealed: canary('fit-note-revealed'),
  freePrivate: canary('free-private'),
  freeMatching: canary('free-matching'),
  freeOffered: canary('free-offered'),
  goalTitle: canary('goal-title'),
  goalCriterion: canary('goal-criterion'),
  prepGoal: canary('prep-goal'),
  prepQuestion: canary('prep-question'),
  sharedNotes: canary('shared-notes'),
  itemTitle: canary('item-title'),
  requestMessage: canary('request-message'),
  closeNote: canary('close-note'),
  appreciation: canary('appreciation'),
};
const ALL = Object.values(C);

const NOW = new Date('2026-03-02T12:00:00Z');
const at = (day: string) => new Date(`${day}T10:00:00Z`);
const clock = createTestClock(NOW);

let t: TestApp;
let admin: BuiltUser;
let otherAdmin: BuiltUser;
let programId: string;
let cohortId: string;
let ids: { mentorship: string; session: string; closed: string };
let ana: BuiltUser;

beforeAll(async () => {
  t = await createTestApp({ clock: clock.clock });
  const { db } = t.database;
  admin = await buildUser(t.app.auth, { name: 'Ada Admin' });
  otherAdmin = await buildUser(t.app.auth, { name: 'Olga Other' });
  const program = await buildProgram(db, admin.user.id);
  await buildProgram(db, otherAdmin.user.id);
  programId = program.id;
  const cohort = await buildCohort(db, program.id, {
    startsOn: '2026-02-01',
    applicationsOpen: false,
  });
  cohortId = cohort.id;

  // Six pairs, so fit-check outcomes are shown at all (from 5 pairs with a revealed round).
  const pairs = [];
  for (let i = 0; i < 7; i += 1) {
    const mentee = await buildUser(t.app.auth, { name: `Mentee ${i}` });
    const mentor = await buildUser(t.app.auth, { name: `Mentor ${i}` });
    if (i === 0) ana = mentee;
    const closed = i === 6;
    const pair = await buildCohortPair(db, cohortId, mentee.user.id, mentor.user.id, {
      startedAt: at('2026-02-02'),
      message: `Hello! ${C.requestMessage}`,
      ...(closed
        ? {
            status: 'closed',
            closedAt: at('2026-02-25'),
            closeReason: 'other',
            closeNote: C.closeNote,
            closedById: mentee.user.id,
          }
        : {}),
    });
    pairs.push({ pair, mentee, mentor });
    // Pair 0 met on 28 Feb: its first fit-check round is open until 7 March. The others met on
    // 20 Feb: their round was revealed by time on 27 Feb.
    const day = i === 0 ? '2026-02-28' : '2026-02-20';
    const session = await buildPairSession(db, pair, at(day), { prepHoursBefore: 30 });
    if (i > 0 && i < 6) {
      await buildFitAnswer(
        db,
        pair.id,
        1,
        mentee.user.id,
        'continue',
        at('2026-02-21'),
        C.fitNoteRevealed,
      );
    }
    if (closed) {
      await db
        .insert(closureAppreciations)
        .values({ mentorshipId: pair.id, authorId: mentor.user.id, text: C.appreciation });
    }
    if (i === 0) ids = { mentorship: pair.id, session: session.id, closed: '' };
  }
  ids.closed = pairs[6]?.pair.id ?? '';
  const first = pairs[0];
  if (!first) throw new Error('no first pair');

  // What pair 0 writes, each through the route a person uses.
  const asAna = { cookie: ana.cookie };
  const asMentor = { cookie: first.mentor.cookie };
  const session = `/api/sessions/${ids.session}`;
  const saved = [
    await call(t.app, 'PUT', `${session}/notes/private`, {
      ...asAna,
      body: { baseVersion: 0, body: `Nervous: ${C.privateNote}` },
    }),
    await call(t.app, 'PUT', `${session}/review`, {
      ...asAna,
      body: {
        goalMet: 'partly',
        whyNot: `We ran short of time. ${C.whyNot}`,
        mostUseful: C.mostUseful,
        nextSteps: C.nextSteps,
        privateReflection: C.reflection,
      },
    }),
    await call(t.app, 'PUT', `${session}/review`, {
      ...asMentor,
      body: { goalMet: 'yes', privateReflection: C.reflection },
    }),
    await call(t.app, 'PUT', '/api/me/profile', {
      ...asAna,
      body: {
        isMentor: false,
        isMentee: true,
        experiences: [
          { experience: 'free', label: C.freePrivate, scope: 'private' },
          { experience: 'free', label: C.freeMatching, scope: 'matching' },
          { experience: 'free', label: C.freeOffered, scope: 'public', programUse: true },
          { experience: 'veteran', scope: 'matching', programUse: false },
        ],
      },
    }),
  ];
  for (const res of saved) expect(res.statusCode, res.body).toBe(200);
  await db.insert(sessionNotes).values({
    sessionId: ids.session,
    body: C.sharedNotes,
    version: 1,
    updatedById: ana.user.id,
  });
  await buildGoal(db, ana.user.id, {
    title: `Land a role ${C.goalTitle}`,
    successCriterion: C.goalCriterion,
  });
  await db.insert(actionItems).values({
    mentorshipId: ids.mentorship,
    title: C.itemTitle,
    ownerRole: 'mentee',
    createdAt: at('2026-02-28'),
  });
  const upcoming = await buildPairSession(db, first.pair, at('2026-03-10'));
  await buildPrep(db, upcoming.id, { goal: C.prepGoal, questions: [C.prepQuestion], shared: true });
});
afterAll(() => t.close());

/** A concrete URL for a route pattern, its ids from the fixture. */
function fillParams(url: string): string {
  const values: Record<string, string> = {
    cohortId,
    programId,
    id: url.startsWith('/api/sessions') ? ids.session : ids.mentorship,
  };
  return url
    .split('/')
    .map((part) => {
      if (!part.startsWith(':')) return part === '*' ? 'x' : part;
      const [name = '', ...suffix] = part.slice(1).split('.');
      return [values[name] ?? '00000000-0000-4000-8000-000000000000', ...suffix].join('.');
    })
    .join('/');
}

function getUrls(): string[] {
  const urls = apiRoutes(t.app.routeTable)
    .filter((route) => route.method === 'GET')
    .map((route) => fillParams(route.url));
  const health = `/api/cohorts/${cohortId}/health`;
  return [
    ...urls,
    `${health}?breakdown=experience`,
    `${health}?from=2026-02-01&to=2026-03-02&breakdown=experience`,
    `${health}.csv?from=2026-01-01`,
    `/api/mentorships/${ids.closed}/closure`,
    `/api/mentorships/${ids.closed}/summary`,
  ];
}

describe('program admins never read what is private', () => {
  it('cannot tell whether one person answered a round that is not revealed yet, or how', async () => {
    const look = async () =>
      Promise.all(
        [
          `/api/cohorts/${cohortId}/health?breakdown=experience`,
          `/api/cohorts/${cohortId}/health.csv`,
        ].map(async (url) => (await call(t.app, 'GET', url, { cookie: admin.cookie })).body),
      );
    const before = await look();
    const answered = await call(t.app, 'PUT', `/api/mentorships/${ids.mentorship}/fit-check`, {
      cookie: ana.cookie,
      body: { round: 1, answer: 'wind-down', note: C.fitNoteOpen },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().current.revealedAt).toBeNull();
    expect(await look()).toEqual(before);
    for (const body of before) expect(body).not.toContain(C.fitNoteOpen);
  });

  it('answers the cohort’s admin with aggregates (the probe is not vacuous)', async () => {
    const res = await call(t.app, 'GET', `/api/cohorts/${cohortId}/health`, {
      cookie: admin.cookie,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.pairs).toBe(7);
    expect(body.fitCheck.pairs).toBe(6);
    expect(body.fitCheck.outcomes).toEqual({
      continue: 5,
      adjust: 0,
      'wind-down': 0,
      'no-answer': 1,
    });
    const csv = await call(t.app, 'GET', `/api/cohorts/${cohortId}/health.csv`, {
      cookie: admin.cookie,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\r\n')).toHaveLength(9);
  });

  for (const persona of ['program admin', 'another program’s admin'] as const) {
    it(`shows no canary on any GET route to the ${persona}`, async () => {
      const who = persona === 'program admin' ? admin : otherAdmin;
      let checked = 0;
      for (const url of getUrls()) {
        const res = await call(t.app, 'GET', url, { cookie: who.cookie });
        expect(res.statusCode, url).toBeLessThan(500);
        if (persona === 'another program’s admin' && url.includes(cohortId)) {
          expect(res.statusCode, url).toBe(404);
        }
        for (const secret of ALL) expect(res.body, `${url} leaks ${secret}`).not.toContain(secret);
        checked += 1;
      }
      expect(checked).toBeGreaterThan(40);
    });
  }
});
