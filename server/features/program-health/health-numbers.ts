import { addDays, daysBetween } from '../../../common/calendar-date.ts';
import { openedRounds, revealedAt } from '../../../common/fit-check/fit-check-rounds.ts';
import { notMeetingAfterDays } from '../../../common/mentorships/cadence.ts';
import { CLOSE_REASONS, type CloseReason } from '../../../common/schemas/closure.ts';
import type { Cadence } from '../../../common/schemas/mentorships.ts';
import type {
  CohortHealth,
  FitOutcome,
  HealthWeek,
  NotMeetingPair,
} from '../../../common/schemas/program-health.ts';
import { MIN_GROUP_SIZE } from '../../../common/schemas/program-health.ts';
import { isHeld } from '../../lib/held-sessions.ts';
import type {
  FitAnswerRow,
  ItemRow,
  PairRow,
  ReviewRow,
  SessionRow,
} from './program-health.repo.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A function giving an instant's calendar day in one time zone (one formatter, reused). */
export function dayIn(timeZone: string): (at: Date) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (at) => format.format(at);
}

/** The Monday of the week a day falls in. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

export interface HealthFacts {
  now: Date;
  from: string;
  to: string;
  dayOf: (at: Date) => string;
  pairs: PairRow[];
  sessions: SessionRow[];
  reviews: ReviewRow[];
  items: ItemRow[];
  fitAnswers: FitAnswerRow[];
  /** Today's program-nudge keys already scheduled, for `nudgedToday`. */
  nudgedToday: (pairId: string) => boolean;
}

/** Per pair: what the dashboard and the CSV count, over the period. */
export interface PairFigures {
  pair: PairRow;
  held: number;
  prepOnTime: number;
  goalMet: { yes: number; partly: number; no: number };
  itemsDone: number;
  itemsOpen: number;
  itemsDropped: number;
  /** The last held session ever (not only in the period). */
  lastMetAt: Date | null;
}

/** Prep counts as on time when it was shared at least the pair's deadline before the start. */
export function prepWasOnTime(session: SessionRow, deadlineHours: number): boolean {
  if (!session.prepSharedAt) return false;
  return session.prepSharedAt.getTime() <= session.startsAt.getTime() - deadlineHours * HOUR;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row)) ?? [];
    list.push(row);
    map.set(key(row), list);
  }
  return map;
}

export function figuresPerPair(facts: HealthFacts): PairFigures[] {
  const { now, from, to, dayOf } = facts;
  const inPeriod = (at: Date) => {
    const day = dayOf(at);
    return day >= from && day <= to;
  };
  const sessionsOf = groupBy(facts.sessions, (s) => s.mentorshipId);
  const reviewsOf = groupBy(facts.reviews, (r) => r.sessionId);
  const itemsOf = groupBy(facts.items, (i) => i.mentorshipId);
  return facts.pairs.map((pair) => {
    const held = (sessionsOf.get(pair.id) ?? []).filter((s) => isHeld(s, now));
    const counted = held.filter((s) => inPeriod(s.startsAt));
    const goalMet = { yes: 0, partly: 0, no: 0 };
    for (const session of counted) {
      for (const review of reviewsOf.get(session.id) ?? []) {
        // Only the two people of the pair review; anything else would not be theirs to count.
        if (review.authorId !== pair.menteeId && review.authorId !== pair.mentorId) continue;
        if (review.goalMet in goalMet) goalMet[review.goalMet as keyof typeof goalMet] += 1;
      }
    }
    const items = (itemsOf.get(pair.id) ?? []).filter((i) => inPeriod(i.createdAt));
    return {
      pair,
      held: counted.length,
      prepOnTime: counted.filter((s) => prepWasOnTime(s, pair.prepDeadlineHours)).length,
      goalMet,
      itemsDone: items.filter((i) => i.status === 'done').length,
      itemsOpen: items.filter((i) => i.status === 'open').length,
      itemsDropped: items.filter((i) => i.status === 'dropped').length,
      lastMetAt: held.at(-1)?.startsAt ?? null,
    };
  });
}

/**
 * One outcome per pair, from its latest revealed fit-check round: "wind-down" if either side
 * said so, else "adjust" if either did, else "continue", or "no-answer" when neither answered
 * before the reveal. Rounds not yet revealed to the pair are not looked at at all — not even
 * whether someone answered them.
 */
export function latestRevealedOutcome(
  pair: PairRow,
  heldSessions: SessionRow[],
  answers: FitAnswerRow[],
  now: Date,
): FitOutcome | null {
  const rounds = openedRounds(heldSessions, pair.fitCheckEvery, now);
  for (const round of [...rounds].reverse()) {
    const of = (authorId: string) =>
      answers.find((a) => a.round === round.number && a.authorId === authorId);
    const menteeAnswer = of(pair.menteeId);
    const mentorAnswer = of(pair.mentorId);
    const at = revealedAt(
      round,
      { mine: menteeAnswer?.answeredAt ?? null, theirs: mentorAnswer?.answeredAt ?? null },
      now,
    );
    if (!at) continue;
    const given = [menteeAnswer?.answer, mentorAnswer?.answer];
    if (given.includes('wind-down')) return 'wind-down';
    if (given.includes('adjust')) return 'adjust';
    if (given.includes('continue')) return 'continue';
    return 'no-answer';
  }
  return null;
}

function fitCheckFigures(facts: HealthFacts): CohortHealth['fitCheck'] {
  const heldOf = groupBy(
    facts.sessions.filter((s) => isHeld(s, facts.now)),
    (s) => s.mentorshipId,
  );
  const answersOf = groupBy(facts.fitAnswers, (a) => a.mentorshipId);
  const outcomes: Record<FitOutcome, number> = {
    continue: 0,
    adjust: 0,
    'wind-down': 0,
    'no-answer': 0,
  };
  let pairs = 0;
  for (const pair of facts.pairs) {
    const outcome = latestRevealedOutcome(
      pair,
      heldOf.get(pair.id) ?? [],
      answersOf.get(pair.id) ?? [],
      facts.now,
    );
    if (!outcome) continue;
    pairs += 1;
    outcomes[outcome] += 1;
  }
  // With only a few pairs, "one wound down" points at a pair: show the counts from 5 pairs on.
  return { pairs, outcomes: pairs >= MIN_GROUP_SIZE ? outcomes : null };
}

/** Active pairs with a rhythm whose last session is longer ago than the rhythm allows. */
export function pairsNotMeeting(facts: HealthFacts): NotMeetingPair[] {
  const { now, dayOf } = facts;
  const sessionsOf = groupBy(facts.sessions, (s) => s.mentorshipId);
  const list: NotMeetingPair[] = [];
  for (const pair of facts.pairs) {
    if (pair.status !== 'active') continue;
    const limitDays = notMeetingAfterDays(pair.cadence);
    if (!limitDays) continue;
    const sessions = sessionsOf.get(pair.id) ?? [];
    // Something planned counts: the pair has already done what a nudge would ask.
    if (sessions.some((s) => s.status === 'scheduled' && s.startsAt > now)) continue;
    const last = sessions.filter((s) => isHeld(s, now)).at(-1)?.startsAt ?? null;
    const since = last ?? pair.startedAt;
    if (now.getTime() - since.getTime() <= limitDays * DAY) continue;
    list.push({
      mentorshipId: pair.id,
      menteeName: pair.menteeName,
      mentorName: pair.mentorName,
      lastMetOn: last ? dayOf(last) : null,
      cadence: pair.cadence as Cadence,
      daysSince: daysBetween(dayOf(since), dayOf(now)),
      nudgedToday: facts.nudgedToday(pair.id),
    });
  }
  return list.sort((a, b) => b.daysSince - a.daysSince);
}

/** Every week of the period, by its Monday, with the sessions, prep and reviews inside it. */
function weeksOf(facts: HealthFacts, figures: PairFigures[]): HealthWeek[] {
  const weeks = new Map<string, HealthWeek>();
  for (let monday = mondayOf(facts.from); monday <= facts.to; monday = addDays(monday, 7)) {
    weeks.set(monday, { week: monday, sessionsHeld: 0, prepOnTime: 0, reviews: 0, goalMet: 0 });
  }
  const pairOf = new Map(figures.map((f) => [f.pair.id, f.pair]));
  const reviewsOf = groupBy(facts.reviews, (r) => r.sessionId);
  for (const session of facts.sessions) {
    const pair = pairOf.get(session.mentorshipId);
    if (!pair || !isHeld(session, facts.now)) continue;
    const day = facts.dayOf(session.startsAt);
    if (day < facts.from || day > facts.to) continue;
    const week = weeks.get(mondayOf(day));
    if (!week) continue;
    week.sessionsHeld += 1;
    if (prepWasOnTime(session, pair.prepDeadlineHours)) week.prepOnTime += 1;
    for (const review of reviewsOf.get(session.id) ?? []) {
      if (review.authorId !== pair.menteeId && review.authorId !== pair.mentorId) continue;
      week.reviews += 1;
      if (review.goalMet === 'yes') week.goalMet += 1;
    }
  }
  return [...weeks.values()];
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
export const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** Everything on the dashboard except the cohort, the period and the breakdown. */
export function computeHealth(
  facts: HealthFacts,
): Omit<CohortHealth, 'cohort' | 'period' | 'breakdown'> {
  const figures = figuresPerPair(facts);
  const pairs = figures.length;
  const held = sum(figures.map((f) => f.held));
  const yes = sum(figures.map((f) => f.goalMet.yes));
  const partly = sum(figures.map((f) => f.goalMet.partly));
  const no = sum(figures.map((f) => f.goalMet.no));
  const done = sum(figures.map((f) => f.itemsDone));
  const open = sum(figures.map((f) => f.itemsOpen));
  const notMeeting = pairsNotMeeting(facts);
  const active = facts.pairs.filter((p) => p.status === 'active');
  const withRhythm = active.filter((p) => notMeetingAfterDays(p.cadence) !== null);
  const reasons = new Map<CloseReason, number>(CLOSE_REASONS.map((r) => [r, 0]));
  for (const pair of facts.pairs) {
    if (pair.status !== 'closed' || !pair.closedAt) continue;
    const day = facts.dayOf(pair.closedAt);
    if (day < facts.from || day > facts.to) continue;
    const reason = (CLOSE_REASONS as readonly string[]).includes(pair.closeReason ?? '')
      ? (pair.closeReason as CloseReason)
      : 'other';
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  return {
    pairs,
    activePairs: { count: active.length, of: pairs },
    sessions: { held, pairs, perPair: pairs ? oneDecimal(held / pairs) : 0 },
    prepOnTime: { count: sum(figures.map((f) => f.prepOnTime)), of: held },
    goalMet: { yes, partly, no, rate: { count: yes, of: yes + partly + no } },
    actionItems: {
      done: { count: done, of: done + open },
      open,
      dropped: sum(figures.map((f) => f.itemsDropped)),
    },
    fitCheck: fitCheckFigures(facts),
    notMeeting: { count: { count: notMeeting.length, of: withRhythm.length }, list: notMeeting },
    closureReasons: [...reasons].map(([reason, count]) => ({ reason, count })),
    weeks: weeksOf(facts, figures),
  };
}
