import type { Db } from '../../../db/client.ts';
import { phaseOf } from '../../../lib/held-sessions.ts';
import { loadSessionsForCalendar, writeSessionCalendar } from '../../../lib/session-calendar.ts';
import type { ComposeContext, Composer, Recipient } from '../composed-message.ts';
import { findPerson, findPrepRow, findSessionWithMentorship } from './composers.repo.ts';
import { field, nameOf, numberField, skip, whenFor } from './words.ts';

/** Sessions planned, moved and cancelled, and the prep before them. */

type Found = NonNullable<Awaited<ReturnType<typeof findSessionWithMentorship>>>;

const HOUR = 3_600_000;

/** The session and the other person, when the recipient is still one of its two people. */
async function load(db: Db, payload: Record<string, unknown>, recipient: Recipient) {
  const found = await findSessionWithMentorship(db, field(payload, 'sessionId'));
  if (!found) return undefined;
  const { menteeId, mentorId } = found.mentorship;
  if (recipient.id !== menteeId && recipient.id !== mentorId) return undefined;
  const otherId = recipient.id === menteeId ? mentorId : menteeId;
  const other = await findPerson(db, otherId);
  return {
    ...found,
    other: nameOf(other, 'Your partner'),
    role: recipient.id === menteeId ? 'mentee' : 'mentor',
  };
}

/** The calendar file as this recipient may see it (the mentor sees the goal once it is shared). */
async function calendarFor(
  db: Db,
  found: Found,
  recipient: Recipient,
  { baseUrl, now }: ComposeContext,
) {
  const items = await loadSessionsForCalendar(db, [found]);
  return writeSessionCalendar(items, recipient.id, { baseUrl, stamp: now });
}

function where(location: string) {
  return location.trim() ? ` Where: ${location.trim()}.` : '';
}

const sessionScheduled: Composer = async (db, reminder, recipient, context) => {
  const found = await load(db, reminder.payload, recipient);
  if (!found) return skip('The session is gone.');
  const { session } = found;
  if (session.status === 'cancelled') return skip('The session was cancelled.');
  // A move after this was scheduled sends its own message with the new time.
  if (session.sequence !== numberField(reminder.payload, 'sequence')) {
    return skip('The session moved since; the message about the move says the new time.');
  }
  if (phaseOf(session, context.now) !== 'upcoming') return skip('The session has already started.');
  return {
    send: {
      title: `Session with ${found.other} on ${whenFor(session.startsAt, recipient)}`,
      body: `${found.other} planned a ${session.durationMinutes}-minute session with you for ${whenFor(session.startsAt, recipient)}.${where(session.location)} The calendar file adds it to your calendar.`,
      link: `/sessions/${session.id}`,
      actionLabel: 'Open the session',
      ics: await calendarFor(db, found, recipient, context),
    },
  };
};

const sessionRescheduled: Composer = async (db, reminder, recipient, context) => {
  const found = await load(db, reminder.payload, recipient);
  if (!found) return skip('The session is gone.');
  const { session } = found;
  if (session.status === 'cancelled') return skip('The session was cancelled since.');
  if (session.sequence !== numberField(reminder.payload, 'sequence')) {
    return skip('The session moved again; the latest move sends its own message.');
  }
  if (phaseOf(session, context.now) !== 'upcoming') return skip('The session has already started.');
  const before = field(reminder.payload, 'previousStartsAt');
  const from = before ? ` instead of ${whenFor(new Date(before), recipient)}` : '';
  return {
    send: {
      title: `Session with ${found.other} moved to ${whenFor(session.startsAt, recipient)}`,
      body: `${found.other} moved your session to ${whenFor(session.startsAt, recipient)}${from}, for ${session.durationMinutes} minutes.${where(session.location)} The calendar file updates the entry you already have.`,
      link: `/sessions/${session.id}`,
      actionLabel: 'Open the session',
      ics: await calendarFor(db, found, recipient, context),
    },
  };
};

const sessionCancelled: Composer = async (db, reminder, recipient, context) => {
  const found = await load(db, reminder.payload, recipient);
  if (!found) return skip('The session is gone.');
  const { session } = found;
  if (session.status !== 'cancelled') return skip('The session is not cancelled.');
  return {
    send: {
      title: `${found.other} cancelled your session on ${whenFor(session.startsAt, recipient)}`,
      body: `The session planned for ${whenFor(session.startsAt, recipient)} is off. The calendar file removes it from your calendar. When you are ready, plan the next one together.`,
      link: `/sessions/${session.id}`,
      actionLabel: 'See the session',
      ics: await calendarFor(db, found, recipient, context),
    },
  };
};

const prepDue: Composer = async (db, reminder, recipient, { now }) => {
  const found = await load(db, reminder.payload, recipient);
  if (found?.role !== 'mentee') return skip('Only the mentee writes the prep.');
  const { session, mentorship } = found;
  if (phaseOf(session, now) !== 'upcoming')
    return skip('The session was cancelled or has started.');
  const prep = await findPrepRow(db, session.id);
  if (prep?.sharedAt) return skip('The prep is already shared.');
  const dueAt = new Date(session.startsAt.getTime() - mentorship.prepDeadlineHours * HOUR);
  // A reminder after the deadline only scolds; the session page still shows what is missing.
  if (now >= dueAt) return skip('The prep deadline has passed.');
  const started = prep?.goal ? 'You have made a start: ' : '';
  return {
    send: {
      title: `Your prep for ${found.other} is due ${whenFor(dueAt, recipient)}`,
      body: `${started}share your session goal and questions by ${whenFor(dueAt, recipient)}, so ${found.other} has time to read them before you meet on ${whenFor(session.startsAt, recipient)}.`,
      link: `/sessions/${session.id}`,
      actionLabel: 'Finish your prep',
    },
  };
};

const prepShared: Composer = async (db, reminder, recipient, { now }) => {
  const found = await load(db, reminder.payload, recipient);
  if (found?.role !== 'mentor') return skip('Only the mentor reads the brief.');
  const { session } = found;
  if (phaseOf(session, now) === 'cancelled') return skip('The session was cancelled.');
  const prep = await findPrepRow(db, session.id);
  if (!prep?.sharedAt) return skip('The prep is not shared.');
  if (prep.lastReadAt) return skip('The mentor has already read the brief.');
  return {
    send: {
      title: `${found.other} shared their prep for ${whenFor(session.startsAt, recipient)}`,
      body: `${found.other}'s goal for the session: “${prep.goal}”. The one-page brief has their questions and links, ready for you before you meet.`,
      link: `/sessions/${session.id}/brief`,
      actionLabel: 'Open the brief',
    },
  };
};

const briefUpdated: Composer = async (db, reminder, recipient, { now }) => {
  const found = await load(db, reminder.payload, recipient);
  if (found?.role !== 'mentor') return skip('Only the mentor reads the brief.');
  const { session } = found;
  if (phaseOf(session, now) === 'cancelled') return skip('The session was cancelled.');
  const prep = await findPrepRow(db, session.id);
  const readAt = field(reminder.payload, 'lastReadAt');
  // Read again since: the mentor has seen the change already.
  if (!prep?.sharedAt || !prep.lastReadAt || prep.lastReadAt.toISOString() !== readAt) {
    return skip('The mentor has read the brief since it changed.');
  }
  if (!(prep.updatedAt > prep.lastReadAt)) return skip('Nothing changed since the last read.');
  return {
    send: {
      title: `${found.other} updated the brief you read`,
      body: `${found.other} changed their prep for ${whenFor(session.startsAt, recipient)} after you last read it. The brief marks what is new.`,
      link: `/sessions/${session.id}/brief`,
      actionLabel: 'See what changed',
    },
  };
};

export const sessionComposers = {
  'session-scheduled': sessionScheduled,
  'session-rescheduled': sessionRescheduled,
  'session-cancelled': sessionCancelled,
  'prep-due': prepDue,
  'prep-shared': prepShared,
  'brief-updated': briefUpdated,
} satisfies Record<string, Composer>;
