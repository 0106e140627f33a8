import type { Db } from '../../../db/client.ts';
import { interviewCalendar } from '../../../lib/interview-calendar.ts';
import type { ComposeContext, Composer, Recipient } from '../composed-message.ts';
import { findApplicationForMessage, findInterviewForMessage } from './interviews.repo.ts';
import { field, nameOf, numberField, skip, whenFor } from './words.ts';

/** Program interviews planned, moved and cancelled, and the decision on an application. */

type Found = NonNullable<Awaited<ReturnType<typeof findInterviewForMessage>>>;

/** The interview, when the recipient is still its candidate or on its panel. */
async function load(db: Db, payload: Record<string, unknown>, recipient: Recipient) {
  const found = await findInterviewForMessage(db, field(payload, 'interviewId'));
  if (!found) return undefined;
  const asCandidate = found.candidate.id === recipient.id;
  const onPanel = found.panel.some((p) => p.id === recipient.id);
  return { ...found, asCandidate, onPanel };
}

function calendarFor(
  found: Found,
  asCandidate: boolean,
  cancelled: boolean,
  { baseUrl, now }: ComposeContext,
) {
  return interviewCalendar(
    {
      ...found.interview,
      programName: found.programName,
      cohortName: found.cohortName,
      candidate: found.candidate,
      panel: found.panel,
    },
    { asCandidate, cancelled, baseUrl, stamp: now },
  );
}

const where = (location: string) => (location.trim() ? ` Where: ${location.trim()}.` : '');
const linkFor = (found: Found, asCandidate: boolean) =>
  asCandidate ? '/programs' : `/interviews/${found.interview.id}`;

/** Why a planned or moved interview's message should not go out any more, if it should not. */
function staleReason(found: Found, payload: Record<string, unknown>, now: Date) {
  const { interview, application } = found;
  if (interview.cancelledAt) return 'The interview was cancelled since.';
  if (application.status === 'withdrawn') return 'The candidate withdrew their application.';
  if (interview.icalSequence !== numberField(payload, 'sequence')) {
    return 'The interview changed since; the latest change sends its own message.';
  }
  if (interview.startsAt <= now) return 'The interview has already started.';
  return null;
}

const interviewScheduled: Composer = async (db, reminder, recipient, context) => {
  const found = await load(db, reminder.payload, recipient);
  if (!found || (!found.asCandidate && !found.onPanel)) {
    return skip('The recipient is no longer part of this interview.');
  }
  const stale = staleReason(found, reminder.payload, context.now);
  if (stale) return skip(stale);
  const { interview } = found;
  const when = whenFor(interview.startsAt, recipient);
  const minutes = `${interview.durationMinutes}-minute`;
  if (found.asCandidate) {
    return {
      send: {
        title: `Your interview for ${found.programName} on ${when}`,
        body: `Thank you for applying to ${found.programName} (${found.cohortName}). We would like to meet you for a ${minutes} conversation on ${when}.${where(interview.location)} It is a chance to talk about your goals, and to ask us anything. The calendar file adds it to your calendar.`,
        link: linkFor(found, true),
        actionLabel: 'See your application',
        ics: calendarFor(found, true, false, context),
      },
    };
  }
  const candidate = nameOf(found.candidate, 'the candidate');
  return {
    send: {
      title: `Interview with ${candidate} on ${when}`,
      body: `You are on the panel for ${candidate}'s ${minutes} interview for ${found.programName} (${found.cohortName}) on ${when}.${where(interview.location)} Your scorecard is ready: scores stay hidden from you until you submit yours.`,
      link: linkFor(found, false),
      actionLabel: 'Open the scorecard',
      ics: calendarFor(found, false, false, context),
    },
  };
};

const interviewMoved: Composer = async (db, reminder, recipient, context) => {
  const found = await load(db, reminder.payload, recipient);
  if (!found || (!found.asCandidate && !found.onPanel)) {
    return skip('The recipient is no longer part of this interview.');
  }
  const stale = staleReason(found, reminder.payload, context.now);
  if (stale) return skip(stale);
  const { interview } = found;
  const when = whenFor(interview.startsAt, recipient);
  const before = field(reminder.payload, 'previousStartsAt');
  const moved = before !== '' && before !== interview.startsAt.toISOString();
  const subject = found.asCandidate
    ? `Your interview for ${found.programName}`
    : `The interview with ${nameOf(found.candidate, 'the candidate')}`;
  const body = moved
    ? `${subject} moved to ${when} instead of ${whenFor(new Date(before), recipient)}, for ${interview.durationMinutes} minutes.${where(interview.location)} The calendar file updates the entry you already have.`
    : `${subject} on ${when} has new details.${where(interview.location)} The calendar file updates the entry you already have.`;
  return {
    send: {
      title: moved ? `${subject} moved to ${when}` : `${subject} on ${when} changed`,
      body,
      link: linkFor(found, found.asCandidate),
      actionLabel: found.asCandidate ? 'See your application' : 'Open the scorecard',
      ics: calendarFor(found, found.asCandidate, false, context),
    },
  };
};

const interviewCancelled: Composer = async (db, reminder, recipient, context) => {
  const found = await load(db, reminder.payload, recipient);
  if (!found) return skip('The interview is gone.');
  const removed = reminder.payload.removed === true;
  const { interview } = found;
  if (removed) {
    // Taken off the panel: unless they were put back since, their calendar entry goes.
    if (found.onPanel) return skip('The reviewer is on the panel again.');
  } else if (!interview.cancelledAt) {
    return skip('The interview is not cancelled.');
  } else if (!found.asCandidate && !found.onPanel) {
    return skip('The recipient is no longer part of this interview.');
  }
  const when = whenFor(interview.startsAt, recipient);
  const reason = field(reminder.payload, 'reason');
  const why = reason ? ` The reason given: “${reason}”.` : '';
  const candidate = nameOf(found.candidate, 'the candidate');
  if (removed) {
    return {
      send: {
        title: `You are no longer on the panel for ${candidate} on ${when}`,
        body: `The interview with ${candidate} for ${found.programName} on ${when} goes ahead without you, so there is nothing for you to score. The calendar file removes it from your calendar.`,
        link: '/programs',
        actionLabel: 'Open your programs',
        ics: calendarFor(found, false, true, context),
      },
    };
  }
  return {
    send: {
      title: found.asCandidate
        ? `Your interview for ${found.programName} on ${when} is cancelled`
        : `The interview with ${candidate} on ${when} is cancelled`,
      body: found.asCandidate
        ? `We are sorry: the interview planned for ${when} will not take place.${why} Your application stays as it is, and we will be in touch about what comes next. The calendar file removes it from your calendar.`
        : `The interview planned for ${when} will not take place.${why} The calendar file removes it from your calendar.`,
      link: found.asCandidate ? '/programs' : `/interviews/${interview.id}`,
      actionLabel: found.asCandidate ? 'See your application' : 'See the interview',
      ics: calendarFor(found, found.asCandidate, true, context),
    },
  };
};

const DECIDED_WORDS = {
  accepted: (program: string, cohort: string) => ({
    title: `Welcome to ${program}`,
    body: `Good news: you have a place in ${program} (${cohort}). You are now a mentee of the cohort, and we will tell you about your mentor as soon as the pairs are made.`,
  }),
  waitlisted: (program: string, cohort: string) => ({
    title: `You are on the waiting list for ${program}`,
    body: `Thank you for your patience. ${program} (${cohort}) is full for now, and you are on its waiting list: if a place opens, we will tell you straight away.`,
  }),
  declined: (program: string, cohort: string) => ({
    title: `About your application to ${program}`,
    body: `Thank you for applying to ${program} (${cohort}) and for the time you gave us. We cannot offer you a place this time. This says nothing final about you or your goals, and you are welcome to apply again.`,
  }),
} as const;

const applicationDecided: Composer = async (db, reminder, recipient) => {
  const found = await findApplicationForMessage(db, field(reminder.payload, 'applicationId'));
  if (!found) return skip('The application is gone.');
  const { application } = found;
  if (application.applicantId !== recipient.id) return skip('Only the candidate is told.');
  const outcome = field(reminder.payload, 'outcome');
  if (application.status !== outcome) return skip('The decision changed since.');
  if (outcome !== 'accepted' && outcome !== 'waitlisted' && outcome !== 'declined') {
    return skip('Not a decision.');
  }
  const words = DECIDED_WORDS[outcome](found.programName, found.cohortName);
  const reason = application.decisionReason.trim();
  return {
    send: {
      title: words.title,
      body: reason ? `${words.body}\n\nA word from the program: “${reason}”` : words.body,
      link: '/programs',
      actionLabel: 'See your application',
    },
  };
};

export const programComposers = {
  'interview-scheduled': interviewScheduled,
  'interview-moved': interviewMoved,
  'interview-cancelled': interviewCancelled,
  'application-decided': applicationDecided,
} satisfies Record<string, Composer>;
