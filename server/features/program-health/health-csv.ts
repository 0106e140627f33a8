import { CLOSE_REASON_LABELS } from '../../../common/mentorships/close-reasons.ts';
import { STATUS_LABELS } from '../../../common/mentorships/mentorship-labels.ts';
import type { CloseReason } from '../../../common/schemas/closure.ts';
import type { MentorshipStatus } from '../../../common/schemas/mentorships.ts';
import { CSV_COLUMNS } from '../../../common/schemas/program-health.ts';
import type { PairFigures } from './health-numbers.ts';

/**
 * RFC 4180: CRLF between records, a field quoted when it holds a comma, a quote or a line
 * break, quotes inside doubled. A cell a spreadsheet would run as a formula (starting with
 * = + - @, or a tab or carriage return) gets a leading apostrophe first.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvDocument(rows: (string | number)[][]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** One row per pair: names, dates and counts the pair already shares, nothing either wrote. */
export function healthCsv(figures: PairFigures[], dayOf: (at: Date) => string): string {
  const rows = figures.map(({ pair, ...f }) => [
    pair.menteeName,
    pair.mentorName,
    dayOf(pair.startedAt),
    STATUS_LABELS[pair.status as MentorshipStatus] ?? pair.status,
    f.held,
    f.prepOnTime,
    f.goalMet.yes,
    f.goalMet.partly,
    f.goalMet.no,
    f.itemsDone,
    f.itemsOpen,
    f.lastMetAt ? dayOf(f.lastMetAt) : '',
    pair.status === 'closed' && pair.closeReason
      ? (CLOSE_REASON_LABELS[pair.closeReason as CloseReason] ?? '')
      : '',
  ]);
  return csvDocument([[...CSV_COLUMNS], ...rows]);
}

/** `<cohort>-health-<day>.csv`, with the cohort's name reduced to safe characters. */
export function healthCsvFileName(cohortName: string, day: string): string {
  const slug = cohortName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'cohort'}-health-${day}.csv`;
}
