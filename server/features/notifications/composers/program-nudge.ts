import type { Composer } from '../composed-message.ts';
import {
  findLastHeldSession,
  findMentorship,
  findPerson,
  findSessionAfter,
} from './composers.repo.ts';
import { findProgramNameOfCohort } from './program-nudge.repo.ts';
import { dayFor, field, nameOf, skip } from './words.ts';

/**
 * A program admin's nudge to a pair that has not met within its rhythm. It goes to both people
 * and blames neither; it is skipped if they met or planned a session after it was sent.
 */
const programNudge: Composer = async (db, reminder, recipient, { now }) => {
  const mentorship = await findMentorship(db, field(reminder.payload, 'mentorshipId'));
  if (mentorship?.status !== 'active') return skip('The mentorship is not active.');
  if (recipient.id !== mentorship.menteeId && recipient.id !== mentorship.mentorId) {
    return skip('They are not part of this mentorship.');
  }
  const cohortId = field(reminder.payload, 'cohortId');
  if (!mentorship.cohortId || mentorship.cohortId !== cohortId) {
    return skip('The pair is no longer part of that cohort.');
  }
  const nudgedAt = new Date(field(reminder.payload, 'nudgedAt'));
  if (Number.isNaN(nudgedAt.getTime())) return skip('The payload has no time.');
  const last = await findLastHeldSession(db, mentorship.id, now);
  if (last && last.startsAt > nudgedAt) return skip('They met since.');
  if (await findSessionAfter(db, mentorship.id, now, '00000000-0000-0000-0000-000000000000')) {
    return skip('They have a session planned.');
  }
  const program = (await findProgramNameOfCohort(db, cohortId)) ?? 'Your mentorship program';
  const other = nameOf(
    await findPerson(
      db,
      recipient.id === mentorship.menteeId ? mentorship.mentorId : mentorship.menteeId,
    ),
    'your partner',
  );
  const lastWords = last
    ? `You and ${other} last met on ${dayFor(last.startsAt, recipient)}.`
    : `You and ${other} have not had a session yet.`;
  return {
    send: {
      title: `${program} says hello: how are things with ${other}?`,
      body: `${lastWords} Busy stretches happen, and that is fine. When you can, plan a short check-in or your next session together — and if your rhythm no longer fits, change it to one that does.`,
      link: `/mentorships/${mentorship.id}`,
      actionLabel: 'Plan a session',
    },
  };
};

export const programNudgeComposers = { 'program-nudge': programNudge } satisfies Record<
  string,
  Composer
>;
