import { and, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { PageCursor } from '../../../common/schemas/notifications.ts';
import type { Db } from '../../db/client.ts';
import { notifications, outboxMails } from '../../db/schema/notifications.ts';

/**
 * Timestamps are kept to the microsecond but travel as JavaScript dates (milliseconds): pages
 * are ordered and cut on the millisecond value, so a cursor built from a row lands exactly on it.
 */
const ms = (column: PgColumn) => sql`date_trunc('milliseconds', ${column})`;

function olderThan(createdAt: PgColumn, id: PgColumn, cursor: PageCursor | null): SQL | undefined {
  if (!cursor) return undefined;
  const at = cursor.before.toISOString();
  if (!cursor.id) return sql`${ms(createdAt)} < ${at}::timestamptz`;
  return sql`(${ms(createdAt)}, ${id}) < (${at}::timestamptz, ${cursor.id}::uuid)`;
}

export async function findNotifications(
  db: Db,
  userId: string,
  options: { unreadOnly: boolean; cursor: PageCursor | null; limit: number },
) {
  return db
    .select({
      id: notifications.id,
      type: notifications.type,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        options.unreadOnly ? isNull(notifications.readAt) : undefined,
        olderThan(notifications.createdAt, notifications.id, options.cursor),
      ),
    )
    .orderBy(desc(ms(notifications.createdAt)), desc(notifications.id))
    .limit(options.limit);
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** The notification if it is this user's; someone else's is as absent as an unknown id. */
export async function findOwnNotification(db: Db, userId: string, id: string) {
  const [row] = await db
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  return row;
}

/** Marks it read once: reading it again keeps the first moment. */
export async function markNotificationRead(db: Db, userId: string, id: string, now: Date) {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)),
    );
}

export async function markAllNotificationsRead(db: Db, userId: string, now: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function findOutboxMails(
  db: Db,
  userId: string,
  options: { cursor: PageCursor | null; limit: number },
) {
  return db
    .select({
      id: outboxMails.id,
      type: outboxMails.type,
      status: outboxMails.status,
      subject: outboxMails.subject,
      text: outboxMails.text,
      createdAt: outboxMails.createdAt,
      sentAt: outboxMails.sentAt,
      lastError: outboxMails.lastError,
    })
    .from(outboxMails)
    .where(
      and(
        eq(outboxMails.userId, userId),
        olderThan(outboxMails.createdAt, outboxMails.id, options.cursor),
      ),
    )
    .orderBy(desc(ms(outboxMails.createdAt)), desc(outboxMails.id))
    .limit(options.limit);
}
