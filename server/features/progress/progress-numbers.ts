import { addDays, daysBetween, todayIn } from '../../../common/calendar-date.ts';
import { CADENCE_DAYS } from '../../../common/mentorships/cadence.ts';
import type { Cadence, MentorshipRole } from '../../../common/schemas/mentorships.ts';
import type {
  GoalMet,
  Progress,
  ProgressEvent,
  ProgressMonth,
} from '../../../common/schemas/progress.ts';
import { isHeld } from '../../lib/held-sessions.ts';
import type {
  ProgressEventRow,
  ProgressItemRow,
  ProgressReviewRow,
  ProgressSessionRow,
} from './progress.repo.ts';

/** The timeline stays a glance, not a log: its latest few events. */
export const TIMELINE_MAX = 12;

export interface ProgressInput {
  now: Date;
  viewerId: string;
  viewerZone: string;
  menteeId: string;
  mentorId: string;
  /** Time zone per user id (the owner's calendar decides when an item is overdue). */
  zones: Map<string, string>;
  cadence: Cadence | null;
  sessions: ProgressSessionRow[];
  reviews: ProgressReviewRow[];
  items: ProgressItemRow[];
  events: ProgressEventRow[];
}

/** Every `YYYY-MM` from `first` to `last`, both included. */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; ) {
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The day an item's due day passed while it was still open, or null if it never did. */
function becameOverdueOn(item: ProgressItemRow, ownerZone: string, now: Date): string | null {
  if (!item.dueDate) return null;
  const judgedOn = item.status === 'open' || !item.resolvedAt ? now : item.resolvedAt;
  return todayIn(ownerZone, judgedOn) > item.dueDate ? addDays(item.dueDate, 1) : null;
}

export function computeProgress(input: ProgressInput): Progress {
  const { now, viewerZone: zone } = input;
  const dayOf = (at: Date) => todayIn(zone, at);
  const roleOf = (userId: string | null): MentorshipRole | null =>
    userId === input.menteeId ? 'mentee' : userId === input.mentorId ? 'mentor' : null;
  const actorOf = (userId: string | null) => (userId === input.viewerId ? 'me' : 'them');
  const ownerIdOf = (role: string) => (role === 'mentee' ? input.menteeId : input.mentorId);

  const held = input.sessions.filter((s) => isHeld(s, now));
  const cancelled = input.sessions.filter((s) => s.status === 'cancelled');
  const monthly = new Map<string, ProgressMonth>();
  const bump = (day: string, field: Exclude<keyof ProgressMonth, 'month'>) => {
    const month = day.slice(0, 7);
    const row = monthly.get(month) ?? {
      month,
      held: 0,
      cancelled: 0,
      itemsDone: 0,
      itemsBecameOverdue: 0,
    };
    row[field] += 1;
    monthly.set(month, row);
  };
  for (const s of held) bump(dayOf(s.startsAt), 'held');
  for (const s of cancelled) bump(dayOf(s.startsAt), 'cancelled');

  const counts = { done: 0, open: 0, overdue: 0, dropped: 0 };
  for (const item of input.items) {
    const ownerZone = input.zones.get(ownerIdOf(item.ownerRole)) ?? 'UTC';
    const overdueFrom = becameOverdueOn(item, ownerZone, now);
    if (overdueFrom) bump(overdueFrom, 'itemsBecameOverdue');
    if (item.status === 'done') {
      counts.done += 1;
      if (item.resolvedAt) bump(dayOf(item.resolvedAt), 'itemsDone');
    } else if (item.status === 'dropped') counts.dropped += 1;
    else if (overdueFrom) counts.overdue += 1;
    else counts.open += 1;
  }

  const keys = [...monthly.keys()].sort();
  const months =
    keys.length === 0
      ? []
      : monthsFrom(keys[0] as string, keys[keys.length - 1] as string).map(
          (month) =>
            monthly.get(month) ?? {
              month,
              held: 0,
              cancelled: 0,
              itemsDone: 0,
              itemsBecameOverdue: 0,
            },
        );

  const answers = new Map<string, { mentee: GoalMet | null; mentor: GoalMet | null }>();
  for (const r of input.reviews) {
    const role = roleOf(r.authorId);
    if (!role) continue;
    const entry = answers.get(r.sessionId) ?? { mentee: null, mentor: null };
    entry[role] = r.goalMet as GoalMet;
    answers.set(r.sessionId, entry);
  }
  const sessions = held.map((s) => ({
    sessionId: s.id,
    startsAt: s.startsAt.toISOString(),
    day: dayOf(s.startsAt),
    menteeGoalMet: answers.get(s.id)?.mentee ?? null,
    mentorGoalMet: answers.get(s.id)?.mentor ?? null,
  }));

  const gaps = sessions.slice(1).map((s, i) => ({
    sessionId: s.sessionId,
    day: s.day,
    days: daysBetween((sessions[i] as (typeof sessions)[number]).day, s.day),
  }));
  const last = sessions[sessions.length - 1];

  const timeline: ProgressEvent[] = [];
  const first = held[0];
  if (first) {
    timeline.push({
      kind: 'first-session',
      at: first.startsAt.toISOString(),
      actor: null,
      detail: '',
      sessionId: first.id,
    });
  }
  for (const r of input.reviews) {
    if (!roleOf(r.authorId)) continue;
    timeline.push({
      kind: 'review',
      at: r.createdAt.toISOString(),
      actor: actorOf(r.authorId),
      detail: r.goalMet,
      sessionId: r.sessionId,
    });
  }
  for (const item of input.items) {
    if (item.status !== 'done' || !item.resolvedAt) continue;
    timeline.push({
      kind: 'item-done',
      at: item.resolvedAt.toISOString(),
      actor: actorOf(ownerIdOf(item.ownerRole)),
      detail: item.title,
      sessionId: item.sessionId,
    });
  }
  for (const e of input.events) {
    timeline.push({
      kind: e.kind as 'paused' | 'resumed',
      at: e.createdAt.toISOString(),
      actor: actorOf(e.actorId),
      detail: '',
      sessionId: null,
    });
  }
  timeline.sort((a, b) => a.at.localeCompare(b.at));

  return {
    timeZone: zone,
    heldCount: held.length,
    cancelledCount: cancelled.length,
    months,
    sessions,
    actionItems: counts,
    gaps,
    medianGapDays: median(gaps.map((g) => g.days)),
    cadence: input.cadence,
    cadenceDays: input.cadence ? CADENCE_DAYS[input.cadence] : null,
    daysSinceLastSession: last ? daysBetween(last.day, dayOf(now)) : null,
    timeline: timeline.slice(-TIMELINE_MAX),
  };
}
