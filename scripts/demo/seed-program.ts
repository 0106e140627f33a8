import { and, eq } from 'drizzle-orm';
import { STARTER_RUBRIC } from '../../common/interviews/starter-rubric.ts';
import type { Db } from '../../server/db/client.ts';
import {
  applicationAnswers,
  applications,
  interviewReviewers,
  interviewScores,
  interviews,
  programs,
  rubricCriteria,
} from '../../server/db/schema/programs.ts';
import { buildGoal } from '../../tests/factories/goal.ts';
import { buildProfile } from '../../tests/factories/profile.ts';
import { addMember, buildCohort, buildForm, buildProgram } from '../../tests/factories/program.ts';
import type { DemoAccount } from './seed-mentors.ts';

/**
 * A program to explore as its admin (Priya) or reviewer (Diego): "Bridges into Tech", whose
 * spring cohort is taking applications. Six candidates applied; some are accepted, one is
 * being interviewed (Diego has scored, Priya has not yet), one is waitlisted. Six mentors from
 * the directory are enrolled, so a matching can be proposed and published on the spot.
 */

export const PROGRAM_NAME = 'Bridges into Tech';

export const DEMO_CANDIDATES: (DemoAccount & {
  stack: string[];
  areas: string[];
  goal: { title: string; category: string; successCriterion: string };
})[] = [
  {
    id: 'demo-cand-lena',
    name: 'Lena Fischer',
    email: 'lena@demo.tandem.example',
    timeZone: 'Europe/Berlin',
    stack: ['javascript', 'react'],
    areas: ['frontend'],
    goal: {
      title: 'Land a junior frontend role by the autumn',
      category: 'interviews',
      successCriterion: 'I sign an offer for a junior frontend role.',
    },
  },
  {
    id: 'demo-cand-tomas',
    name: 'Tomás Oliveira',
    email: 'tomas@demo.tandem.example',
    timeZone: 'America/Sao_Paulo',
    stack: ['python'],
    areas: ['data'],
    goal: {
      title: 'Learn what a data analyst does all week',
      category: 'role-fit',
      successCriterion: 'I can say which analyst roles suit me and why.',
    },
  },
  {
    id: 'demo-cand-aisha',
    name: 'Aisha Bello',
    email: 'aisha@demo.tandem.example',
    timeZone: 'Africa/Lagos',
    stack: ['java'],
    areas: ['backend'],
    goal: {
      title: 'Build a portfolio of two backend projects',
      category: 'portfolio',
      successCriterion: 'Two projects with tests and a short write-up each are public.',
    },
  },
  {
    id: 'demo-cand-kenji',
    name: 'Kenji Watanabe',
    email: 'kenji@demo.tandem.example',
    timeZone: 'Asia/Tokyo',
    stack: ['typescript', 'node'],
    areas: ['backend', 'devops'],
    goal: {
      title: 'Settle into my first engineering job',
      category: 'new-job',
      successCriterion: 'I ship a change on my own in my first month.',
    },
  },
  {
    id: 'demo-cand-sofia',
    name: 'Sofia Rossi',
    email: 'sofia@demo.tandem.example',
    timeZone: 'Europe/Rome',
    stack: ['javascript'],
    areas: ['frontend', 'ux'],
    goal: {
      title: 'Move from design into frontend engineering',
      category: 'skills-for-role',
      successCriterion: 'I build a small app from a design of my own.',
    },
  },
  {
    id: 'demo-cand-ravi',
    name: 'Ravi Menon',
    email: 'ravi@demo.tandem.example',
    timeZone: 'Asia/Kolkata',
    stack: ['python', 'sql'],
    areas: ['data'],
    goal: {
      title: 'Prepare for data engineering interviews',
      category: 'interviews',
      successCriterion: 'I pass a technical screen for a data engineering role.',
    },
  },
];

const HOUR = 3_600_000;

/** Who applied, and how far each got. */
const STORY: Record<string, { status: string; reason?: string }> = {
  'demo-cand-lena': { status: 'accepted', reason: 'Clear goals and a realistic plan. Welcome!' },
  'demo-cand-tomas': { status: 'accepted', reason: 'We can help you compare analyst roles.' },
  'demo-cand-aisha': { status: 'accepted', reason: 'Your project ideas are a great start.' },
  'demo-cand-kenji': { status: 'interviewing' },
  'demo-cand-sofia': {
    status: 'waitlisted',
    reason: 'A strong application: we will offer you a place as soon as a mentor frees up.',
  },
  'demo-cand-ravi': { status: 'submitted' },
};

async function programExists(db: Db, adminId: string) {
  const [row] = await db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.name, PROGRAM_NAME), eq(programs.createdById, adminId)));
  return Boolean(row);
}

/** Seeds the program once; a database that already has it is left as it is. */
export async function seedProgram(
  db: Db,
  people: { priya: string; diego: string },
  mentorIds: string[],
  now = new Date(),
): Promise<void> {
  if (await programExists(db, people.priya)) return;
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const program = await buildProgram(
      t,
      people.priya,
      [{ userId: people.diego, role: 'reviewer' }],
      {
        name: PROGRAM_NAME,
        description:
          'Six months of mentoring for people changing careers into tech: one mentor, sessions every two weeks, and a cohort to learn alongside.',
      },
    );
    const cohort = await buildCohort(t, program.id, {
      name: 'Spring 2027',
      startsOn: '2027-03-01',
      endsOn: '2027-08-31',
      applicationsOpen: true,
      maxTimeZoneGapHours: 6,
    });
    const questions = await buildForm(t, cohort.id);
    const criteria = await t
      .insert(rubricCriteria)
      .values(STARTER_RUBRIC.map((c, position) => ({ cohortId: cohort.id, position, ...c })))
      .returning();

    for (const [k, mentorId] of mentorIds.slice(0, 6).entries()) {
      await addMember(t, cohort.id, mentorId, 'mentor', (k % 3) + 1);
    }
    for (const candidate of DEMO_CANDIDATES) {
      await buildProfile(t, candidate.id, {
        isMentor: false,
        isMentee: true,
        careerStage: 'early',
        headline: '',
        bio: '',
        yearsExperience: 0,
        stack: candidate.stack,
        areas: candidate.areas,
        topics: [],
        capacity: 0,
        acceptingRequests: false,
      });
      await buildGoal(t, candidate.id, candidate.goal);
      const story = STORY[candidate.id] ?? { status: 'submitted' };
      const decided = ['accepted', 'waitlisted'].includes(story.status);
      const [application] = await t
        .insert(applications)
        .values({
          cohortId: cohort.id,
          applicantId: candidate.id,
          status: story.status,
          submittedAt: new Date(now.getTime() - 9 * 24 * HOUR),
          decidedAt: decided ? new Date(now.getTime() - 2 * 24 * HOUR) : null,
          decidedById: decided ? people.priya : null,
          decisionReason: story.reason ?? '',
        })
        .returning();
      if (!application) throw new Error('application not inserted');
      await t.insert(applicationAnswers).values(
        questions.map((q) => ({
          applicationId: application.id,
          questionId: q.id,
          value:
            q.kind === 'scale'
              ? 3
              : q.kind === 'multiple-choice'
                ? q.options.slice(0, 2)
                : q.kind === 'single-choice'
                  ? (q.options[1] ?? '')
                  : q.kind === 'short-text'
                    ? 'Customer support lead'
                    : `${candidate.goal.title}. I can give two evenings a week and I learn best by building.`,
        })),
      );
      if (story.status === 'accepted') {
        await addMember(t, cohort.id, candidate.id, 'mentee');
      }
      if (story.status === 'interviewing') {
        // Interviewed yesterday: Diego has submitted his scorecard, Priya has not scored yet.
        const [interview] = await t
          .insert(interviews)
          .values({
            applicationId: application.id,
            startsAt: new Date(now.getTime() - 26 * HOUR),
            durationMinutes: 30,
            location: 'https://meet.example.org/bridges-kenji',
            createdById: people.priya,
          })
          .returning();
        if (!interview) throw new Error('interview not inserted');
        await t.insert(interviewReviewers).values([
          {
            interviewId: interview.id,
            reviewerId: people.diego,
            notes: 'Knows what he wants from the first months; a mentor in backend would suit.',
            submittedAt: new Date(now.getTime() - 20 * HOUR),
          },
          { interviewId: interview.id, reviewerId: people.priya },
        ]);
        await t.insert(interviewScores).values(
          criteria.map((c, k) => ({
            interviewId: interview.id,
            reviewerId: people.diego,
            criterionId: c.id,
            score: [4, 5, 3][k] ?? 4,
          })),
        );
      }
    }
  });
}
