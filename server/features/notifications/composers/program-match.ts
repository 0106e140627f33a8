import type { Composer } from '../composed-message.ts';
import { findMentorship, findPerson } from './composers.repo.ts';
import { findCohortForMatchMessage } from './program-match.repo.ts';
import { calendarDay, field, nameOf, skip, whenFor } from './words.ts';

/**
 * A published cohort matching: each person of a new pair learns the other's first name, the
 * program, and where their mentorship lives. Skipped once the mentorship has ended.
 */
const programMatch: Composer = async (db, reminder, recipient) => {
  const mentorship = await findMentorship(db, field(reminder.payload, 'mentorshipId'));
  if (!mentorship || !['active', 'paused'].includes(mentorship.status)) {
    return skip('The mentorship is no longer open.');
  }
  const asMentee = recipient.id === mentorship.menteeId;
  if (!asMentee && recipient.id !== mentorship.mentorId) {
    return skip('They are not part of this mentorship.');
  }
  const cohort = mentorship.cohortId
    ? await findCohortForMatchMessage(db, mentorship.cohortId)
    : undefined;
  if (!cohort) return skip('The mentorship no longer belongs to a cohort.');
  const otherId = asMentee ? mentorship.mentorId : mentorship.menteeId;
  const other = nameOf(otherId ? await findPerson(db, otherId) : undefined, 'your partner');
  const role = asMentee ? 'mentor' : 'mentee';
  const since = mentorship.startedAt ? ` on ${whenFor(mentorship.startedAt, recipient)}` : '';
  const runs = `${cohort.cohortName} runs from ${calendarDay(cohort.startsOn, recipient)} to ${calendarDay(cohort.endsOn, recipient)}.`;
  return {
    send: {
      title: `${cohort.programName}: ${other} is your ${role}`,
      body: `${cohort.programName} matched you with ${other} as your ${role}${since}. ${runs} ${
        asMentee
          ? `Say hello, share the goal you would like to work on, and plan your first session together.`
          : `Say hello, read the goals ${other} shares with you, and plan your first session together.`
      }`,
      link: `/mentorships/${mentorship.id}`,
      actionLabel: 'Open the mentorship',
    },
  };
};

export const programMatchComposers = { 'program-match': programMatch } satisfies Record<
  string,
  Composer
>;
