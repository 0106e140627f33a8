import {
  formatCursor,
  type NotificationList,
  type Outbox,
  type OutboxStatus,
  parseCursor,
} from '../../../common/schemas/notifications.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import {
  countUnread,
  findNotifications,
  findOutboxMails,
  findOwnNotification,
  markAllNotificationsRead,
  markNotificationRead,
} from './notification-centre.repo.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** One more row than asked tells whether a next page exists without counting. */
function pageOf<T extends { id: string; createdAt: Date }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextBefore: rows.length > limit && last ? formatCursor(last.createdAt, last.id) : null,
  };
}

export async function listNotifications(
  db: Db,
  userId: string,
  query: { unread?: string; before?: string; limit: number },
): Promise<NotificationList> {
  const unreadOnly = query.unread === '1' || query.unread === 'true';
  const cursor = query.before ? parseCursor(query.before) : null;
  const [rows, unreadCount] = await Promise.all([
    findNotifications(db, userId, { unreadOnly, cursor, limit: query.limit + 1 }),
    countUnread(db, userId),
  ]);
  const page = pageOf(rows, query.limit);
  return {
    items: page.items.map((n) => ({
      ...n,
      createdAt: n.createdAt.toISOString(),
      readAt: iso(n.readAt),
    })),
    unreadCount,
    nextBefore: page.nextBefore,
  };
}

export async function getUnreadCount(db: Db, userId: string) {
  return { unreadCount: await countUnread(db, userId) };
}

/** Idempotent; someone else's notification gets the same 404 as one that does not exist. */
export async function readNotification(db: Db, userId: string, id: string, now: Date) {
  const own = await findOwnNotification(db, userId, id);
  if (!own) throw new AppError('not_found', 'There is no such notification.');
  await markNotificationRead(db, userId, id, now);
  return getUnreadCount(db, userId);
}

export async function readAllNotifications(db: Db, userId: string, now: Date) {
  const marked = await markAllNotificationsRead(db, userId, now);
  return { marked, unreadCount: await countUnread(db, userId) };
}

const KNOWN_STATUSES: readonly string[] = ['not-sent', 'sending', 'sent', 'failed'];

/**
 * The mail server's own words can name hosts, addresses or internals: a person only ever sees
 * what the state means for them.
 */
function safeProblem(status: OutboxStatus, lastError: string | null): string | null {
  if (status === 'failed')
    return 'The mail server did not accept this mail, even after several tries.';
  if (status === 'sending' && lastError)
    return 'The last try did not go through; Tandem tries again.';
  return null;
}

export async function listOutbox(
  db: Db,
  userId: string,
  query: { before?: string; limit: number },
): Promise<Outbox> {
  const cursor = query.before ? parseCursor(query.before) : null;
  const rows = await findOutboxMails(db, userId, { cursor, limit: query.limit + 1 });
  const page = pageOf(rows, query.limit);
  return {
    items: page.items.map((m) => {
      // An unknown status from a newer worker reads as "on its way" rather than failing the page.
      const status = (KNOWN_STATUSES.includes(m.status) ? m.status : 'sending') as OutboxStatus;
      return {
        id: m.id,
        type: m.type,
        status,
        subject: m.subject,
        text: m.text,
        createdAt: m.createdAt.toISOString(),
        sentAt: iso(m.sentAt),
        lastError: safeProblem(status, m.lastError),
      };
    }),
    nextBefore: page.nextBefore,
  };
}
