import { eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../server/db/client.ts';
import { users } from '../../server/db/schema/auth.ts';
import { goals } from '../../server/db/schema/goals.ts';
import {
  prepQuestions,
  sessionEvents,
  sessionPreps,
} from '../../server/db/schema/mentoring-sessions.ts';
import { mentorshipEvents, mentorships } from '../../server/db/schema/mentorships.ts';
import { profiles } from '../../server/db/schema/profiles.ts';
import { buildMentorship, buildPrep, buildSession } from '../../tests/factories/mentorship.ts';
import { buildProfile } from '../../tests/factories/profile.ts';
import { seedJordanPriyaStory, seedMayaSamStory } from './seed-pair-stories.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A whole hour `days` from now at `utcHour`, so demo sessions sit at plausible times. */
function at(days: number, utcHour: number): Date {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(utcHour, 0, 0, 0);
  return date;
}

async function ensureMentorProfile(db: Db, userId: string, headline: string, stack: string[]) {
  const [existing] = await db
    .select({ userId: profiles.userId })
    .from(profiles)
    .where(eq(profiles.userId, userId));
  if (existing) return;
  await buildProfile(db, userId, {
    headline,
    bio: 'I mentor people moving into software, with an eye on what to learn first.',
    stack,
    areas: ['frontend', 'backend', 'career-change'],
    topics: ['skills-for-role', 'interviews', 'portfolio'],
    capacity: 3,
  });
}

/**
 * Mentorships in every state the product shows: Maya and Sam meet every two weeks (four months
 * of history, a next session whose prep Sam read before Maya changed it, and a draft for the
 * one after); Jordan meets Sam tomorrow without prep, and has six weeks of history with Priya;
 * Diego waits for Sam's answer; Maya waits for Priya's and has invited her manager by email.
 * Written only when Maya has none yet.
 */
export async function seedMentorships(db: Db, ids: Record<string, string>): Promise<void> {
  const { maya, sam, priya, diego, jordan } = ids;
  if (!maya || !sam || !priya || !diego || !jordan) return;
  const [already] = await db
    .select({ id: mentorships.id })
    .from(mentorships)
    .where(or(eq(mentorships.menteeId, maya), eq(mentorships.requestedById, maya)));
  if (already) return;

  await ensureMentorProfile(db, sam, 'Staff engineer, ex-teacher, patient with beginners', [
    'typescript',
    'react',
    'node',
    'postgresql',
  ]);
  await ensureMentorProfile(db, priya, 'Engineering manager who loves a good interview loop', [
    'java',
    'kotlin',
    'aws',
  ]);
  const mayaGoals = await db.select().from(goals).where(eq(goals.ownerId, maya));
  const [skills, interviews] = mayaGoals.sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  );

  const mayaSam = await buildMentorship(db, maya, sam, {
    fitCheckEvery: 3,
    message:
      'I taught maths for nine years and I am now learning React and Node in the evenings. I would love help deciding what to build next and how to talk about my switch in interviews.',
    startedAt: new Date(Date.now() - 118 * DAY),
    requestedAt: new Date(Date.now() - 121 * DAY),
    respondedAt: new Date(Date.now() - 119 * DAY),
    goalIds: [skills?.id, interviews?.id].filter((id): id is string => Boolean(id)),
  });
  await db.insert(mentorshipEvents).values([
    { mentorshipId: mayaSam.id, kind: 'requested', actorId: maya, createdAt: mayaSam.requestedAt },
    {
      mentorshipId: mayaSam.id,
      kind: 'accepted',
      actorId: sam,
      createdAt: mayaSam.respondedAt ?? new Date(),
    },
  ]);

  // Four months of history: sessions, notes, reviews, action items, fit checks.
  await seedMayaSamStory(db, mayaSam.id, maya, sam);

  // In three days: shared and read, then Maya added a question.
  const next = await buildSession(db, mayaSam.id, { startsAt: at(3, 17), createdById: sam });
  const nextPrep = await buildPrep(db, next.id, {
    goal: 'Leave with a plan for my first mock interview, including what to practise this week.',
    questions: [
      'What do interviewers look for in a career changer?',
      'How do I explain a take-home task I built with a lot of help?',
    ],
    resources: [
      {
        title: 'My project: lesson planner',
        url: 'https://github.com/example/lesson-planner',
        kind: 'project',
        note: 'React + Node, deployed on Fly.',
      },
      { title: 'CV draft', url: 'https://docs.example.com/maya-cv', kind: 'document' },
    ],
    shared: true,
  });
  const readAt = new Date(Date.now() - 20 * HOUR);
  await db
    .update(sessionPreps)
    .set({
      sharedAt: new Date(Date.now() - 26 * HOUR),
      firstReadAt: readAt,
      lastReadAt: readAt,
      updatedAt: new Date(Date.now() - 2 * HOUR),
      readSnapshot: {
        goal: nextPrep.prep?.goal ?? '',
        goalId: null,
        questions: nextPrep.questions.map((q) => ({ id: q.id, text: q.text })),
        resources: nextPrep.resources.map(({ id, title, url, kind, note }) => ({
          id,
          title,
          url,
          kind,
          note,
        })),
      },
    })
    .where(eq(sessionPreps.sessionId, next.id));
  await db.insert(prepQuestions).values({
    sessionId: next.id,
    position: 2,
    text: 'Should I mention teaching in the first minute, or wait until they ask?',
    createdAt: new Date(Date.now() - 2 * HOUR),
    updatedAt: new Date(Date.now() - 2 * HOUR),
  });

  // In seventeen days: a draft with a goal only.
  const later = await buildSession(db, mayaSam.id, { startsAt: at(17, 17), createdById: maya });
  await buildPrep(db, later.id, {
    goal: 'Review my portfolio README together and agree on what to cut.',
    questions: [],
  });

  // Jordan and Sam: tomorrow, nothing prepared yet.
  const jordanSam = await buildMentorship(db, jordan, sam, { cadence: 'weekly' });
  const tomorrow = await buildSession(db, jordanSam.id, {
    createdById: jordan,
    startsAt: at(1, 15),
    durationMinutes: 45,
    location: 'https://meet.example.com/jordan-sam',
  });

  await recordScheduled(db, [next, later, tomorrow]);

  // Jordan and Priya: six weeks in, with their own short history.
  await seedJordanPriyaStory(db, jordan, priya);

  // Waiting for an answer.
  await buildMentorship(db, diego, sam, {
    status: 'pending',
    message:
      'I lead a small data team in Mexico City and want to move into engineering management. Your talks on growing juniors are exactly what I need.',
    cadence: 'monthly',
    requestedAt: new Date(Date.now() - 1 * DAY),
    expiresAt: new Date(Date.now() + 13 * DAY),
    respondedAt: null,
    startedAt: null,
  });
  await buildMentorship(db, maya, priya, {
    status: 'pending',
    cadence: 'one-off',
    message:
      'I have my first technical interviews in January. Could we do one mock interview so I know what a real loop feels like?',
    requestedAt: new Date(Date.now() - 2 * DAY),
    expiresAt: new Date(Date.now() + 12 * DAY),
    respondedAt: null,
    startedAt: null,
    goalIds: interviews ? [interviews.id] : [],
  });
  await buildMentorship(db, maya, null, {
    origin: 'invitation',
    status: 'pending',
    inviteEmail: 'maya.manager@school.example',
    message:
      'You have always given me honest feedback. Would you mentor me through my move into tech?',
    requestedAt: new Date(Date.now() - 3 * DAY),
    expiresAt: new Date(Date.now() + 11 * DAY),
    respondedAt: null,
    startedAt: null,
  });
}

/** Each demo session's history starts with its scheduling, by whoever planned it. */
async function recordScheduled(
  db: Db,
  sessions: { id: string; createdById: string | null; startsAt: Date; durationMinutes: number }[],
) {
  await db.insert(sessionEvents).values(
    sessions.map((s) => ({
      sessionId: s.id,
      kind: 'scheduled',
      actorId: s.createdById,
      startsAt: s.startsAt,
      durationMinutes: s.durationMinutes,
      createdAt: new Date(Math.min(Date.now(), s.startsAt.getTime()) - 5 * DAY),
    })),
  );
}

/** The demo people's user ids by first name (lower case). */
export async function demoIds(db: Db, emails: Record<string, string>) {
  const rows = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, Object.values(emails)));
  const byEmail = new Map(rows.map((row) => [row.email, row.id]));
  return Object.fromEntries(
    Object.entries(emails).map(([name, email]) => [name, byEmail.get(email) ?? '']),
  );
}
