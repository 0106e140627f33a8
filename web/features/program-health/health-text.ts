import type { Fraction, GroupFigures } from '../../../common/schemas/program-health.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03-02` → "2 Mar". */
export function weekLabel(day: string): string {
  const [, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date} ${MONTHS[month - 1]}`;
}

/** `2026-03-02` → "2 Mar 2026". */
export function dayLabel(day: string): string {
  return `${weekLabel(day)} ${day.slice(0, 4)}`;
}

/** "12 of 15". */
export const ofWords = (f: Fraction) => `${f.count} of ${f.of}`;

export function percentWords(f: Fraction): string {
  return f.of ? `${Math.round((f.count / f.of) * 100)}%` : '—';
}

export function groupWords(g: GroupFigures): string {
  return `${g.people} people · ${ofWords(g.inActivePair)} in an active pair · ${g.sessionsPerPerson} sessions each · goal met in ${ofWords(g.goalMet)} of their reviews`;
}
