import { addDays, todayIn } from '../../../common/calendar-date.ts';
import { openedRounds } from '../../../common/fit-check/fit-check-rounds.ts';
import type { NeedItem, NeedUrgency } from '../../../common/schemas/needs.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { isHeld } from '../../lib/held-sessions.ts';
import {
  listMyDueItems,
  listMyFitCheckRounds,
  listOpenMentorshipsOf,
  listSessionsWithPrep,
  type NeedsSessionRow,
  type OpenMentorshipRow,
} from './needs.repo.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Within this long, a due moment counts as soon. */
const SOON_MS = 2 * DAY;
/** A review is asked for during the two weeks after a session. */
export const REVIEW_WINDOW_DAYS = 14;
/** Action items show up this many days before they are due (in their owner's zone). */
export const ITEM_HORIZON_DAYS = 7;

const URGENCY_ORDER: Record<NeedUrgency, number> = { overdue: 0, soon: 1, later: 2 };

function urgencyAt(dueAt: Date | null, now: Date): NeedUrgency {
  if (!dueAt) return 'later';
  const left = dueAt.getTime() - now.getTime();
  return left < 0 ? 'overdue' : left <= SOON_MS ? 'soon' : 'later';
}

type Caller = Pick<SignedInUser, 'id' | 'email' | 'timeZone'>;

/** Everything waiting for the caller across their open mentorships, most pressing first. */
export async function listNeeds(db: Db, caller: Caller, now: Date): Promise<NeedItem[]> {
  const open = await listOpenMentorshipsOf(db, caller.id, caller.email);
  const together = open.filter((m) => m.status !== 'pending');
  const ids = together.map((m) => m.id);
  const today = todayIn(caller.timeZone, now);
  const [sessions, answered, items] = await Promise.all([
    listSessionsWithPrep(db, ids, caller.id),
    listMyFitCheckRounds(db, ids, caller.id),
    listMyDueItems(
      db,
      together.filter((m) => m.menteeId === caller.id).map((m) => m.id),
      together.filter((m) => m.mentorId === caller.id).map((m) => m.id),
      addDays(today, ITEM_HORIZON_DAYS),
    ),
  ]);
  const byId = new Map(open.map((m) => [m.id, m]));
  const name = (m: OpenMentorshipRow) => firstName(m.counterpartName ?? 'them');
  const needs: NeedItem[] = [];
  const add = (
    m: OpenMentorshipRow,
    item: Omit<NeedItem, 'mentorshipId' | 'counterpartName' | 'urgency' | 'dueDate'> & {
      urgency?: NeedUrgency;
      dueDate?: string | null;
    },
  ) =>
    needs.push({
      mentorshipId: m.id,
      counterpartName: m.counterpartName,
      dueDate: null,
      urgency: urgencyAt(item.dueAt ? new Date(item.dueAt) : null, now),
      ...item,
    });

  for (const m of open) {
    if (m.status !== 'pending' || m.requestedById === caller.id) continue;
    if (m.expiresAt && m.expiresAt <= now) continue;
    add(m, {
      kind: 'request',
      key: `request:${m.id}`,
      title: m.counterpartName
        ? // Their full name: this may be the first time the member hears of them.
          `${m.counterpartName} would like to start mentoring with you`
        : 'An invitation to start mentoring is waiting for you',
      // The Mentoring page lists every request with its answer buttons, side by side.
      link: '/mentorships',
      dueAt: m.expiresAt?.toISOString() ?? null,
    });
  }

  const heldBy = new Map<string, NeedsSessionRow[]>();
  for (const s of sessions) {
    const m = byId.get(s.mentorshipId);
    if (!m) continue;
    const endsAt = new Date(s.startsAt.getTime() + s.durationMinutes * 60_000);
    if (isHeld(s, now)) heldBy.set(m.id, [...(heldBy.get(m.id) ?? []), s]);
    const upcoming = s.startsAt > now;
    if (upcoming && m.menteeId === caller.id && !s.sharedAt) {
      add(m, {
        kind: 'prep',
        key: `prep:${s.id}`,
        title: `Prep for your session with ${name(m)}`,
        link: `/sessions/${s.id}`,
        dueAt: new Date(s.startsAt.getTime() - m.prepDeadlineHours * HOUR).toISOString(),
      });
    }
    const changed = Boolean(s.lastReadAt && s.prepUpdatedAt && s.prepUpdatedAt > s.lastReadAt);
    if (upcoming && m.mentorId === caller.id && s.sharedAt && (!s.lastReadAt || changed)) {
      add(m, {
        kind: 'brief',
        key: `brief:${s.id}`,
        title: changed
          ? `${name(m)} updated their prep since you read it`
          : `Read ${name(m)}’s brief before your session`,
        link: `/sessions/${s.id}/brief`,
        dueAt: s.startsAt.toISOString(),
        changedSinceRead: changed,
      });
    }
    const ended = endsAt <= now;
    const recent = now.getTime() - s.startsAt.getTime() <= REVIEW_WINDOW_DAYS * DAY;
    if (isHeld(s, now) && ended && recent && !s.reviewedAt) {
      add(m, {
        kind: 'review',
        key: `review:${s.id}`,
        title: `Review your session with ${name(m)}`,
        link: `/sessions/${s.id}`,
        dueAt: new Date(s.startsAt.getTime() + REVIEW_WINDOW_DAYS * DAY).toISOString(),
      });
    }
  }

  const answeredRounds = new Set(answered.map((a) => `${a.mentorshipId}:${a.round}`));
  for (const m of together) {
    const round = openedRounds(heldBy.get(m.id) ?? [], m.fitCheckEvery, now).at(-1);
    // Once its answers are revealed a round can no longer be answered.
    if (!round || round.revealAt <= now || answeredRounds.has(`${m.id}:${round.number}`)) continue;
    add(m, {
      kind: 'fit-check',
      key: `fit-check:${m.id}:${round.number}`,
      title: `Is mentoring with ${name(m)} still working for you both?`,
      link: `/mentorships/${m.id}`,
      dueAt: round.revealAt.toISOString(),
    });
  }

  for (const item of items) {
    const m = byId.get(item.mentorshipId);
    if (!m || !item.dueDate) continue;
    const urgency: NeedUrgency =
      item.dueDate < today ? 'overdue' : item.dueDate <= addDays(today, 1) ? 'soon' : 'later';
    add(m, {
      kind: 'action-item',
      key: `action-item:${item.id}`,
      title: item.title,
      link: `/mentorships/${m.id}`,
      dueAt: null,
      dueDate: item.dueDate,
      urgency,
    });
  }

  // Most pressing first; within the same urgency, the soonest due.
  const dueKey = (n: NeedItem) => n.dueAt ?? (n.dueDate ? `${n.dueDate}T23:59:59Z` : '9999');
  return needs.sort(
    (a, b) =>
      URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || dueKey(a).localeCompare(dueKey(b)),
  );
}
