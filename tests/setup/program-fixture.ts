import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/db/client.ts';
import {
  cohortMembers,
  interviewReviewers,
  interviews,
  matchingRuns,
  programInvites,
  programStaff,
  programs,
} from '../../server/db/schema/programs.ts';
import { buildMentor } from '../factories/profile.ts';
import {
  addMember,
  buildApplication,
  buildCohort,
  buildForm,
  buildInvite,
  buildProgram,
} from '../factories/program.ts';
import { buildUser } from '../factories/user.ts';

function fail(message: string): never {
  throw new Error(message);
}

/**
 * A program for probing who may see what: Pia runs it (admin), Rex reviews for it; its cohort
 * has a mentor (Mo) and a mentee (Mei), a form with one question of each kind, an application by
 * Cal with an interview Rex sits on, a matching run, and an open mentee invite link. Oona is the
 * admin of another program entirely. Ids are exported for other features' tests to extend.
 * `restore()` puts back what a probe may have changed.
 */
export async function buildProgramFixture(app: FastifyInstance, db: Db) {
  const admin = await buildUser(app.auth, { name: 'Pia Admin' });
  const reviewer = await buildUser(app.auth, { name: 'Rex Reviewer' });
  const mentor = await buildMentor(app.auth, db, {}, [], { name: 'Mo Mentor' });
  const mentee = await buildUser(app.auth, { name: 'Mei Mentee' });
  const candidate = await buildUser(app.auth, { name: 'Cal Candidate' });
  const otherAdmin = await buildUser(app.auth, { name: 'Oona Other' });

  const program = await buildProgram(db, admin.user.id, [
    { userId: reviewer.user.id, role: 'reviewer' },
  ]);
  const cohort = await buildCohort(db, program.id);
  await addMember(db, cohort.id, mentor.user.id, 'mentor', 2);
  await addMember(db, cohort.id, mentee.user.id, 'mentee');
  const questions = await buildForm(db, cohort.id);
  const application = await buildApplication(db, cohort.id, candidate.user.id, questions);
  const [interview = fail('interview not inserted')] = await db
    .insert(interviews)
    .values({
      applicationId: application.id,
      startsAt: new Date(Date.now() + 3 * 86_400_000),
      durationMinutes: 45,
      location: 'https://meet.example.test/cal',
      createdById: admin.user.id,
    })
    .returning();
  await db
    .insert(interviewReviewers)
    .values({ interviewId: interview.id, reviewerId: reviewer.user.id });
  const [run = fail('matching run not inserted')] = await db
    .insert(matchingRuns)
    .values({
      cohortId: cohort.id,
      mode: 'best-total-fit',
      status: 'done',
      createdById: admin.user.id,
    })
    .returning();
  const { invite, token: inviteToken } = await buildInvite(db, program.id, { cohortId: cohort.id });

  const otherProgram = await buildProgram(db, otherAdmin.user.id);
  const otherCohort = await buildCohort(db, otherProgram.id);

  const ids = {
    programId: program.id,
    cohortId: cohort.id,
    applicationId: application.id,
    interviewId: interview.id,
    runId: run.id,
    inviteId: invite.id,
    otherProgramId: otherProgram.id,
    otherCohortId: otherCohort.id,
  };

  async function restore() {
    await db
      .update(programs)
      .set({ name: program.name, description: program.description })
      .where(eq(programs.id, program.id));
    await db
      .insert(programStaff)
      .values({ programId: program.id, userId: reviewer.user.id, role: 'reviewer' })
      .onConflictDoNothing();
    await db
      .update(cohortMembers)
      .set({ leftAt: null })
      .where(eq(cohortMembers.cohortId, cohort.id));
    await db
      .update(programInvites)
      .set({ revokedAt: null })
      .where(eq(programInvites.id, invite.id));
  }

  /**
   * Fills the program params of a route pattern (leaving the others, e.g. for the pair fixture).
   * `:userId` is the reviewer on staff routes and the mentor on cohort member routes.
   */
  function fillParams(url: string): string {
    const values: Record<string, string> = {
      ...ids,
      userId: url.includes('/staff/') ? reviewer.user.id : mentor.user.id,
      ...(url.startsWith('/api/program-invites/') ? { token: inviteToken } : {}),
    };
    return url
      .split('/')
      .map((part) => {
        const value = part.startsWith(':') ? values[part.slice(1)] : undefined;
        return value === undefined ? part : encodeURIComponent(value);
      })
      .join('/');
  }

  return {
    admin,
    reviewer,
    mentor,
    mentee,
    candidate,
    otherAdmin,
    program,
    cohort,
    questions,
    application,
    interview,
    run,
    invite,
    inviteToken,
    otherProgram,
    otherCohort,
    ids,
    restore,
    fillParams,
  };
}

export type ProgramFixture = Awaited<ReturnType<typeof buildProgramFixture>>;
