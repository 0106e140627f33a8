import type { NotificationType } from '../../../common/notifications/notification-types.ts';
import type { Db } from '../../db/client.ts';
import type { reminders } from '../../db/schema/notifications.ts';

export type ReminderRow = typeof reminders.$inferSelect;

/** Who a message is for, with what it needs to speak their language and their clock. */
export interface Recipient {
  /** '' for an address with no account yet (hasAccount false): no id ever equals it. */
  id: string;
  /** '' when there is no account. */
  name: string;
  email: string;
  /** The person's zone; UTC for an address with no account (say days, not hours, to them). */
  timeZone: string;
  /** How they read dates and times (DATE_LOCALES). */
  locale: string;
  hasAccount: boolean;
}

/** Someone invited by email who has no account yet: only their address is known. */
export const addressOnly = (email: string): Recipient => ({
  id: '',
  name: '',
  email,
  timeZone: 'UTC',
  locale: 'en-GB',
  hasAccount: false,
});

/**
 * One message, as both the notification centre and the mail show it. Words are the composer's;
 * layout (text and HTML parts, the unsubscribe footer) is the mail template's.
 */
export interface ComposedMessage {
  /** One line: the notification's title and the mail's subject. */
  title: string;
  /** A sentence or three of plain text, times already in the recipient's zone. */
  body: string;
  /** A path in the app, e.g. `/sessions/<id>/brief`. */
  link: string;
  /** The words on the mail's button, e.g. "Open the brief". */
  actionLabel: string;
  /** An iCalendar file to attach (sessions scheduled, moved, cancelled). */
  ics?: string;
}

/** Send this, or skip it and say why (its reason went away: prep already shared, session cancelled). */
export type Composition = { send: ComposedMessage } | { skip: string };

export interface ComposeContext {
  now: Date;
  /** The app's public address, for links in mail and calendar files. */
  baseUrl: string;
}

/**
 * Turns a due reminder into a message, checking first that its reason still holds. One per
 * notification type; the worker is given the whole set, so it never needs to know a type.
 */
export type Composer = (
  db: Db,
  reminder: ReminderRow,
  recipient: Recipient,
  context: ComposeContext,
) => Promise<Composition>;

export type Composers = Record<NotificationType, Composer>;
