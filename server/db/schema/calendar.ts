import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A user's personal calendar subscription. The token in the feed URL is the only credential
 * the feed accepts; regenerating replaces it (the old URL stops working at once). It is kept
 * readable because the owner can view and copy their feed URL again in settings.
 */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  token: text('token').notNull().unique(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

/**
 * When a user is usually available, in their own time zone: sessions outside it get a warning
 * (never a refusal). Absent row: 09:00–18:00, Monday to Friday.
 */
export const usualHours = pgTable('usual_hours', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** Minutes after local midnight. */
  startMinute: integer('start_minute').notNull(),
  endMinute: integer('end_minute').notNull(),
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: integer('days').array().notNull(),
  updatedAt: timestamptz('updated_at')
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});
