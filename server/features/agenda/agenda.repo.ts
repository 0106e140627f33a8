import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { goals } from '../../db/schema/goals.ts';
import { prepQuestions, sessionPreps } from '../../db/schema/mentoring-sessions.ts';
import { mentorshipGoals } from '../../db/schema/mentorships.ts';
import { questionOutcomes } from '../../db/schema/session-records.ts';

// The service has checked the caller takes part in the session; every query names it.

export async function findPrepRow(db: Db, sessionId: string) {
  const [row] = await db.select().from(sessionPreps).where(eq(sessionPreps.sessionId, sessionId));
  return row;
}

/** The session's own questions in the mentee's order, each with what became of it. */
export async function findSessionQuestions(db: Db, sessionId: string) {
  return db
    .select({
      id: prepQuestions.id,
      text: prepQuestions.text,
      state: questionOutcomes.state,
      answer: questionOutcomes.answer,
      resolvedInSessionId: questionOutcomes.resolvedInSessionId,
    })
    .from(prepQuestions)
    .leftJoin(questionOutcomes, eq(questionOutcomes.questionId, prepQuestions.id))
    .where(eq(prepQuestions.sessionId, sessionId))
    .orderBy(asc(prepQuestions.position), asc(prepQuestions.createdAt), asc(prepQuestions.id));
}

/** The title of the goal the session serves, while it is still shared in the mentorship. */
export async function findLinkedGoalTitle(db: Db, mentorshipId: string, goalId: string) {
  const [row] = await db
    .select({ title: goals.title })
    .from(mentorshipGoals)
    .innerJoin(goals, eq(goals.id, mentorshipGoals.goalId))
    .where(and(eq(mentorshipGoals.mentorshipId, mentorshipId), eq(mentorshipGoals.goalId, goalId)));
  return row?.title ?? null;
}

export async function findOutcome(db: Db, questionId: string) {
  const [row] = await db
    .select()
    .from(questionOutcomes)
    .where(eq(questionOutcomes.questionId, questionId));
  return row;
}

export async function saveOutcome(db: Db, values: typeof questionOutcomes.$inferInsert) {
  const { questionId, ...changes } = values;
  await db
    .insert(questionOutcomes)
    .values(values)
    .onConflictDoUpdate({ target: questionOutcomes.questionId, set: changes });
}
