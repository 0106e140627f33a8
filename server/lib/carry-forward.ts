import { daysBetween, todayIn } from '../../common/calendar-date.ts';
import type { ActionItem, ActionItemStatus } from '../../common/schemas/action-items.ts';
import type { MentorshipRole } from '../../common/schemas/mentorships.ts';
import type { Db } from '../db/client.ts';
import {
  type ActionItemRow,
  findActionItems,
  findPair,
  onlyOpen,
  openOrTouchedIn,
} from './carry-forward.repo.ts';
import type { MentorshipRow } from './participation.repo.ts';

/**
 * What carries from one session to the next: open action items and questions not yet covered.
 * The agenda, the action item list and the mentor's brief all read them through here.
 */

export interface PairPeople {
  mentee: { name: string; timeZone: string };
  mentor: { name: string; timeZone: string };
}

export async function pairPeople(db: Db, mentorship: MentorshipRow): Promise<PairPeople> {
  const people = await findPair(db, [mentorship.menteeId, mentorship.mentorId]);
  const nobody = { name: '', timeZone: 'UTC' };
  return {
    mentee: people.get(mentorship.menteeId ?? '') ?? nobody,
    mentor: people.get(mentorship.mentorId ?? '') ?? nobody,
  };
}

/** An item as both people see it; overdue is judged on the owner's calendar, not the reader's. */
export function toActionItem(row: ActionItemRow, people: PairPeople, now: Date): ActionItem {
  const owner = people[row.ownerRole as MentorshipRole];
  const late =
    row.status === 'open' && row.dueDate
      ? daysBetween(row.dueDate, todayIn(owner.timeZone, now))
      : 0;
  return {
    id: row.id,
    title: row.title,
    ownerRole: row.ownerRole as MentorshipRole,
    ownerName: owner.name,
    dueDate: row.dueDate,
    status: row.status as ActionItemStatus,
    overdue: late > 0,
    daysOverdue: Math.max(late, 0),
    sessionId: row.sessionId,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedInSessionId: row.resolvedInSessionId,
    createdAt: row.createdAt.toISOString(),
  };
}

const STATUS_ORDER: Record<ActionItemStatus, number> = { open: 0, done: 1, dropped: 1 };

/** Open first (most overdue first, then soonest due, undated last), then resolved, latest first. */
export function sortActionItems(items: ActionItem[]): ActionItem[] {
  return [...items].sort((a, b) => {
    const byStatus = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    if (byStatus !== 0) return byStatus;
    if (a.status === 'open') {
      if (a.daysOverdue !== b.daysOverdue) return b.daysOverdue - a.daysOverdue;
      if (a.dueDate !== b.dueDate) {
        if (a.dueDate === null) return 1;
        if (b.dueDate === null) return -1;
        return a.dueDate < b.dueDate ? -1 : 1;
      }
      return a.createdAt.localeCompare(b.createdAt);
    }
    return (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? '');
  });
}

/** The pair's action items: all of them, only the open ones, or those a session's agenda shows. */
export async function listActionItems(
  db: Db,
  mentorship: MentorshipRow,
  now: Date,
  which: { all: true } | { open: true } | { session: string },
): Promise<ActionItem[]> {
  const filter =
    'all' in which ? 'all' : 'open' in which ? onlyOpen : openOrTouchedIn(which.session);
  const [rows, people] = await Promise.all([
    findActionItems(db, mentorship.id, filter),
    pairPeople(db, mentorship),
  ]);
  return sortActionItems(rows.map((row) => toActionItem(row, people, now)));
}
