import type { Db } from '../../db/client.ts';
import { scheduleReminder } from '../../lib/reminders.ts';
import type { MentorshipRow } from './mentorships.repo.ts';

/**
 * What requests and invitations tell people, scheduled in the transaction of the change. One
 * key per mentorship and type: a retried request, or a lazy expiry run twice, tells once.
 */

const HOUR = 3_600_000;
/** The mentor is reminded this long before a request they have not answered expires. */
const EXPIRING_NOTICE_HOURS = 48;

/** A directory request: the mentor hears now, and again shortly before it expires. */
export async function remindRequestMade(db: Db, row: MentorshipRow, now: Date) {
  if (!row.mentorId) return;
  const payload = { mentorshipId: row.id };
  await scheduleReminder(db, {
    type: 'request-received',
    recipientId: row.mentorId,
    dueAt: now,
    dedupeKey: `request-received:${row.id}`,
    payload,
  });
  const expiringAt =
    row.expiresAt && new Date(row.expiresAt.getTime() - EXPIRING_NOTICE_HOURS * HOUR);
  if (expiringAt && expiringAt > now) {
    await scheduleReminder(db, {
      type: 'request-expiring',
      recipientId: row.mentorId,
      dueAt: expiringAt,
      dedupeKey: `request-expiring:${row.id}`,
      payload,
    });
  }
}

/** An invitation by email to someone who already has an account here. */
export async function remindInvited(db: Db, row: MentorshipRow, inviteeId: string, now: Date) {
  await scheduleReminder(db, {
    type: 'invitation',
    recipientId: inviteeId,
    dueAt: now,
    dedupeKey: `invitation:${row.id}:${inviteeId}`,
    payload: { mentorshipId: row.id },
  });
}

/**
 * An invitation to an address with no account: one mail, to the address itself. If they join
 * before it goes out, it reaches their account instead (the worker looks the address up).
 */
export async function remindInvitedByEmail(db: Db, row: MentorshipRow, email: string, now: Date) {
  await scheduleReminder(db, {
    type: 'invitation',
    recipientEmail: email,
    dueAt: now,
    dedupeKey: `invitation:${row.id}:${email.toLowerCase()}`,
    payload: { mentorshipId: row.id },
  });
}

/** Accepted or declined: the person who asked hears the answer. */
export async function remindAnswered(db: Db, row: MentorshipRow, now: Date) {
  await scheduleReminder(db, {
    type: 'request-answered',
    recipientId: row.requestedById,
    dueAt: now,
    dedupeKey: `request-answered:${row.id}`,
    payload: { mentorshipId: row.id, status: row.status },
  });
}

/** Requests and invitations whose time ran out: whoever asked hears it. */
export async function remindExpired(
  db: Db,
  rows: { id: string; requestedById: string }[],
  now: Date,
) {
  for (const row of rows) {
    await scheduleReminder(db, {
      type: 'request-expired',
      recipientId: row.requestedById,
      dueAt: now,
      dedupeKey: `request-expired:${row.id}`,
      payload: { mentorshipId: row.id },
    });
  }
}
