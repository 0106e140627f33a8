import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { actionItems } from '../../db/schema/accountability.ts';
import { users } from '../../db/schema/auth.ts';
import { goals } from '../../db/schema/goals.ts';
import {
  mentoringSessions,
  prepQuestions,
  sessionPreps,
} from '../../db/schema/mentoring-sessions.ts';
import { mentorshipGoals } from '../../db/schema/mentorships.ts';
import {
  privateNotes,
  questionOutcomes,
  sessionNotes,
  sessionReviews,
} from '../../db/schema/session-records.ts';
import { heldSessionsWhere } from '../../lib/held-sessions.ts';

// Reads for the summary. Private rows are read for ONE author only (the caller): the other
// person's private notes and reflections never leave the database through here.

export async function findNames(db: Db, ids: string[]) {
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function listSharedGoals(db: Db, mentorshipId: string) {
  return db
    .select({
      title: goals.title,
      category: goals.category,
      successCriterion: goals.successCriterion,
      targetDate: goals.targetDate,
      status: goals.status,
    })
    .from(mentorshipGoals)
    .innerJoin(goals, eq(goals.id, mentorshipGoals.goalId))
    .where(eq(mentorshipGoals.mentorshipId, mentorshipId))
    .orderBy(asc(mentorshipGoals.sharedAt), asc(goals.title));
}

/** Held sessions, oldest first, with their prep row (if any) and shared notes (if any). */
export async function listHeldSessions(db: Db, mentorshipId: string, now: Date) {
  return db
    .select({
      id: mentoringSessions.id,
      startsAt: mentoringSessions.startsAt,
      durationMinutes: mentoringSessions.durationMinutes,
      prepGoal: sessionPreps.goal,
      prepSharedAt: sessionPreps.sharedAt,
      sharedNotes: sessionNotes.body,
    })
    .from(mentoringSessions)
    .leftJoin(sessionPreps, eq(sessionPreps.sessionId, mentoringSessions.id))
    .leftJoin(sessionNotes, eq(sessionNotes.sessionId, mentoringSessions.id))
    .where(and(eq(mentoringSessions.mentorshipId, mentorshipId), heldSessionsWhere(now)))
    .orderBy(asc(mentoringSessions.startsAt), asc(mentoringSessions.id));
}

export async function listQuestions(db: Db, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return db
    .select({
      sessionId: prepQuestions.sessionId,
      text: prepQuestions.text,
      state: questionOutcomes.state,
      answer: questionOutcomes.answer,
    })
    .from(prepQuestions)
    .leftJoin(questionOutcomes, eq(questionOutcomes.questionId, prepQuestions.id))
    .where(inArray(prepQuestions.sessionId, sessionIds))
    .orderBy(asc(prepQuestions.position), asc(prepQuestions.createdAt), asc(prepQuestions.id));
}

/** Both reviews of each session, WITHOUT the private reflection (read separately, own only). */
export async function listSharedReviews(db: Db, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return db
    .select({
      sessionId: sessionReviews.sessionId,
      authorId: sessionReviews.authorId,
      goalMet: sessionReviews.goalMet,
      whyNot: sessionReviews.whyNot,
      mostUseful: sessionReviews.mostUseful,
      nextSteps: sessionReviews.nextSteps,
    })
    .from(sessionReviews)
    .where(inArray(sessionReviews.sessionId, sessionIds))
    .orderBy(asc(sessionReviews.createdAt));
}

/** The caller's own private note and private reflection per session. */
export async function listOwnPrivate(db: Db, sessionIds: string[], authorId: string) {
  if (sessionIds.length === 0) return { notes: [], reflections: [] };
  const notes = await db
    .select({ sessionId: privateNotes.sessionId, body: privateNotes.body })
    .from(privateNotes)
    .where(and(inArray(privateNotes.sessionId, sessionIds), eq(privateNotes.authorId, authorId)));
  const reflections = await db
    .select({ sessionId: sessionReviews.sessionId, body: sessionReviews.privateReflection })
    .from(sessionReviews)
    .where(
      and(inArray(sessionReviews.sessionId, sessionIds), eq(sessionReviews.authorId, authorId)),
    );
  return { notes, reflections };
}

export async function listActionItems(db: Db, mentorshipId: string) {
  return db
    .select({
      title: actionItems.title,
      ownerRole: actionItems.ownerRole,
      dueDate: actionItems.dueDate,
      status: actionItems.status,
    })
    .from(actionItems)
    .where(eq(actionItems.mentorshipId, mentorshipId))
    .orderBy(asc(actionItems.createdAt), asc(actionItems.title), asc(actionItems.id));
}
