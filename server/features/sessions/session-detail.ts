import type { SessionDetail, SessionWarning } from '../../../common/schemas/sessions.ts';
import type { Db } from '../../db/client.ts';
import type { MentoringSessionRow, MentorshipRow } from '../../lib/participation.repo.ts';
import { sessionNotFound } from '../../lib/participation.ts';
import { findPeople } from './session-summary.repo.ts';
import { readinessOf, summarizeSessions } from './session-summary.ts';
import { sessionWarnings } from './session-warnings.ts';
import {
  findOverlappingSessions,
  findUsualHours,
  listSessionEvents,
  type SessionEventRow,
} from './sessions.repo.ts';

interface Viewer {
  id: string;
  timeZone: string;
}

export interface SessionTime {
  sessionId: string | null;
  mentorshipId: string;
  startsAt: Date;
  durationMinutes: number;
}

/** What is worth a second look about a time for this pair, as `viewer` would read it. */
export async function warningsFor(
  db: Db,
  time: SessionTime,
  viewer: Viewer,
  counterpartId: string,
): Promise<SessionWarning[]> {
  const end = new Date(time.startsAt.getTime() + time.durationMinutes * 60_000);
  const pair = [viewer.id, counterpartId];
  const [people, hoursOf, busy] = await Promise.all([
    findPeople(db, pair),
    findUsualHours(db, pair),
    findOverlappingSessions(db, pair, time.startsAt, end, time.sessionId),
  ]);
  const me = people.get(viewer.id);
  const them = people.get(counterpartId);
  if (!me || !them) return [];
  // Only the people of the viewer's own sessions are ever named.
  const mineOthers = busy
    .filter((session) => session.participantIds.includes(viewer.id))
    .flatMap((session) => session.participantIds);
  const names = await findPeople(db, mineOthers);
  return sessionWarnings({
    ...time,
    me: { ...me, timeZone: viewer.timeZone, hours: hoursOf(me.id) },
    them: { ...them, hours: hoursOf(them.id) },
    busy,
    names: new Map([...names].map(([id, person]) => [id, person.name])),
  });
}

function toEvent(row: SessionEventRow, viewerId: string): SessionDetail['history'][number] {
  return {
    kind: row.kind as SessionDetail['history'][number]['kind'],
    actor: row.actorId === viewerId ? 'me' : 'them',
    reason: row.reason,
    previousStartsAt: row.previousStartsAt?.toISOString() ?? null,
    previousDurationMinutes: row.previousDurationMinutes,
    startsAt: row.startsAt?.toISOString() ?? null,
    durationMinutes: row.durationMinutes,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The session page's data as `viewer` sees it: the summary, its history, the readiness
 * checklist, and warnings while it is still ahead (a past time is not worth warning about).
 */
export async function buildSessionDetail(
  db: Db,
  session: MentoringSessionRow,
  mentorship: MentorshipRow,
  viewer: Viewer,
  counterpartId: string,
  now: Date,
): Promise<SessionDetail> {
  const [[summary], events] = await Promise.all([
    summarizeSessions(db, [{ session, mentorship }], viewer, now),
    listSessionEvents(db, session.id),
  ]);
  if (!summary) throw sessionNotFound();
  const warnings =
    summary.phase === 'upcoming'
      ? await warningsFor(
          db,
          {
            sessionId: session.id,
            mentorshipId: mentorship.id,
            startsAt: session.startsAt,
            durationMinutes: session.durationMinutes,
          },
          viewer,
          counterpartId,
        )
      : [];
  return {
    ...summary,
    sequence: session.sequence,
    warnings,
    readiness: readinessOf(summary.prep, new Date(summary.prepDueAt)),
    history: events.map((event) => toEvent(event, viewer.id)),
  };
}
