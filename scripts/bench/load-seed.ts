import { hashPassword } from 'better-auth/crypto';
import { sql } from 'drizzle-orm';
import { GOAL_CATEGORY_IDS } from '../../common/taxonomy/goal-categories.ts';
import type { Db } from '../../server/db/client.ts';
import { actionItems } from '../../server/db/schema/accountability.ts';
import { accounts, users } from '../../server/db/schema/auth.ts';
import { goals } from '../../server/db/schema/goals.ts';
import {
  mentoringSessions,
  prepQuestions,
  sessionPreps,
} from '../../server/db/schema/mentoring-sessions.ts';
import { mentorshipGoals, mentorships } from '../../server/db/schema/mentorships.ts';
import { notifications } from '../../server/db/schema/notifications.ts';
import { profiles } from '../../server/db/schema/profiles.ts';
import { profileRow } from '../../tests/factories/profile.ts';
import { prng } from '../lib/prng.ts';
import { seedSyntheticMentors } from './seed-synthetic.ts';

/** One pair the load drives: both people sign in, both open, tick and write in one session. */
export interface LoadPair {
  menteeEmail: string;
  mentorEmail: string;
  goalId: string;
  sessionId: string;
  questionIds: string[];
}

export const LOAD_PASSWORD = 'load-benchmark-password';
const QUESTIONS = [
  'How do I practise system design on my own?',
  'Which parts of my portfolio should I cut?',
  'How do I answer “tell me about a conflict”?',
  'What should my first ninety days look like?',
];
const ZONES = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'Asia/Kolkata'];
const MENTEE_STACKS = [
  ['typescript', 'react'],
  ['python', 'docker'],
  ['java', 'kubernetes'],
  ['go', 'postgresql'],
];

/**
 * The load population, straight into the database before the server starts: `mentors`
 * synthetic mentors to search among, then `pairs` active mentorships, each with a goal, a past
 * session with an open action item, an upcoming session whose prep is shared (four questions),
 * and a dozen notifications per person (a third unread). Every pair account shares one password,
 * hashed once by better-auth's own hasher and stored as its email sign-up stores it, so signing
 * in works as for anyone else.
 */
export async function seedLoadPopulation(
  db: Db,
  { pairs, mentors, seed = 7 }: { pairs: number; mentors: number; seed?: number },
): Promise<LoadPair[]> {
  if (mentors > 0) await seedSyntheticMentors(db, mentors, seed);
  const rand = prng(seed);
  const passwordHash = await hashPassword(LOAD_PASSWORD);
  const now = Date.now();
  const people = Array.from({ length: pairs }, (_, i) => ({
    mentee: {
      id: `load-mentee-${i}`,
      name: `Mentee ${i}`,
      email: `mentee-${i}@load.tandem.example`,
      timeZone: ZONES[i % ZONES.length] as string,
    },
    mentor: {
      id: `load-mentor-${i}`,
      name: `Mentor ${i}`,
      email: `mentor-${i}@load.tandem.example`,
      timeZone: ZONES[(i + 1) % ZONES.length] as string,
    },
  }));
  const everyone = people.flatMap((p) => [p.mentee, p.mentor]);

  const loadPairs = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    for (let i = 0; i < everyone.length; i += 500) {
      const chunk = everyone.slice(i, i + 500);
      await tx.insert(users).values(chunk);
      await tx.insert(accounts).values(
        chunk.map((p) => ({
          id: `${p.id}-credential`,
          accountId: p.id,
          providerId: 'credential',
          userId: p.id,
          password: passwordHash,
        })),
      );
    }
    await tx.insert(profiles).values(
      people.flatMap(({ mentee, mentor }, i) => [
        profileRow(mentee.id, {
          isMentor: false,
          isMentee: true,
          careerStage: 'early',
          wantStack: MENTEE_STACKS[i % MENTEE_STACKS.length],
          wantAreas: i % 2 ? ['backend', 'devops'] : ['frontend'],
          preferredLanguages: ['en'],
          timeZoneWindowHours: 3,
        }),
        profileRow(mentor.id, { capacity: 3 }),
      ]),
    );
    const goalRows = await tx
      .insert(goals)
      .values(
        people.map(({ mentee }, i) => ({
          ownerId: mentee.id,
          title: `Land a first role in the team I want (${i})`,
          category: GOAL_CATEGORY_IDS[i % GOAL_CATEGORY_IDS.length] as string,
          successCriterion: 'I have an offer I am happy with.',
        })),
      )
      .returning({ id: goals.id });
    const pairRows = await tx
      .insert(mentorships)
      .values(
        people.map(({ mentee, mentor }) => ({
          menteeId: mentee.id,
          mentorId: mentor.id,
          origin: 'request' as const,
          requestedById: mentee.id,
          status: 'active' as const,
          message: 'I would like help getting ready for interviews this season.',
          cadence: 'every-two-weeks' as const,
          requestedAt: new Date(now - 30 * 86_400_000),
          respondedAt: new Date(now - 29 * 86_400_000),
          startedAt: new Date(now - 29 * 86_400_000),
        })),
      )
      .returning({ id: mentorships.id });
    await tx
      .insert(mentorshipGoals)
      .values(pairRows.map((m, i) => ({ mentorshipId: m.id, goalId: goalRows[i]?.id as string })));
    const sessionValues = (offsetDays: number) =>
      pairRows.map((m, i) => ({
        mentorshipId: m.id,
        startsAt: new Date(now + offsetDays * 86_400_000 + i * 60_000),
        durationMinutes: 60,
        location: 'https://meet.example.test/tandem',
      }));
    const pastRows = await tx
      .insert(mentoringSessions)
      .values(sessionValues(-12))
      .returning({ id: mentoringSessions.id });
    const sessionRows = await tx
      .insert(mentoringSessions)
      .values(sessionValues(2))
      .returning({ id: mentoringSessions.id });
    await tx.insert(actionItems).values(
      pairRows.map((m, i) => ({
        mentorshipId: m.id,
        sessionId: pastRows[i]?.id as string,
        title: 'Rewrite the portfolio introduction',
        ownerRole: 'mentee' as const,
        dueDate: new Date(now + 5 * 86_400_000).toISOString().slice(0, 10),
        createdById: people[i]?.mentor.id as string,
      })),
    );
    await tx.insert(sessionPreps).values(
      sessionRows.map((s) => ({
        sessionId: s.id,
        goal: 'Leave with a study plan for the system design interview.',
        sharedAt: new Date(now - 86_400_000),
      })),
    );
    const questionRows = await tx
      .insert(prepQuestions)
      .values(
        sessionRows.flatMap((s) =>
          QUESTIONS.map((text, position) => ({ sessionId: s.id, text, position })),
        ),
      )
      .returning({ id: prepQuestions.id, sessionId: prepQuestions.sessionId });
    const notificationRows = everyone.flatMap((person) =>
      Array.from({ length: 12 }, (_, k) => ({
        userId: person.id,
        type: 'session-reminder',
        title: `Your session is coming up (${k + 1})`,
        body: 'Your prep is shared; have a look at the agenda before you meet.',
        link: `/sessions/${sessionRows[0]?.id}`,
        createdAt: new Date(now - Math.floor(rand() * 20 * 86_400_000)),
        readAt: k % 3 === 0 ? null : new Date(now - 3_600_000),
      })),
    );
    for (let i = 0; i < notificationRows.length; i += 2000)
      await tx.insert(notifications).values(notificationRows.slice(i, i + 2000));
    return people.map(({ mentee, mentor }, i) => {
      const sessionId = sessionRows[i]?.id as string;
      return {
        menteeEmail: mentee.email,
        mentorEmail: mentor.email,
        goalId: goalRows[i]?.id as string,
        sessionId,
        questionIds: questionRows.filter((q) => q.sessionId === sessionId).map((q) => q.id),
      };
    });
  });
  // Fresh statistics, as autovacuum would soon have: without them the planner guesses badly.
  await db.execute(sql`analyze`);
  return loadPairs;
}
