import { sql } from 'drizzle-orm';
import type { NotificationType } from '../../common/notifications/notification-types.ts';
import type { Db } from '../db/client.ts';
import { reminders } from '../db/schema/notifications.ts';

interface ReminderFields {
  type: NotificationType;
  /** When it should go out; now for "it just happened", later for "due soon". */
  dueAt: Date;
  /** Same key, same reminder: scheduling twice (a retried request, a race) sends once. */
  dedupeKey: string;
  /** Ids and facts the message and its reason check need (session id, mentorship id…). */
  payload: Record<string, unknown>;
}

/**
 * For a person with an account, or — only for mail that invites someone in — for an address
 * that has none yet (no preferences, no notification centre: a mail, with its own unsubscribe).
 */
export type ReminderRequest = ReminderFields &
  ({ recipientId: string } | { recipientEmail: string });

const recipientOf = (request: ReminderRequest) =>
  'recipientId' in request
    ? { recipientId: request.recipientId, recipientEmail: null }
    : { recipientId: null, recipientEmail: request.recipientEmail.toLowerCase() };

/**
 * Schedules a message durably, in the caller's transaction when given one, so it exists exactly
 * when the change that caused it was committed. Answers whether it is new (false: the key was
 * already scheduled). Sending, the reason check and the person's
 * preferences are the worker's business (server/features/notifications).
 */
export async function scheduleReminder(db: Db, request: ReminderRequest): Promise<boolean> {
  const inserted = await db
    .insert(reminders)
    .values({
      type: request.type,
      ...recipientOf(request),
      dueAt: request.dueAt,
      dedupeKey: request.dedupeKey,
      payload: request.payload,
    })
    .onConflictDoNothing({ target: reminders.dedupeKey })
    .returning({ id: reminders.id });
  // False when the same key was already scheduled: callers can say "already done".
  return inserted.length > 0;
}

/**
 * Moves a reminder that has not gone out yet (a session moved, so its prep-due reminder moves
 * with it), or schedules it when there is none.
 */
export async function rescheduleReminder(db: Db, request: ReminderRequest): Promise<void> {
  await db
    .insert(reminders)
    .values({
      type: request.type,
      ...recipientOf(request),
      dueAt: request.dueAt,
      dedupeKey: request.dedupeKey,
      payload: request.payload,
    })
    .onConflictDoUpdate({
      target: reminders.dedupeKey,
      set: { dueAt: request.dueAt, payload: request.payload },
      where: sql`${reminders.status} = 'pending'`,
    });
}
