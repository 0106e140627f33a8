import type { ApplicationStatus, QuestionKind } from '../../../common/schemas/applications.ts';
import type { InviteRole } from '../../../common/schemas/programs.ts';

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: 'Submitted',
  interviewing: 'Interviewing',
  accepted: 'Accepted',
  waitlisted: 'Waitlisted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

export const STATUS_COLORS: Record<ApplicationStatus, string> = {
  submitted: 'blue.9',
  interviewing: 'violet.9',
  accepted: 'teal.9',
  waitlisted: 'yellow.9',
  declined: 'gray.8',
  withdrawn: 'gray.7',
};

export const ROLE_LABELS: Record<InviteRole, string> = {
  admin: 'Admin',
  reviewer: 'Reviewer',
  mentor: 'Mentor',
  mentee: 'Mentee',
};

export const KIND_LABELS: Record<QuestionKind, string> = {
  'short-text': 'Short answer',
  'long-text': 'Long answer',
  'single-choice': 'One choice',
  'multiple-choice': 'Several choices',
  scale: 'Scale from 1 to 5',
};

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** "1 Sep 2026" for a calendar date. */
export function formatDay(date: string): string {
  return dateFormat.format(new Date(`${date}T12:00:00`));
}

/** "1 Sep 2026 – 15 Dec 2026". */
export function formatDates(startsOn: string, endsOn: string): string {
  return `${formatDay(startsOn)} – ${formatDay(endsOn)}`;
}
