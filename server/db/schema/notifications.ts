import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Telling people what needs them: reminders scheduled durably in the database (they survive
 * restarts and are sent once across several app instances), what each person sees in the app,
 * the mail Tandem sends or keeps, and each person's choices.
 */

/**
 * A message due at a moment: "request received" now, "prep due" a day before a session. Workers
 * in every app instance claim due rows with `FOR UPDATE SKIP LOCKED` and a lease
 * (`claimed_until`): a worker that dies mid-send leaves a row that is claimed again once its lease
 * runs out. Before sending, the reminder's reason is checked again (prep already shared, session
 * cancelled → `skipped`). `dedupe_key` makes scheduling idempotent.
 */
export const reminders = pgTable(
  'reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** A NOTIFICATION_TYPES id (common/notifications/notification-types.ts). */
    type: text('type').notNull(),
    /** Null only for a mail to someone without an account (an invitation by email). */
    recipientId: text('recipient_id').references(() => users.id, { onDelete: 'cascade' }),
    /** Lower case; set only when there is no account to send to (recipient_id is null). */
    recipientEmail: text('recipient_email'),
    /** What it is about, for the reason check and the link: ids and facts as of scheduling. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    /** e.g. `prep-due:<session>:<recipient>:<starts_at>`; a second schedule of the same key is a no-op. */
    dedupeKey: text('dedupe_key').notNull(),
    dueAt: timestamptz('due_at').notNull(),
    /** pending | claimed | sent | skipped | failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    claimedUntil: timestamptz('claimed_until'),
    lastError: text('last_error'),
    /** Why it was skipped (its reason went away, the person turned the type off). */
    skipReason: text('skip_reason'),
    doneAt: timestamptz('done_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reminders_dedupe_idx').on(t.dedupeKey),
    index('reminders_due_idx').on(t.dueAt).where(sql`status in ('pending', 'claimed')`),
    index('reminders_recipient_idx').on(t.recipientId, t.createdAt),
    check('reminders_recipient_check', sql`(recipient_id is null) <> (recipient_email is null)`),
  ],
);

/** What a person sees in the notification centre. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** A path in the app, e.g. `/sessions/<id>`. */
    link: text('link').notNull(),
    /** The reminder it came from: one notification per reminder, however often it is retried. */
    reminderId: uuid('reminder_id').references(() => reminders.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    readAt: timestamptz('read_at'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_reminder_idx').on(t.reminderId),
  ],
);

/**
 * Every mail Tandem composed: sent over SMTP, or kept as `not-sent` when no SMTP server is
 * configured (the person can read it in the app), or failed after its retries.
 */
export const outboxMails = pgTable(
  'outbox_mails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null for a mail to an address without an account (an invitation by email). */
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** The reminder (or digest) it came from: one mail per reminder. */
    reminderId: uuid('reminder_id').references(() => reminders.id, { onDelete: 'set null' }),
    type: text('type').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    /** An iCalendar attachment (session scheduled, moved, cancelled), if any. */
    ics: text('ics'),
    /** Stable per mail, so a resend after a crash is recognisable as the same message. */
    messageId: text('message_id').notNull(),
    /** sending | sent | not-sent | failed */
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    sentAt: timestamptz('sent_at'),
  },
  (t) => [
    index('outbox_mails_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('outbox_mails_reminder_idx').on(t.reminderId),
  ],
);

/** How a person wants each type: in-app | email (and in-app) | digest | off. Absent → the type's default. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    channel: text('channel').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.type] })],
);

/** A person's digest rhythm (daily | weekly) for the types they set to `digest`. */
export const notificationSettings = pgTable('notification_settings', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  digest: text('digest').notNull().default('daily'),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

/**
 * Addresses without an account that asked not to get a type of mail again (the unsubscribe link
 * in an invitation sent by email). It holds for every mail scheduled to that address.
 */
export const mailSuppressions = pgTable(
  'mail_suppressions',
  {
    /** Lower case. */
    email: text('email').notNull(),
    type: text('type').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.email, t.type] })],
);
