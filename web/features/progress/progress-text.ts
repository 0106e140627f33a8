import type { Progress, ProgressSession } from '../../../common/schemas/progress.ts';

/** The words that stand in for each chart: read aloud, and shown under it as its summary. */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "March 2026" for `2026-03`. */
export function monthName(month: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    month: style,
    year: style === 'long' ? 'numeric' : undefined,
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** "1 Aug" for `2026-08-01`. */
export function shortDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${day}T00:00:00Z`));
}

export function sessionsSummary(p: Progress): string {
  const first = p.sessions[0];
  const since = first ? ` since ${monthName(first.day.slice(0, 7))}` : '';
  const cancelled = p.cancelledCount ? `, and ${p.cancelledCount} cancelled` : '';
  return `${plural(p.heldCount, 'session')} together${since}${cancelled}.`;
}

export interface GoalCounts {
  yes: number;
  partly: number;
  no: number;
}

export function goalCounts(s: ProgressSession): GoalCounts {
  const counts = { yes: 0, partly: 0, no: 0 };
  for (const answer of [s.menteeGoalMet, s.mentorGoalMet]) if (answer) counts[answer] += 1;
  return counts;
}

export function goalsSummary(p: Progress): string {
  const total = { yes: 0, partly: 0, no: 0 };
  let reviewed = 0;
  for (const s of p.sessions) {
    const c = goalCounts(s);
    if (c.yes + c.partly + c.no > 0) reviewed += 1;
    total.yes += c.yes;
    total.partly += c.partly;
    total.no += c.no;
  }
  const reviews = total.yes + total.partly + total.no;
  if (reviews === 0) return 'No reviews yet: how each session went shows here once you review it.';
  return `${plural(reviews, 'review')} of ${plural(reviewed, 'session')}: goal met in ${total.yes}, partly met in ${total.partly}, not met in ${total.no}.`;
}

export function itemsSummary(p: Progress): string {
  const { done, open, overdue, dropped } = p.actionItems;
  const total = done + open + overdue + dropped;
  if (total === 0) return 'No action items yet.';
  return `${plural(total, 'action item')}: ${done} done, ${open} open, ${overdue} overdue, ${dropped} dropped.`;
}

const CADENCE_WORDS = {
  weekly: 'weekly',
  'every-two-weeks': 'every two weeks',
  monthly: 'monthly',
  'one-off': 'one-off',
} as const;

export function gapsSummary(p: Progress): string {
  const since =
    p.daysSinceLastSession === null
      ? ''
      : p.daysSinceLastSession === 0
        ? ' Your last session was today.'
        : ` Your last session was ${plural(p.daysSinceLastSession, 'day')} ago.`;
  if (p.medianGapDays === null)
    return `The days between sessions show from your second session.${since}`;
  const rhythm =
    p.cadence && p.cadenceDays
      ? ` (you agreed on ${CADENCE_WORDS[p.cadence]}, about ${p.cadenceDays} days)`
      : '';
  return `Usually ${plural(Math.round(p.medianGapDays), 'day')} between sessions${rhythm}.${since}`;
}
