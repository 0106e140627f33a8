import {
  buildApplication,
  buildCohort,
  buildProgram,
  buildRubric,
} from '../../../tests/factories/program.ts';
import { type BuiltUser, buildUser } from '../../../tests/factories/user.ts';
import { call, type TestApp } from '../../../tests/setup/test-app.ts';

/** Wed 25 Nov 2026, 10:00 UTC: "now" for the interview tests. */
export const NOW = '2026-11-25T10:00:00.000Z';
/** Tue 1 Dec 2026, 14:00 UTC: 14:00 in London, 09:00 in New York, 23:00 in Tokyo. */
export const STARTS = '2026-12-01T14:00:00.000Z';

export interface World {
  admin: BuiltUser;
  reviewerA: BuiltUser;
  reviewerB: BuiltUser;
  /** Staff of the program, on no panel. */
  reviewerC: BuiltUser;
  otherAdmin: BuiltUser;
  stranger: BuiltUser;
  candidate: BuiltUser;
  programId: string;
  cohortId: string;
  applicationId: string;
  criteria: { id: string; name: string }[];
}

/**
 * A program run by Ada (London) with reviewers Ben (New York), Cleo and Dev; another program's
 * admin; a stranger; and Kai (Tokyo), who applied to its cohort. The rubric has three criteria.
 */
export async function buildWorld(t: TestApp): Promise<World> {
  const db = t.database.db;
  const make = (name: string, timeZone: string) => buildUser(t.app.auth, { name, timeZone });
  const admin = await make('Ada Admin', 'Europe/London');
  const reviewerA = await make('Ben Reviewer', 'America/New_York');
  const reviewerB = await make('Cleo Reviewer', 'Europe/Paris');
  const reviewerC = await make('Dev Reviewer', 'Europe/Paris');
  const otherAdmin = await make('Olga Elsewhere', 'Europe/Paris');
  const stranger = await make('Nosy Parker', 'Europe/Paris');
  const candidate = await make('Kai Tanaka', 'Asia/Tokyo');
  const program = await buildProgram(
    db,
    admin.user.id,
    [reviewerA, reviewerB, reviewerC].map((r) => ({
      userId: r.user.id,
      role: 'reviewer' as const,
    })),
    { name: 'Bridges' },
  );
  const other = await buildProgram(db, otherAdmin.user.id);
  await buildCohort(db, other.id);
  const cohort = await buildCohort(db, program.id, { name: 'Winter 2027' });
  const criteria = await buildRubric(db, cohort.id, ['Clarity of goals', 'Commitment', 'Fit']);
  const application = await buildApplication(db, cohort.id, candidate.user.id);
  return {
    admin,
    reviewerA,
    reviewerB,
    reviewerC,
    otherAdmin,
    stranger,
    candidate,
    programId: program.id,
    cohortId: cohort.id,
    applicationId: application.id,
    criteria: criteria.map((c) => ({ id: c.id, name: c.name })),
  };
}

/** A further application to the world's cohort, from a new candidate. */
export async function newApplication(t: TestApp, world: World, name = 'Rae Candidate') {
  const candidate = await buildUser(t.app.auth, { name, timeZone: 'Europe/Berlin' });
  const application = await buildApplication(t.database.db, world.cohortId, candidate.user.id);
  return { candidate, applicationId: application.id };
}

export function scheduleAs(
  t: TestApp,
  cookie: string,
  applicationId: string,
  body: Record<string, unknown>,
) {
  return call(t.app, 'POST', `/api/applications/${applicationId}/interviews`, {
    cookie,
    body: {
      startsAt: STARTS,
      durationMinutes: 45,
      location: 'https://meet.example.test/kai',
      ...body,
    },
  });
}

/** Plans an interview as the admin and returns its id. */
export async function planInterview(
  t: TestApp,
  world: World,
  reviewers: BuiltUser[],
  applicationId = world.applicationId,
) {
  const res = await scheduleAs(t, world.admin.cookie, applicationId, {
    reviewerIds: reviewers.map((r) => r.user.id),
  });
  if (res.statusCode !== 201) throw new Error(`planning failed: ${res.body}`);
  return res.json().id as string;
}

/** Scores as given ({criterion index: score}) and, unless `draft`, submits. */
export async function score(
  t: TestApp,
  world: World,
  interviewId: string,
  who: BuiltUser,
  scores: number[],
  { draft = false, notes = '' } = {},
) {
  const saved = await call(t.app, 'PUT', `/api/interviews/${interviewId}/scorecard`, {
    cookie: who.cookie,
    body: {
      scores: scores.map((value, index) => ({
        criterionId: world.criteria[index]?.id,
        score: value,
        note: `${who.user.name} on ${world.criteria[index]?.name}`,
      })),
      notes,
    },
  });
  if (saved.statusCode !== 200) throw new Error(`saving failed: ${saved.body}`);
  if (draft) return saved;
  const submitted = await call(t.app, 'POST', `/api/interviews/${interviewId}/scorecard/submit`, {
    cookie: who.cookie,
  });
  if (submitted.statusCode !== 200) throw new Error(`submitting failed: ${submitted.body}`);
  return submitted;
}
