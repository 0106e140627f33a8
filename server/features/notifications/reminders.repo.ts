import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import {
  mailSuppressions,
  notificationPreferences,
  notificationSettings,
  notifications,
  outboxMails,
  reminders,
} from '../../db/schema/notifications.ts';
import type { Recipient, ReminderRow } from './composed-message.ts';

export type OutboxRow = typeof outboxMails.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;

/**
 * Claims up to `limit` due reminders in one statement: pending ones whose time has come, and
 * claimed ones whose worker's lease ran out (it died or hung). `SKIP LOCKED` lets workers in
 * several app instances claim side by side without ever taking the same row.
 */
export async function claimDueReminders(
  db: Db,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<ReminderRow[]> {
  const due = db
    .select({ id: reminders.id })
    .from(reminders)
    .where(
      or(
        and(eq(reminders.status, 'pending'), lte(reminders.dueAt, now)),
        and(eq(reminders.status, 'claimed'), lt(reminders.claimedUntil, now)),
      ),
    )
    .orderBy(reminders.dueAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(reminders)
    .set({
      status: 'claimed',
      claimedUntil: new Date(now.getTime() + leaseMs),
      attempts: sql`${reminders.attempts} + 1`,
    })
    .where(inArray(reminders.id, due))
    .returning();
}

/**
 * Finishes a claimed reminder — only if this worker still holds it (same attempt), so a worker
 * that outlived its lease cannot overwrite the outcome of the one that took over.
 */
export async function finishReminder(
  db: Db,
  claim: ReminderRow,
  outcome:
    | { status: 'sent'; at: Date }
    | { status: 'skipped'; at: Date; reason: string }
    | { status: 'failed'; at: Date; error: string }
    | { status: 'pending'; dueAt: Date; error: string },
): Promise<void> {
  const set =
    outcome.status === 'pending'
      ? { status: 'pending', dueAt: outcome.dueAt, lastError: outcome.error, claimedUntil: null }
      : {
          status: outcome.status,
          doneAt: outcome.at,
          claimedUntil: null,
          ...(outcome.status === 'skipped' ? { skipReason: outcome.reason } : {}),
          ...(outcome.status === 'failed' ? { lastError: outcome.error } : {}),
        };
  await db
    .update(reminders)
    .set(set)
    .where(
      and(
        eq(reminders.id, claim.id),
        eq(reminders.status, 'claimed'),
        eq(reminders.attempts, claim.attempts),
      ),
    );
}

const recipientColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  timeZone: users.timeZone,
  locale: users.locale,
};

export async function findRecipient(db: Db, userId: string): Promise<Recipient | undefined> {
  const [row] = await db.select(recipientColumns).from(users).where(eq(users.id, userId));
  return row && { ...row, hasAccount: true };
}

/** The account that now uses an address (someone invited by email may have joined since). */
export async function findRecipientByEmail(db: Db, email: string): Promise<Recipient | undefined> {
  const [row] = await db
    .select(recipientColumns)
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row && { ...row, hasAccount: true };
}

/** Whether an address without an account asked not to get this type of mail again. */
export async function isSuppressed(db: Db, email: string, type: string): Promise<boolean> {
  const [row] = await db
    .select({ type: mailSuppressions.type })
    .from(mailSuppressions)
    .where(and(eq(mailSuppressions.email, email.toLowerCase()), eq(mailSuppressions.type, type)));
  return Boolean(row);
}

export async function suppressMail(db: Db, email: string, type: string, now: Date) {
  await db
    .insert(mailSuppressions)
    .values({ email: email.toLowerCase(), type, createdAt: now })
    .onConflictDoNothing();
}

export async function findReminder(db: Db, id: string) {
  const [row] = await db.select().from(reminders).where(eq(reminders.id, id));
  return row;
}

/** The channel the person chose for a type, or undefined when they never chose. */
export async function findChosenChannel(
  db: Db,
  userId: string,
  type: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.type, type)));
  return row?.channel;
}

export async function findChosenChannels(db: Db, userId: string) {
  return db
    .select({ type: notificationPreferences.type, channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
}

export async function findDigestRhythm(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ digest: notificationSettings.digest })
    .from(notificationSettings)
    .where(eq(notificationSettings.userId, userId));
  return row?.digest;
}

/** The reminder's notification, created on its first delivery and found again on a retry. */
export async function upsertNotification(
  db: Db,
  values: typeof notifications.$inferInsert & { reminderId: string },
): Promise<NotificationRow> {
  await db.insert(notifications).values(values).onConflictDoNothing({
    target: notifications.reminderId,
  });
  const [row] = await db
    .select()
    .from(notifications)
    .where(eq(notifications.reminderId, values.reminderId));
  if (!row) throw new Error(`notification for reminder ${values.reminderId} vanished`);
  return row;
}

export async function findOutboxMail(db: Db, reminderId: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(outboxMails).where(eq(outboxMails.reminderId, reminderId));
  return row;
}

/** The reminder's one mail: a retry after a crash finds the first one instead of composing anew. */
export async function upsertOutboxMail(
  db: Db,
  values: typeof outboxMails.$inferInsert & { reminderId: string },
): Promise<OutboxRow> {
  await db.insert(outboxMails).values(values).onConflictDoNothing({
    target: outboxMails.reminderId,
  });
  const row = await findOutboxMail(db, values.reminderId);
  if (!row) throw new Error(`outbox mail for reminder ${values.reminderId} vanished`);
  return row;
}

export async function updateOutboxMail(
  db: Db,
  id: string,
  set: Partial<Pick<OutboxRow, 'status' | 'lastError' | 'sentAt'>> & { countAttempt?: boolean },
): Promise<void> {
  const { countAttempt, ...fields } = set;
  await db
    .update(outboxMails)
    .set({ ...fields, ...(countAttempt ? { attempts: sql`${outboxMails.attempts} + 1` } : {}) })
    .where(eq(outboxMails.id, id));
}

/**
 * Adds a notification to the person's digest for a period (one reminder per user and period,
 * created by the first item). Only a digest still pending takes items; answers whether the
 * notification is in it now (false: that digest already went, use the next period).
 */
export async function addToDigest(
  db: Db,
  digest: { type: string; recipientId: string; dueAt: Date; dedupeKey: string },
  notificationId: string,
): Promise<boolean> {
  const item = sql`jsonb_build_array(${notificationId}::text)`;
  const items = sql`coalesce(${reminders.payload} -> 'notificationIds', '[]'::jsonb)`;
  await db
    .insert(reminders)
    .values({ ...digest, payload: { notificationIds: [notificationId] } })
    .onConflictDoUpdate({
      target: reminders.dedupeKey,
      set: {
        payload: sql`jsonb_set(${reminders.payload}, '{notificationIds}', ${items} || ${item})`,
      },
      setWhere: sql`${reminders.status} = 'pending' and not (${items} @> ${item})`,
    });
  const [row] = await db
    .select({ contains: sql<boolean>`${items} @> ${item}` })
    .from(reminders)
    .where(eq(reminders.dedupeKey, digest.dedupeKey));
  return row?.contains === true;
}

export async function findNotificationsOf(
  db: Db,
  userId: string,
  ids: string[],
): Promise<NotificationRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, ids)))
    .orderBy(asc(notifications.createdAt));
}
