import { todayIn } from '../../../common/calendar-date.ts';
import { CLOSE_REASON_LABELS } from '../../../common/mentorships/close-reasons.ts';
import type { MentorshipSummaryDoc } from '../../../common/schemas/closure.ts';
import type { GoalStatus } from '../../../common/schemas/goals.ts';
import { GOAL_CATEGORIES } from '../../../common/taxonomy/goal-categories.ts';
import { embedMarkdown, escapeLine, quotePlain, slug } from './markdown-text.ts';

type Doc = MentorshipSummaryDoc;
type Tally = Doc['goalMet']['mine'];

const GOAL_STATUS_WORDS: Record<GoalStatus, string> = {
  active: 'in progress',
  achieved: 'achieved',
  dropped: 'set aside',
};
const GOAL_MET_WORDS = { yes: 'yes', partly: 'partly', no: 'not this time' } as const;
const QUESTION_MARKS = { covered: '[x]', dropped: '[-]', open: '[ ]' } as const;
const ITEM_WORDS = { open: 'still open', done: 'done', dropped: 'dropped' } as const;

/** "Wed 11 November 2026, 10:00" in the reader's zone. */
function dateTime(iso: string, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`;
}

function day(iso: string, timeZone: string) {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

/** A calendar day (`YYYY-MM-DD`): no zone shifts it. */
function calendarDay(value: string) {
  return day(`${value}T12:00:00Z`, 'UTC');
}

/** "Ana (you)" or "Ben". */
function person(author: { who: 'me' | 'them'; name: string }) {
  return author.who === 'me' ? `${escapeLine(author.name)} (you)` : escapeLine(author.name);
}

function tallyLine(tally: Tally) {
  return `yes ${tally.yes} · partly ${tally.partly} · not this time ${tally.no}`;
}

function pairSection(doc: Doc, them: string): string[] {
  const { pair, timeZone: tz } = doc;
  const lines = [
    '## The pair',
    '',
    `- Mentee: ${escapeLine(pair.mentee)}${doc.me.role === 'mentee' ? ' (you)' : ''}`,
    `- Mentor: ${escapeLine(pair.mentor)}${doc.me.role === 'mentor' ? ' (you)' : ''}`,
  ];
  if (pair.startedAt) lines.push(`- Started: ${day(pair.startedAt, tz)}`);
  if (pair.closedAt) {
    const by = pair.closedBy ? ` by ${person(pair.closedBy)}` : '';
    lines.push(`- Closed: ${day(pair.closedAt, tz)}${by}`);
  } else {
    lines.push(`- Still under way: this is a summary so far.`);
  }
  if (pair.closeReason) lines.push(`- Why: ${CLOSE_REASON_LABELS[pair.closeReason]}`);
  if (pair.closeNote) {
    const from = pair.closedBy?.who === 'me' ? 'Your words' : `${them}’s words`;
    lines.push('', `${from} when closing:`, '', quotePlain(pair.closeNote));
  }
  return lines;
}

function goalsSection(doc: Doc): string[] {
  if (doc.goals.length === 0) return ['## Shared goals', '', 'No goals were shared.'];
  const lines = ['## Shared goals'];
  for (const goal of doc.goals) {
    const category = GOAL_CATEGORIES.find((c) => c.id === goal.category)?.label ?? 'Other';
    lines.push('', `### ${escapeLine(goal.title)}`, '');
    lines.push(`- Status: ${GOAL_STATUS_WORDS[goal.status]}`, `- Kind: ${category}`);
    if (goal.successCriterion) lines.push(`- Done when: ${escapeLine(goal.successCriterion)}`);
    if (goal.targetDate) lines.push(`- Target date: ${calendarDay(goal.targetDate)}`);
  }
  return lines;
}

function sessionLines(session: Doc['sessions'][number], index: number, tz: string): string[] {
  const lines = ['', `### ${index + 1}. ${dateTime(session.startsAt, tz)}`, ''];
  lines.push(
    session.sessionGoal
      ? `**Session goal:** ${escapeLine(session.sessionGoal)}`
      : '_No session goal was shared._',
  );
  if (session.questions.length) {
    lines.push('', '**Questions**', '');
    for (const q of session.questions) {
      const answer = q.answer ? ` — ${escapeLine(q.answer.replace(/\s+/g, ' '))}` : '';
      lines.push(
        `- ${QUESTION_MARKS[q.state]} ${escapeLine(q.text.replace(/\s+/g, ' '))}${answer}`,
      );
    }
  }
  lines.push('', '#### Reviews', '');
  if (session.reviews.length === 0) lines.push('Neither of you reviewed this session.');
  for (const r of session.reviews) {
    lines.push(`- ${person(r)}: goal met — ${GOAL_MET_WORDS[r.goalMet]}`);
    const parts: [string, string][] = [
      ['Why not', r.whyNot],
      ['Most useful', r.mostUseful],
      ['Next steps', r.nextSteps],
    ];
    for (const [label, text] of parts) {
      if (text.trim()) lines.push(`  - ${label}: ${escapeLine(text.trim().replace(/\s+/g, ' '))}`);
    }
  }
  lines.push('', '#### Shared notes', '');
  lines.push(session.sharedNotes.trim() ? embedMarkdown(session.sharedNotes, 4) : 'No notes.');
  const { privateNote, privateReflection } = session.onlyYou;
  if (privateNote.trim()) {
    lines.push('', '#### Your private note (only you)', '', embedMarkdown(privateNote, 4));
  }
  if (privateReflection.trim()) {
    lines.push('', '#### Your private reflection (only you)', '', quotePlain(privateReflection));
  }
  return lines;
}

function sessionsSection(doc: Doc, them: string): string[] {
  const n = doc.sessions.length;
  const lines = [`## Sessions held (${n})`, ''];
  if (n === 0) return [...lines, 'No sessions were held.'];
  const { mine, theirs } = doc.goalMet;
  const reviewed = (t: Tally) => t.yes + t.partly + t.no > 0;
  lines.push(
    reviewed(mine) || reviewed(theirs)
      ? `Was the session goal met? You: ${tallyLine(mine)}. ${them}: ${tallyLine(theirs)}.`
      : 'No reviews were written.',
  );
  doc.sessions.forEach((session, i) => {
    lines.push(...sessionLines(session, i, doc.timeZone));
  });
  return lines;
}

function actionItemsSection(doc: Doc): string[] {
  const lines = ['## Action items', ''];
  if (doc.actionItems.length === 0) return [...lines, 'No action items.'];
  for (const item of doc.actionItems) {
    const box = item.status === 'done' ? '[x]' : '[ ]';
    const due = item.dueDate ? `, due ${calendarDay(item.dueDate)}` : '';
    lines.push(
      `- ${box} ${escapeLine(item.title)} — ${person(item.owner)}${due} (${ITEM_WORDS[item.status]})`,
    );
  }
  return lines;
}

function appreciationsSection(doc: Doc): string[] {
  if (!doc.final) return [];
  const lines = ['## Appreciations'];
  if (doc.appreciations.length === 0) lines.push('', 'None written yet.');
  for (const a of doc.appreciations) {
    lines.push('', a.who === 'me' ? 'You wrote:' : `${escapeLine(a.name)} wrote:`, '');
    lines.push(quotePlain(a.text));
  }
  return lines;
}

/** The summary as a Markdown file someone can keep, read anywhere, and not be surprised by. */
export function renderSummaryMarkdown(doc: Doc): string {
  const other = doc.me.role === 'mentee' ? doc.pair.mentor : doc.pair.mentee;
  const them = escapeLine(other.trim().split(/\s+/)[0] || other);
  const title = `# Mentorship summary: ${escapeLine(doc.pair.mentee)} and ${escapeLine(doc.pair.mentor)}`;
  const intro = [
    `Downloaded by ${escapeLine(doc.me.name)} on ${day(doc.generatedAt, doc.timeZone)}. Times are in ${escapeLine(doc.timeZone)}.`,
    '',
    `Parts marked “only you” are yours alone: ${them} never sees them. Keep this file somewhere private.`,
  ];
  const sections = [
    pairSection(doc, them),
    goalsSection(doc),
    sessionsSection(doc, them),
    actionItemsSection(doc),
    appreciationsSection(doc),
  ].filter((s) => s.length > 0);
  return `${[title, '', ...intro, ...sections.flatMap((s) => ['', ...s])].join('\n')}\n`;
}

/** `tandem-mentorship-ana-and-ben-2026-03-04`: who and when, safe in any file system. */
export function summaryFileName(doc: Doc, extension: 'md' | 'json'): string {
  const first = (name: string) => slug(name.trim().split(/\s+/)[0] ?? name);
  const when = todayIn(doc.timeZone, new Date(doc.pair.closedAt ?? doc.generatedAt));
  return `tandem-mentorship-${first(doc.pair.mentee)}-and-${first(doc.pair.mentor)}-${when}.${extension}`;
}
