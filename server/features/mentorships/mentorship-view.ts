import { declineMessage } from '../../../common/mentorships/decline-wording.ts';
import type { GoalStatus } from '../../../common/schemas/goals.ts';
import type {
  Cadence,
  DeclineReason,
  MentorshipDetail,
  MentorshipRole,
  MentorshipStatus,
  MentorshipSummary,
  SharedGoal,
} from '../../../common/schemas/mentorships.ts';
import type { GoalCategory } from '../../../common/taxonomy/goal-categories.ts';
import type { Db } from '../../db/client.ts';
import {
  findNextSessions,
  findPeople,
  findSharedGoals,
  listEvents,
  type MentorshipRow,
  type Person,
} from './mentorships.repo.ts';

/** Who is looking: their id, and their email for invitations addressed to it. */
export interface Viewer {
  id: string;
  email: string;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * The viewer's side. Someone not yet on either side is the invitee of a pending invitation
 * (listed because it is addressed to their email): they would take the empty side.
 */
export function viewerRole(row: MentorshipRow, viewerId: string): MentorshipRole {
  if (row.menteeId === viewerId) return 'mentee';
  if (row.mentorId === viewerId) return 'mentor';
  return row.menteeId === null ? 'mentee' : 'mentor';
}

export function requestedByOf(row: MentorshipRow, viewerId: string): 'me' | 'them' {
  return row.requestedById === viewerId ? 'me' : 'them';
}

/** The side of whoever did not ask: the one who accepts or declines. */
function answeringSide(row: MentorshipRow): { id: string | null; role: MentorshipRole } {
  return row.requestedById === row.menteeId
    ? { id: row.mentorId, role: 'mentor' }
    : { id: row.menteeId, role: 'mentee' };
}

function peopleIdsOf(rows: MentorshipRow[]) {
  return rows.flatMap((row) => [row.menteeId, row.mentorId]);
}

function toSummary(
  row: MentorshipRow,
  viewer: Viewer,
  people: Map<string, Person>,
  nextSession: { id: string; startsAt: Date } | undefined,
): MentorshipSummary {
  const myRole = viewerRole(row, viewer.id);
  const counterpartId = myRole === 'mentee' ? row.mentorId : row.menteeId;
  const requestedBy = requestedByOf(row, viewer.id);
  const decliner = answeringSide(row);
  const declinerName = (decliner.id && people.get(decliner.id)?.name) || 'They';
  const reason = row.declineReason as DeclineReason | null;
  return {
    id: row.id,
    status: row.status as MentorshipStatus,
    origin: row.origin as MentorshipSummary['origin'],
    myRole,
    counterpart: (counterpartId && people.get(counterpartId)) || null,
    requestedBy,
    // The address is the inviter's business: the invitee knows their own.
    inviteEmail: requestedBy === 'me' ? row.inviteEmail : null,
    message: row.message,
    cadence: row.cadence as Cadence | null,
    prepDeadlineHours: row.prepDeadlineHours,
    requestedAt: row.requestedAt.toISOString(),
    expiresAt: iso(row.expiresAt),
    respondedAt: iso(row.respondedAt),
    startedAt: iso(row.startedAt),
    pausedAt: iso(row.pausedAt),
    closedAt: iso(row.closedAt),
    decline:
      row.status === 'declined' && reason
        ? {
            reason,
            message: declineMessage(reason, { name: declinerName, role: decliner.role }),
            note: row.declineNote ?? '',
          }
        : null,
    nextSession: nextSession
      ? { id: nextSession.id, startsAt: nextSession.startsAt.toISOString() }
      : null,
  };
}

export async function summarizeMentorships(
  db: Db,
  rows: MentorshipRow[],
  viewer: Viewer,
  now: Date,
): Promise<MentorshipSummary[]> {
  const [people, next] = await Promise.all([
    findPeople(db, peopleIdsOf(rows)),
    findNextSessions(
      db,
      rows.filter((row) => row.status === 'active' || row.status === 'paused').map((r) => r.id),
      now,
    ),
  ]);
  return rows.map((row) => toSummary(row, viewer, people, next.get(row.id)));
}

/**
 * Shared goals stay visible to the mentor while the request waits and once the pair has
 * started; a request that was declined, withdrawn or expired no longer shows someone else's
 * goals (the mentee always sees their own).
 */
const GOALS_VISIBLE: MentorshipStatus[] = ['pending', 'active', 'paused', 'closed'];

export async function describeMentorship(
  db: Db,
  row: MentorshipRow,
  viewer: Viewer,
  now: Date,
): Promise<MentorshipDetail> {
  const [[summary], goalRows, events] = await Promise.all([
    summarizeMentorships(db, [row], viewer, now),
    findSharedGoals(db, row.id),
    listEvents(db, row.id),
  ]);
  if (!summary) throw new Error('a mentorship summary went missing');
  const seesGoals =
    summary.myRole === 'mentee' || GOALS_VISIBLE.includes(row.status as MentorshipStatus);
  const goals: SharedGoal[] = seesGoals
    ? goalRows.map(({ goal }) => ({
        id: goal.id,
        title: goal.title,
        category: goal.category as GoalCategory,
        successCriterion: goal.successCriterion,
        targetDate: goal.targetDate,
        status: goal.status as GoalStatus,
      }))
    : [];
  return {
    ...summary,
    fitCheckEvery: row.fitCheckEvery,
    goals,
    events: events.map((event) => ({
      kind: event.kind as MentorshipDetail['events'][number]['kind'],
      actor: event.actorId === null ? 'tandem' : event.actorId === viewer.id ? 'me' : 'them',
      note: event.note,
      createdAt: event.createdAt.toISOString(),
    })),
  };
}
