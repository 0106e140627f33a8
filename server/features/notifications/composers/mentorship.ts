import { declineMessage } from '../../../../common/mentorships/decline-wording.ts';
import type { DeclineReason, MentorshipRole } from '../../../../common/schemas/mentorships.ts';
import type { Composer } from '../composed-message.ts';
import { findMentorship, findPerson, type MentorshipRow } from './composers.repo.ts';
import { dayFor, field, nameOf, skip, whenFor } from './words.ts';

/** Requests and invitations: someone asks, someone answers, or time runs out. */

const link = (row: MentorshipRow) => `/mentorships/${row.id}`;

/** Still waiting for an answer, and its time has not run out. */
const isWaiting = (row: MentorshipRow, now: Date) =>
  row.status === 'pending' && (!row.expiresAt || row.expiresAt > now);

/** The side the person who asked takes in the mentorship. */
const requesterRole = (row: MentorshipRow): MentorshipRole =>
  row.requestedById === row.menteeId ? 'mentee' : 'mentor';

function quote(message: string): string {
  const text = message.trim().replace(/\s+/g, ' ');
  if (!text) return '';
  return ` In their words: “${text.length > 240 ? `${text.slice(0, 239)}…` : text}”`;
}

const requestReceived: Composer = async (db, reminder, recipient, { now }) => {
  const row = await findMentorship(db, field(reminder.payload, 'mentorshipId'));
  if (!row || !isWaiting(row, now)) return skip('The request is no longer waiting for an answer.');
  if (row.mentorId !== recipient.id) return skip('The request is no longer addressed to them.');
  const mentee = nameOf(await findPerson(db, row.menteeId), 'Someone');
  const by = row.expiresAt ? ` Please answer by ${whenFor(row.expiresAt, recipient)}.` : '';
  return {
    send: {
      title: `${mentee} would like you to mentor them`,
      body: `${mentee} found you in the mentor directory and asked for your help.${quote(row.message)}${by} A kind no is fine too: it lets them look elsewhere sooner.`,
      link: link(row),
      actionLabel: 'Read the request',
    },
  };
};

const requestExpiring: Composer = async (db, reminder, recipient, { now }) => {
  const row = await findMentorship(db, field(reminder.payload, 'mentorshipId'));
  if (!row || !isWaiting(row, now) || !row.expiresAt) {
    return skip('The request is no longer waiting for an answer.');
  }
  if (row.mentorId !== recipient.id) return skip('The request is no longer addressed to them.');
  const mentee = nameOf(await findPerson(db, row.menteeId), 'Someone');
  return {
    send: {
      title: `${mentee}'s request expires soon`,
      body: `${mentee} is still waiting to hear from you. Their request expires on ${whenFor(row.expiresAt, recipient)}. Yes or no, an answer helps them plan their next step.`,
      link: link(row),
      actionLabel: 'Answer the request',
    },
  };
};

const requestAnswered: Composer = async (db, reminder, recipient) => {
  const row = await findMentorship(db, field(reminder.payload, 'mentorshipId'));
  if (!row || row.requestedById !== recipient.id) return skip('The request is gone.');
  const mine = requesterRole(row);
  const otherId = mine === 'mentee' ? row.mentorId : row.menteeId;
  const other = await findPerson(db, otherId);
  const name = nameOf(other, 'They');
  const invitation = row.origin === 'invitation';
  if (row.status === 'active' || row.status === 'paused' || row.status === 'closed') {
    return {
      send: {
        title: invitation ? `${name} accepted your invitation` : `${name} will be your mentor`,
        body: invitation
          ? `${name} said yes: your mentorship has started. Plan a first session to agree on what you both want from it.`
          : `${name} accepted your request: your mentorship has started. Plan a first session and write down what you want to get out of it.`,
        link: link(row),
        actionLabel: 'Open your mentorship',
      },
    };
  }
  if (row.status === 'declined') {
    const reason = (row.declineReason ?? 'other') as DeclineReason;
    const declinedBy = {
      name: other?.name ?? 'They',
      role: mine === 'mentee' ? 'mentor' : 'mentee',
    } as const;
    const note = row.declineNote?.trim() ? ` ${name} also left you a note in Tandem.` : '';
    return {
      send: {
        title: invitation
          ? `${name} can't take up your invitation`
          : `${name} can't be your mentor right now`,
        body: `${declineMessage(reason, declinedBy)}${note}`,
        link: link(row),
        actionLabel: 'Read their answer',
      },
    };
  }
  return skip('The request has not been answered.');
};

const requestExpired: Composer = async (db, reminder, recipient) => {
  const row = await findMentorship(db, field(reminder.payload, 'mentorshipId'));
  if (row?.status !== 'expired') return skip('The request did not expire.');
  if (row.requestedById !== recipient.id) return skip('The request was not theirs.');
  const otherId = requesterRole(row) === 'mentee' ? row.mentorId : row.menteeId;
  const other = await findPerson(db, otherId);
  if (row.origin === 'invitation') {
    const who = other ? nameOf(other, '') : (row.inviteEmail ?? 'the person you invited');
    return {
      send: {
        title: 'Your invitation expired',
        body: `Your invitation to ${who} expired before it was answered. If you still want to work together, send a new one with a short note.`,
        link: link(row),
        actionLabel: 'Open the invitation',
      },
    };
  }
  const name = nameOf(other, 'The mentor');
  return {
    send: {
      title: `Your request to ${name} expired`,
      body: `${name} didn't answer in time. That is usually a full calendar, not a verdict on you or your goal. Another mentor may have room sooner.`,
      link: link(row),
      actionLabel: 'Open the request',
    },
  };
};

const invitation: Composer = async (db, reminder, recipient, { now }) => {
  const row = await findMentorship(db, field(reminder.payload, 'mentorshipId'));
  if (!row || !isWaiting(row, now) || row.origin !== 'invitation') {
    return skip('The invitation is no longer waiting for an answer.');
  }
  if (row.inviteEmail?.toLowerCase() !== recipient.email.toLowerCase()) {
    return skip('The invitation is no longer addressed to them.');
  }
  const inviterRow = await findPerson(db, row.requestedById);
  const inviter = nameOf(inviterRow, 'Someone');
  const asMentor = requesterRole(row) === 'mentee';
  // Without an account we do not know their zone: the day as the inviter sees it is close enough.
  const by = !row.expiresAt
    ? ''
    : recipient.hasAccount
      ? ` It stays open until ${whenFor(row.expiresAt, recipient)}.`
      : ` It stays open until ${dayFor(row.expiresAt, { timeZone: inviterRow?.timeZone ?? 'UTC', locale: recipient.locale })}.`;
  const join = recipient.hasAccount
    ? ''
    : `\n\nTandem is free. To answer, create your account with this address (${recipient.email}): the invitation will be waiting for you.`;
  return {
    send: {
      title: asMentor
        ? `${inviter} invites you to be their mentor`
        : `${inviter} offers to mentor you`,
      body: `${inviter} invited you to an informal mentorship on Tandem.${quote(row.message)}${by}${join}`,
      link: link(row),
      actionLabel: recipient.hasAccount ? 'See the invitation' : 'Create your account',
    },
  };
};

export const mentorshipComposers = {
  'request-received': requestReceived,
  'request-answered': requestAnswered,
  'request-expiring': requestExpiring,
  'request-expired': requestExpired,
  invitation,
} satisfies Record<string, Composer>;
