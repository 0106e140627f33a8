import { z } from 'zod';
import {
  DIGEST_RHYTHMS,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPE_IDS,
  NOTIFICATION_TYPES,
} from '../notifications/notification-types.ts';

/** A page holds at most this many notifications or mails. */
export const NOTIFICATION_PAGE_MAX = 50;
export const NOTIFICATION_PAGE_DEFAULT = 20;

/**
 * Where the next page starts: the `nextBefore` of the previous page, `<ISO time>_<id>`. Ids break
 * ties, because one transaction can create several notifications at the very same instant. A
 * bare ISO time is accepted too ("everything before then").
 */
const CURSOR = /^(\d{4}-\d{2}-\d{2}T[0-9:.]+Z)(?:_([0-9a-f-]{36}))?$/i;

export interface PageCursor {
  before: Date;
  id: string | null;
}

export function parseCursor(value: string): PageCursor | null {
  const match = CURSOR.exec(value);
  if (!match?.[1]) return null;
  const before = new Date(match[1]);
  if (Number.isNaN(before.getTime())) return null;
  return { before, id: match[2]?.toLowerCase() ?? null };
}

export function formatCursor(createdAt: Date, id: string): string {
  return `${createdAt.toISOString()}_${id}`;
}

const before = z
  .string()
  .max(100, 'Use the nextBefore of the previous page.')
  .refine((v) => parseCursor(v) !== null, 'Use the nextBefore of the previous page.')
  .optional();

const limit = z.coerce
  .number({ error: `Ask for 1 to ${NOTIFICATION_PAGE_MAX} at a time.` })
  .int(`Ask for 1 to ${NOTIFICATION_PAGE_MAX} at a time.`)
  .min(1, `Ask for 1 to ${NOTIFICATION_PAGE_MAX} at a time.`)
  .max(NOTIFICATION_PAGE_MAX, `Ask for 1 to ${NOTIFICATION_PAGE_MAX} at a time.`)
  .default(NOTIFICATION_PAGE_DEFAULT);

export const notificationListQuery = z.object({
  /** `1` (or `true`): only the ones not read yet. */
  unread: z
    .enum(['1', '0', 'true', 'false'], { error: 'Use unread=1 for unread ones only.' })
    .optional(),
  before,
  limit,
});
export type NotificationListQuery = z.input<typeof notificationListQuery>;

export const notificationItem = z.object({
  id: z.uuid(),
  type: z.string(),
  title: z.string(),
  body: z.string(),
  /** A path in the app. */
  link: z.string(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type NotificationItem = z.infer<typeof notificationItem>;

export const notificationListOutput = z.object({
  items: z.array(notificationItem),
  unreadCount: z.number().int(),
  /** Pass as `before` for the next page; null on the last page. */
  nextBefore: z.string().nullable(),
});
export type NotificationList = z.infer<typeof notificationListOutput>;

export const unreadCountOutput = z.object({ unreadCount: z.number().int() });
export type UnreadCount = z.infer<typeof unreadCountOutput>;

export const notificationParams = z.object({ id: z.uuid('That is not a notification id.') });

export const readAllOutput = z.object({
  /** How many were marked read just now. */
  marked: z.number().int(),
  unreadCount: z.number().int(),
});

const channel = z.enum(NOTIFICATION_CHANNELS, {
  error: 'Choose in-app, email, digest or off.',
});
const digest = z.enum(DIGEST_RHYTHMS, { error: 'Choose a daily or a weekly digest.' });

export const notificationPreference = z.object({
  type: z.enum(NOTIFICATION_TYPE_IDS),
  group: z.enum(['mentorship', 'sessions', 'after', 'programs']),
  label: z.string(),
  channel,
  defaultChannel: channel,
});
export type NotificationPreference = z.infer<typeof notificationPreference>;

export const notificationPreferencesOutput = z.object({
  types: z.array(notificationPreference),
  digest,
  /** False while no SMTP server is set up: mails wait in the person's outbox. */
  emailConfigured: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesOutput>;

export const updateNotificationPreferencesInput = z.object({
  /** Only the types listed change; the others keep their channel. */
  channels: z
    .record(z.string().max(100), channel, { error: 'Give a channel per notification type.' })
    .superRefine((channels, ctx) => {
      for (const key of Object.keys(channels)) {
        if (!Object.hasOwn(NOTIFICATION_TYPES, key)) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'Tandem does not send this kind of notification.',
          });
        }
      }
    }),
  digest: digest.optional(),
});
export type UpdateNotificationPreferencesInput = z.input<typeof updateNotificationPreferencesInput>;

export const OUTBOX_STATUSES = ['not-sent', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const outboxQuery = z.object({ before, limit });

export const outboxMail = z.object({
  id: z.uuid(),
  type: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  subject: z.string(),
  text: z.string(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  /** A short message written for people; never the mail server's own words. */
  lastError: z.string().nullable(),
});
export type OutboxMail = z.infer<typeof outboxMail>;

export const outboxOutput = z.object({
  items: z.array(outboxMail),
  nextBefore: z.string().nullable(),
});
export type Outbox = z.infer<typeof outboxOutput>;
