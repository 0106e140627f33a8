import type { MentorshipRole } from '../../../common/schemas/mentorships.ts';
import type {
  PrepStatus,
  ReadinessItem,
  SessionSummary,
} from '../../../common/schemas/sessions.ts';
import type { Db } from '../../db/client.ts';
import { phaseOf } from '../../lib/held-sessions.ts';
import type { MentoringSessionRow, MentorshipRow } from '../../lib/participation.repo.ts';
import { roleIn } from '../../lib/participation.ts';
import { findPeople, findPrepFacts, type PrepRow } from './session-summary.repo.ts';

const HOUR = 3_600_000;

/** When the mentee's prep should be shared: the mentorship's deadline before the start. */
export function prepDueAt(session: MentoringSessionRow, mentorship: MentorshipRow): Date {
  return new Date(session.startsAt.getTime() - mentorship.prepDeadlineHours * HOUR);
}

/** Shared, then edited after the mentor last opened it. */
export function changedSinceRead(prep: PrepRow | undefined): boolean {
  return Boolean(prep?.sharedAt && prep.lastReadAt && prep.updatedAt > prep.lastReadAt);
}

export function prepStatusOf(
  prep: PrepRow | undefined,
  questionCount: number,
  resourceCount: number,
): PrepStatus {
  return {
    goalWritten: Boolean(prep?.goal),
    questionCount,
    resourceCount,
    sharedAt: prep?.sharedAt?.toISOString() ?? null,
    lastReadAt: prep?.lastReadAt?.toISOString() ?? null,
    changedSinceRead: changedSinceRead(prep),
  };
}

/** The readiness checklist on the session page: what the mentee still has to do. */
export function readinessOf(status: PrepStatus, dueAt: Date): ReadinessItem[] {
  const sharedOnTime = status.sharedAt !== null && new Date(status.sharedAt) <= dueAt;
  return [
    { key: 'goal', label: 'Session goal written', done: status.goalWritten, optional: false },
    {
      key: 'questions',
      label: 'At least one question',
      done: status.questionCount > 0,
      optional: false,
    },
    { key: 'resources', label: 'Links added', done: status.resourceCount > 0, optional: true },
    {
      key: 'shared-on-time',
      label: 'Shared before the deadline',
      done: sharedOnTime,
      optional: false,
    },
  ];
}

interface SessionWithMentorship {
  session: MentoringSessionRow;
  mentorship: MentorshipRow;
}

/**
 * Summaries of sessions as `viewer` sees them (their role, their zone, the other person).
 * Rows the viewer does not take part in are skipped: callers pass only their own.
 */
export async function summarizeSessions(
  db: Db,
  rows: SessionWithMentorship[],
  viewer: { id: string; timeZone: string },
  now: Date,
): Promise<SessionSummary[]> {
  const counterpartIds = rows.map(({ mentorship }) =>
    mentorship.menteeId === viewer.id ? mentorship.mentorId : mentorship.menteeId,
  );
  const [people, facts] = await Promise.all([
    findPeople(
      db,
      counterpartIds.filter((id): id is string => id !== null),
    ),
    findPrepFacts(
      db,
      rows.map(({ session }) => session.id),
    ),
  ]);
  const summaries: SessionSummary[] = [];
  rows.forEach(({ session, mentorship }, index) => {
    const myRole: MentorshipRole | null = roleIn(mentorship, viewer.id);
    const counterpart = people.get(counterpartIds[index] ?? '');
    if (!myRole || !counterpart) return;
    const prep = facts.preps.get(session.id);
    // The mentee's draft is theirs: until it is shared the mentor learns only that it is not.
    const draftHidden = myRole === 'mentor' && !prep?.sharedAt;
    summaries.push({
      id: session.id,
      mentorshipId: mentorship.id,
      status: session.status as SessionSummary['status'],
      phase: phaseOf(session, now),
      startsAt: session.startsAt.toISOString(),
      endsAt: new Date(session.startsAt.getTime() + session.durationMinutes * 60_000).toISOString(),
      durationMinutes: session.durationMinutes,
      location: session.location,
      myRole,
      myTimeZone: viewer.timeZone,
      counterpart,
      prepDueAt: prepDueAt(session, mentorship).toISOString(),
      prep: draftHidden
        ? prepStatusOf(undefined, 0, 0)
        : prepStatusOf(
            prep,
            facts.questions.get(session.id) ?? 0,
            facts.resources.get(session.id) ?? 0,
          ),
    });
  });
  return summaries;
}
