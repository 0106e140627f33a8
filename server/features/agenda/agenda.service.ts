import type {
  Agenda,
  AgendaQuestion,
  CarriedQuestion,
  QuestionOutcomeInput,
  QuestionState,
} from '../../../common/schemas/agenda.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { findCarriedQuestions } from '../../lib/carry-forward.repo.ts';
import { listActionItems, pairPeople } from '../../lib/carry-forward.ts';
import { AppError } from '../../lib/errors.ts';
import { phaseOf } from '../../lib/held-sessions.ts';
import type { MentoringSessionRow, MentorshipRow } from '../../lib/participation.repo.ts';
import { type Participation, requireSessionParticipant } from '../../lib/participation.ts';
import {
  findLinkedGoalTitle,
  findOutcome,
  findPrepRow,
  findSessionQuestions,
  saveOutcome,
} from './agenda.repo.ts';

type Viewer = Pick<SignedInUser, 'id' | 'timeZone'>;
type SessionParticipation = Participation & { session: MentoringSessionRow; counterpartId: string };

/** Mentorships whose shared lists may still change: after closing they are a record. */
const WRITABLE_MENTORSHIP = new Set(['active', 'paused']);

export function isAgendaEditable(session: MentoringSessionRow, mentorship: MentorshipRow) {
  return session.status !== 'cancelled' && WRITABLE_MENTORSHIP.has(mentorship.status);
}

interface OutcomeColumns {
  id: string;
  text: string;
  state: string | null;
  answer: string | null;
  resolvedInSessionId: string | null;
}

function toQuestion(row: OutcomeColumns): AgendaQuestion {
  return {
    id: row.id,
    text: row.text,
    state: (row.state ?? 'open') as QuestionState,
    answer: row.answer ?? '',
    resolvedInSessionId: row.resolvedInSessionId,
  };
}

/**
 * Questions carried into a session. A cancelled session never happened, so nothing is carried
 * into it (its own questions, once shared, are carried on to the next sessions instead).
 */
async function carriedInto(db: Db, session: MentoringSessionRow): Promise<CarriedQuestion[]> {
  if (session.status === 'cancelled') return [];
  const rows = await findCarriedQuestions(db, session);
  return rows.map((row) => ({
    ...toQuestion(row),
    fromSessionId: row.fromSessionId,
    fromStartsAt: row.fromStartsAt.toISOString(),
    fromCancelled: row.fromStatus === 'cancelled',
  }));
}

async function agendaFor(
  db: Db,
  participation: SessionParticipation,
  viewer: Viewer,
  now: Date,
): Promise<Agenda> {
  const { session, mentorship, role } = participation;
  const prep = await findPrepRow(db, session.id);
  const prepShared = Boolean(prep?.sharedAt);
  // The mentee's draft is theirs alone: the mentor learns only that it is not shared yet.
  const visible = role === 'mentee' || prepShared;
  const [questions, carried, actionItems, people, linkedGoalTitle] = await Promise.all([
    visible ? findSessionQuestions(db, session.id) : Promise.resolve([]),
    carriedInto(db, session),
    listActionItems(db, mentorship, now, { session: session.id }),
    pairPeople(db, mentorship),
    visible && prep?.goalId
      ? findLinkedGoalTitle(db, mentorship.id, prep.goalId)
      : Promise.resolve(null),
  ]);
  const counterpart = role === 'mentee' ? people.mentor : people.mentee;
  return {
    session: {
      id: session.id,
      mentorshipId: mentorship.id,
      status: session.status as Agenda['session']['status'],
      phase: phaseOf(session, now),
      startsAt: session.startsAt.toISOString(),
      endsAt: new Date(session.startsAt.getTime() + session.durationMinutes * 60_000).toISOString(),
      durationMinutes: session.durationMinutes,
      location: session.location,
      myRole: role,
      myTimeZone: viewer.timeZone,
      counterpart: { id: participation.counterpartId, ...counterpart },
    },
    goal: visible ? (prep?.goal ?? '') : '',
    linkedGoalTitle,
    prepShared,
    questions: questions.map(toQuestion),
    carried,
    actionItems,
    editable: isAgendaEditable(session, mentorship),
  };
}

/** The live agenda of a session, for either participant. */
export async function getAgenda(db: Db, viewer: Viewer, sessionId: string, now: Date) {
  const participation = await requireSessionParticipant(db, sessionId, viewer);
  return agendaFor(db, participation, viewer, now);
}

const questionNotFound = () =>
  new AppError('not_found', 'We could not find that question on this session’s agenda.');

/**
 * Ticks a question covered or dropped (or back to open), with a short answer note. Either
 * participant may, for the session's own questions and those carried into it; a mentor never
 * touches an unshared draft (it does not exist for them). Ticking ahead of the start is
 * harmless, so only a cancelled session or a closed mentorship refuses.
 */
export async function setQuestionOutcome(
  db: Db,
  viewer: Viewer,
  sessionId: string,
  questionId: string,
  input: QuestionOutcomeInput,
  now: Date,
): Promise<Agenda> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    // The session row is locked: two ticks of one agenda take turns.
    const participation = await requireSessionParticipant(tx, sessionId, viewer, { lock: true });
    const { session, mentorship, role } = participation;
    const prep = await findPrepRow(tx, sessionId);
    const own =
      role === 'mentee' || prep?.sharedAt ? await findSessionQuestions(tx, sessionId) : [];
    const onAgenda =
      own.some((q) => q.id === questionId) ||
      (await carriedInto(tx, session)).some((q) => q.id === questionId);
    if (!onAgenda) throw questionNotFound();
    if (session.status === 'cancelled') {
      throw new AppError(
        'invalid_state',
        'This session was cancelled, so its agenda stays as it was. Its questions move on to the next session.',
      );
    }
    if (!isAgendaEditable(session, mentorship)) {
      throw new AppError(
        'invalid_state',
        'This mentorship has closed, so its agenda is kept as a record and no longer changes.',
      );
    }
    const previous = await findOutcome(tx, questionId);
    await saveOutcome(tx, {
      questionId,
      state: input.state,
      answer: input.answer ?? previous?.answer ?? '',
      resolvedInSessionId: input.state === 'open' ? null : sessionId,
      updatedById: viewer.id,
      updatedAt: now,
    });
    return agendaFor(tx, participation, viewer, now);
  });
}
