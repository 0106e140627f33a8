import { and, asc, eq, inArray, isNotNull, isNull, lt, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { actionItems } from '../db/schema/accountability.ts';
import { users } from '../db/schema/auth.ts';
import { mentoringSessions, prepQuestions, sessionPreps } from '../db/schema/mentoring-sessions.ts';
import { questionOutcomes } from '../db/schema/session-records.ts';

export type ActionItemRow = typeof actionItems.$inferSelect;

/**
 * Questions of the mentorship's earlier sessions whose prep was shared, still open or ticked in
 * `sessionId` itself (so its agenda keeps showing what was settled there). "Earlier" is by start
 * time; cancelled sessions count too, since their questions were never asked.
 */
export async function findCarriedQuestions(
  db: Db,
  session: { id: string; mentorshipId: string; startsAt: Date },
  { includeResolvedHere = true } = {},
) {
  const stillOpen = or(isNull(questionOutcomes.questionId), eq(questionOutcomes.state, 'open'));
  return db
    .select({
      id: prepQuestions.id,
      text: prepQuestions.text,
      state: questionOutcomes.state,
      answer: questionOutcomes.answer,
      resolvedInSessionId: questionOutcomes.resolvedInSessionId,
      fromSessionId: mentoringSessions.id,
      fromStartsAt: mentoringSessions.startsAt,
      fromStatus: mentoringSessions.status,
    })
    .from(prepQuestions)
    .innerJoin(mentoringSessions, eq(mentoringSessions.id, prepQuestions.sessionId))
    .innerJoin(
      sessionPreps,
      and(eq(sessionPreps.sessionId, prepQuestions.sessionId), isNotNull(sessionPreps.sharedAt)),
    )
    .leftJoin(questionOutcomes, eq(questionOutcomes.questionId, prepQuestions.id))
    .where(
      and(
        eq(mentoringSessions.mentorshipId, session.mentorshipId),
        ne(mentoringSessions.id, session.id),
        lt(mentoringSessions.startsAt, session.startsAt),
        includeResolvedHere
          ? or(stillOpen, eq(questionOutcomes.resolvedInSessionId, session.id))
          : stillOpen,
      ),
    )
    .orderBy(asc(mentoringSessions.startsAt), asc(prepQuestions.position), asc(prepQuestions.id));
}

/** The pair's action items; `extra` widens "open" (e.g. to those of one session). */
export async function findActionItems(db: Db, mentorshipId: string, which: 'all' | SQL = 'all') {
  return db
    .select()
    .from(actionItems)
    .where(
      which === 'all'
        ? eq(actionItems.mentorshipId, mentorshipId)
        : and(eq(actionItems.mentorshipId, mentorshipId), which),
    )
    .orderBy(asc(actionItems.createdAt), asc(actionItems.id));
}

/** Open items, plus those made or resolved during `sessionId`. */
export function openOrTouchedIn(sessionId: string): SQL {
  return or(
    eq(actionItems.status, 'open'),
    eq(actionItems.sessionId, sessionId),
    eq(actionItems.resolvedInSessionId, sessionId),
  ) as SQL;
}

export const onlyOpen: SQL = eq(actionItems.status, 'open');

/** Name and zone of the mentorship's two people. */
export async function findPair(db: Db, ids: (string | null)[]) {
  const known = ids.filter((id): id is string => id !== null);
  if (!known.length) return new Map<string, { name: string; timeZone: string }>();
  const rows = await db
    .select({ id: users.id, name: users.name, timeZone: users.timeZone })
    .from(users)
    .where(inArray(users.id, known));
  return new Map(rows.map(({ id, ...person }) => [id, person]));
}
