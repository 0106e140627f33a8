import { todayIn } from '../../../../common/calendar-date.ts';
import { openedRounds, revealedAt } from '../../../../common/fit-check/fit-check-rounds.ts';
import { isHeld } from '../../../lib/held-sessions.ts';
import type { Composer } from '../composed-message.ts';
import {
  findActionItem,
  findLastHeldSession,
  findMentorship,
  findPerson,
  findSessionAfter,
  findSessionWithMentorship,
  hasFitCheckAnswer,
  hasReviewBy,
  listHeldSessions,
} from './composers.repo.ts';
import { calendarDay, dayFor, endOf, field, nameOf, numberField, skip, whenFor } from './words.ts';

/** After sessions: reviews, fit checks, action items, and pairs who stopped meeting. */

const reviewDue: Composer = async (db, reminder, recipient, { now }) => {
  const found = await findSessionWithMentorship(db, field(reminder.payload, 'sessionId'));
  if (!found) return skip('The session is gone.');
  const { session, mentorship } = found;
  if (recipient.id !== mentorship.menteeId && recipient.id !== mentorship.mentorId) {
    return skip('They are not part of this session.');
  }
  if (!isHeld(session, now) || endOf(session) > now)
    return skip('The session did not take place yet.');
  if (await hasReviewBy(db, session.id, recipient.id)) return skip('They already reviewed it.');
  const other = nameOf(
    await findPerson(
      db,
      recipient.id === mentorship.menteeId ? mentorship.mentorId : mentorship.menteeId,
    ),
    'your partner',
  );
  return {
    send: {
      title: `How did your session with ${other} go?`,
      body: `Take two minutes while it is fresh: was the goal met, what helped most, and what comes next. Your session on ${whenFor(session.startsAt, recipient)} is ready for your review.`,
      link: `/sessions/${session.id}`,
      actionLabel: 'Write your review',
    },
  };
};

const fitCheckDue: Composer = async (db, reminder, recipient, { now }) => {
  const mentorship = await findMentorship(db, field(reminder.payload, 'mentorshipId'));
  const round = numberField(reminder.payload, 'round');
  if (!mentorship || round === null) return skip('The mentorship is gone.');
  if (recipient.id !== mentorship.menteeId && recipient.id !== mentorship.mentorId) {
    return skip('They are not part of this mentorship.');
  }
  if (mentorship.status !== 'active' && mentorship.status !== 'paused') {
    return skip('The mentorship has ended.');
  }
  const held = await listHeldSessions(db, mentorship.id, now);
  const timing = openedRounds(held, mentorship.fitCheckEvery, now).find((r) => r.number === round);
  if (!timing) return skip('That fit check round is not open.');
  if (await hasFitCheckAnswer(db, mentorship.id, round, recipient.id)) {
    return skip('They already answered this round.');
  }
  // Unanswered by the recipient, so only time can have revealed it.
  if (revealedAt(timing, { mine: null, theirs: null }, now)) return skip('The round has closed.');
  const other = nameOf(
    await findPerson(
      db,
      recipient.id === mentorship.menteeId ? mentorship.mentorId : mentorship.menteeId,
    ),
    'your partner',
  );
  return {
    send: {
      title: 'A private question about your mentorship',
      body: `Does working with ${other} still make sense for both of you? Your answer stays private until you have both answered, or until ${whenFor(timing.revealAt, recipient)}. An honest “let's adjust” now is kinder than drifting later.`,
      link: `/mentorships/${mentorship.id}`,
      actionLabel: 'Answer privately',
    },
  };
};

/** The item, when it is still open, still the recipient's and still due on the payload's day. */
async function openItemOf(
  db: Parameters<Composer>[0],
  payload: Record<string, unknown>,
  recipientId: string,
) {
  const item = await findActionItem(db, field(payload, 'itemId'));
  if (!item) return { skip: 'The action item is gone.' } as const;
  if (item.status !== 'open') return { skip: 'The action item is done or dropped.' } as const;
  if (item.dueDate !== field(payload, 'dueDate')) return { skip: 'Its due date changed.' } as const;
  const mentorship = await findMentorship(db, item.mentorshipId);
  const ownerId = item.ownerRole === 'mentee' ? mentorship?.menteeId : mentorship?.mentorId;
  if (!mentorship || ownerId !== recipientId) return { skip: 'It is no longer theirs.' } as const;
  if (mentorship.status !== 'active' && mentorship.status !== 'paused') {
    return { skip: 'The mentorship has ended.' } as const;
  }
  return { item: { ...item, dueDate: item.dueDate as string }, skip: undefined };
}

const actionItemDue: Composer = async (db, reminder, recipient, { now }) => {
  const found = await openItemOf(db, reminder.payload, recipient.id);
  if (found.skip !== undefined) return skip(found.skip);
  const { item } = found;
  if (todayIn(recipient.timeZone, now) > item.dueDate) return skip('It is already overdue.');
  return {
    send: {
      title: `Due ${calendarDay(item.dueDate, recipient)}: ${item.title}`,
      body: `“${item.title}” is due on ${calendarDay(item.dueDate, recipient)}. If it has moved on, tick it off or give it a new date so your list stays true.`,
      link: `/mentorships/${item.mentorshipId}`,
      actionLabel: 'Open your action items',
    },
  };
};

const actionItemOverdue: Composer = async (db, reminder, recipient, { now }) => {
  const found = await openItemOf(db, reminder.payload, recipient.id);
  if (found.skip !== undefined) return skip(found.skip);
  const { item } = found;
  if (todayIn(recipient.timeZone, now) <= item.dueDate) return skip('It is not overdue yet.');
  return {
    send: {
      title: `Overdue since ${calendarDay(item.dueDate, recipient)}: ${item.title}`,
      body: `“${item.title}” was due on ${calendarDay(item.dueDate, recipient)}. No judgement — plans change. Mark it done, drop it, or pick a date that works now.`,
      link: `/mentorships/${item.mentorshipId}`,
      actionLabel: 'Update the item',
    },
  };
};

const pairNotMeeting: Composer = async (db, reminder, recipient, { now }) => {
  const mentorship = await findMentorship(db, field(reminder.payload, 'mentorshipId'));
  if (mentorship?.status !== 'active') return skip('The mentorship is not active.');
  if (recipient.id !== mentorship.menteeId && recipient.id !== mentorship.mentorId) {
    return skip('They are not part of this mentorship.');
  }
  // They agreed no rhythm any more (or a one-off): there is nothing to fall behind on.
  if (!mentorship.cadence || mentorship.cadence === 'one-off') return skip('No rhythm agreed.');
  const since = new Date(field(reminder.payload, 'startsAt'));
  if (Number.isNaN(since.getTime())) return skip('The payload has no session time.');
  if (await findSessionAfter(db, mentorship.id, since, field(reminder.payload, 'sessionId'))) {
    return skip('They met or planned a session since.');
  }
  const last = await findLastHeldSession(db, mentorship.id, now);
  if (last && last.startsAt > since) return skip('They met since.');
  const other = nameOf(
    await findPerson(
      db,
      recipient.id === mentorship.menteeId ? mentorship.mentorId : mentorship.menteeId,
    ),
    'your partner',
  );
  const lastWords = last
    ? `Your last session with ${other} was on ${dayFor(last.startsAt, recipient)}`
    : `You and ${other} have not met yet`;
  return {
    send: {
      title: `Time to plan your next session with ${other}`,
      body: `${lastWords}, and nothing is planned yet — longer than the rhythm you agreed. A short check-in keeps things moving; if the rhythm no longer fits, change it together.`,
      link: `/mentorships/${mentorship.id}`,
      actionLabel: 'Plan a session',
    },
  };
};

export const afterComposers = {
  'review-due': reviewDue,
  'fit-check-due': fitCheckDue,
  'action-item-due': actionItemDue,
  'action-item-overdue': actionItemOverdue,
  'pair-not-meeting': pairNotMeeting,
} satisfies Record<string, Composer>;
