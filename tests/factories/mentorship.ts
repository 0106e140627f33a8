import type { Db } from '../../server/db/client.ts';
import {
  mentoringSessions,
  prepQuestions,
  prepResources,
  sessionPreps,
} from '../../server/db/schema/mentoring-sessions.ts';
import { mentorshipGoals, mentorships } from '../../server/db/schema/mentorships.ts';

type MentorshipInsert = typeof mentorships.$inferInsert;
type SessionInsert = typeof mentoringSessions.$inferInsert;

/**
 * An active directory mentorship between two existing users, straight into the database;
 * override any column (e.g. `status: 'pending'`). `goalIds` are shared with the mentor.
 */
export async function buildMentorship(
  db: Db,
  menteeId: string | null,
  mentorId: string | null,
  overrides: Partial<MentorshipInsert> & { goalIds?: string[] } = {},
) {
  const { goalIds = [], ...columns } = overrides;
  const now = new Date();
  const [row] = await db
    .insert(mentorships)
    .values({
      menteeId,
      mentorId,
      origin: 'request',
      requestedById: (menteeId ?? mentorId) as string,
      status: 'active',
      message: 'I would love help preparing for my first front-end interviews this winter.',
      cadence: 'every-two-weeks',
      requestedAt: now,
      respondedAt: now,
      startedAt: now,
      ...columns,
    })
    .returning();
  if (!row) throw new Error('mentorship insert returned nothing');
  if (goalIds.length) {
    await db
      .insert(mentorshipGoals)
      .values(goalIds.map((goalId) => ({ mentorshipId: row.id, goalId })));
  }
  return row;
}

/** A scheduled session of a mentorship, by default two days from now for an hour. */
export async function buildSession(
  db: Db,
  mentorshipId: string,
  overrides: Partial<SessionInsert> = {},
) {
  const [row] = await db
    .insert(mentoringSessions)
    .values({
      mentorshipId,
      startsAt: new Date(Date.now() + 2 * 24 * 3_600_000),
      durationMinutes: 60,
      location: 'https://meet.example.test/tandem',
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('session insert returned nothing');
  return row;
}

/** A prep with a goal, questions and resources; `shared` records it as shared now. */
export async function buildPrep(
  db: Db,
  sessionId: string,
  {
    goal = 'Leave with a study plan for the system design interview.',
    questions = ['How do I practise system design on my own?'],
    resources = [] as { title: string; url: string; kind?: string; note?: string }[],
    shared = false,
  } = {},
) {
  const [prep] = await db
    .insert(sessionPreps)
    .values({ sessionId, goal, sharedAt: shared ? new Date() : null })
    .returning();
  const questionRows = questions.length
    ? await db
        .insert(prepQuestions)
        .values(questions.map((text, position) => ({ sessionId, text, position })))
        .returning()
    : [];
  const resourceRows = resources.length
    ? await db
        .insert(prepResources)
        .values(
          resources.map((r, position) => ({
            sessionId,
            position,
            title: r.title,
            url: r.url,
            kind: r.kind ?? 'document',
            note: r.note ?? '',
          })),
        )
        .returning()
    : [];
  return { prep, questions: questionRows, resources: resourceRows };
}
