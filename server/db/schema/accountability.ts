import {
  date,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { mentoringSessions } from './mentoring-sessions.ts';
import { mentorships } from './mentorships.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Keeping a mentorship honest over time: action items that carry forward, the private
 * two-sided fit check, and what each person appreciated when it closed.
 */

/**
 * Something one of the pair will do, written during or after a session (or between sessions).
 * Open items appear in every following session's agenda and brief until done or dropped.
 */
export const actionItems = pgTable(
  'action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    /** The session it came out of, if any. */
    sessionId: uuid('session_id').references(() => mentoringSessions.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    /** mentee | mentor: whose item it is, by role (the people of a mentorship never change). */
    ownerRole: text('owner_role').notNull(),
    /** A calendar day, judged in the owner's time zone; null when there is no date. */
    dueDate: date('due_date', { mode: 'string' }),
    /** open | done | dropped */
    status: text('status').notNull().default('open'),
    /** When it was marked done or dropped, and during which session (if one was on). */
    resolvedAt: timestamptz('resolved_at'),
    resolvedInSessionId: uuid('resolved_in_session_id').references(() => mentoringSessions.id, {
      onDelete: 'set null',
    }),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at')
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index('action_items_mentorship_idx').on(t.mentorshipId, t.status),
    index('action_items_session_idx').on(t.sessionId),
  ],
);

/**
 * One person's private answer to "does this mentorship still make sense for both of us?" for
 * one round of the fit check. Rounds open after the 1st and 3rd held sessions, then every
 * `mentorships.fit_check_every` sessions; answers stay hidden by the reveal rule in
 * server/features/fit-check.
 */
export const fitCheckAnswers = pgTable(
  'fit_check_answers',
  {
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    round: smallint('round').notNull(),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** continue | adjust | wind-down */
    answer: text('answer').notNull(),
    note: text('note').notNull().default(''),
    answeredAt: timestamptz('answered_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.mentorshipId, t.round, t.authorId] })],
);

/** What one person appreciated about the other, written when the mentorship closes. */
export const closureAppreciations = pgTable(
  'closure_appreciations',
  {
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.mentorshipId, t.authorId] })],
);
