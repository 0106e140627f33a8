import type { Db } from '../../server/db/client.ts';
import { actionItems, fitCheckAnswers } from '../../server/db/schema/accountability.ts';
import { sessionPreps } from '../../server/db/schema/mentoring-sessions.ts';
import { sessionReviews } from '../../server/db/schema/session-records.ts';
import { buildMentorship, buildSession } from './mentorship.ts';
import { addMember } from './program.ts';

/**
 * A pair of the cohort as its published matching would make it: both people members, and an
 * active mentorship of origin `program` with the cohort's id. Override any column.
 */
export async function buildCohortPair(
  db: Db,
  cohortId: string,
  menteeId: string,
  mentorId: string,
  overrides: Parameters<typeof buildMentorship>[3] = {},
  { members = true } = {},
) {
  if (members) {
    await addMember(db, cohortId, menteeId, 'mentee');
    await addMember(db, cohortId, mentorId, 'mentor');
  }
  return buildMentorship(db, menteeId, mentorId, {
    origin: 'program',
    cohortId,
    cadence: 'every-two-weeks',
    ...overrides,
  });
}

/**
 * A session of a pair that took place (or will), with optional prep shared `prepHoursBefore`
 * its start and reviews by either side.
 */
export async function buildPairSession(
  db: Db,
  pair: { id: string; menteeId: string | null; mentorId: string | null },
  startsAt: Date,
  {
    prepHoursBefore = null as number | null,
    menteeGoalMet = null as 'yes' | 'partly' | 'no' | null,
    mentorGoalMet = null as 'yes' | 'partly' | 'no' | null,
    status = 'scheduled',
  } = {},
) {
  const session = await buildSession(db, pair.id, { startsAt, status });
  if (prepHoursBefore !== null) {
    await db.insert(sessionPreps).values({
      sessionId: session.id,
      goal: 'Leave with a plan for the next two weeks.',
      sharedAt: new Date(startsAt.getTime() - prepHoursBefore * 3_600_000),
    });
  }
  const reviews = [
    [pair.menteeId, menteeGoalMet],
    [pair.mentorId, mentorGoalMet],
  ] as const;
  for (const [authorId, goalMet] of reviews) {
    if (!authorId || !goalMet) continue;
    await db.insert(sessionReviews).values({
      sessionId: session.id,
      authorId,
      goalMet,
      whyNot: goalMet === 'yes' ? '' : 'We ran out of time before the last question.',
    });
  }
  return session;
}

export async function buildItem(
  db: Db,
  mentorshipId: string,
  status: 'open' | 'done' | 'dropped',
  createdAt: Date,
) {
  await db.insert(actionItems).values({
    mentorshipId,
    title: 'Send the updated resume',
    ownerRole: 'mentee',
    status,
    createdAt,
    resolvedAt: status === 'open' ? null : createdAt,
  });
}

export async function buildFitAnswer(
  db: Db,
  mentorshipId: string,
  round: number,
  authorId: string,
  answer: 'continue' | 'adjust' | 'wind-down',
  answeredAt: Date,
  note = '',
) {
  await db
    .insert(fitCheckAnswers)
    .values({ mentorshipId, round, authorId, answer, answeredAt, note });
}
