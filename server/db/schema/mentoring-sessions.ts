import {
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { goals } from './goals.ts';
import { mentorships } from './mentorships.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A mentoring session of a mentorship. (better-auth owns the table called `sessions`; these are
 * the meetings.) Times are instants; each person sees them in their own time zone.
 */
export const mentoringSessions = pgTable(
  'mentoring_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    startsAt: timestamptz('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    /** A place, or a video link. */
    location: text('location').notNull().default(''),
    /** scheduled | cancelled */
    status: text('status').notNull().default('scheduled'),
    /** The iCalendar SEQUENCE: grows on every reschedule and on cancellation. */
    sequence: integer('sequence').notNull().default(0),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    cancelledAt: timestamptz('cancelled_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at')
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index('mentoring_sessions_mentorship_idx').on(t.mentorshipId, t.startsAt),
    index('mentoring_sessions_starts_idx').on(t.startsAt),
  ],
);

/** What happened to a session's time: scheduled, rescheduled (from → to), cancelled; with why. */
export const sessionEvents = pgTable(
  'session_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => mentoringSessions.id, { onDelete: 'cascade' }),
    /** scheduled | rescheduled | cancelled */
    kind: text('kind').notNull(),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason').notNull().default(''),
    previousStartsAt: timestamptz('previous_starts_at'),
    previousDurationMinutes: integer('previous_duration_minutes'),
    startsAt: timestamptz('starts_at'),
    durationMinutes: integer('duration_minutes'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('session_events_session_idx').on(t.sessionId, t.createdAt)],
);

/** What the mentor saw when they last opened the brief; "changed since read" is a diff to it. */
export interface PrepSnapshot {
  goal: string;
  goalId: string | null;
  questions: { id: string; text: string }[];
  resources: { id: string; title: string; url: string; kind: string; note: string }[];
}

/** The mentee's prep for one session: the session goal, and when it was shared and read. */
export const sessionPreps = pgTable('session_preps', {
  sessionId: uuid('session_id')
    .primaryKey()
    .references(() => mentoringSessions.id, { onDelete: 'cascade' }),
  /** One specific sentence; empty until written. */
  goal: text('goal').notNull().default(''),
  /** One of the goals shared in this mentorship, if the session serves it. */
  goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
  sharedAt: timestamptz('shared_at'),
  firstReadAt: timestamptz('first_read_at'),
  lastReadAt: timestamptz('last_read_at'),
  readSnapshot: jsonb('read_snapshot').$type<PrepSnapshot>(),
  /** Last change to the goal, questions or resources. */
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

/** The mentee's questions for a session, in the order they want to ask them. */
export const prepQuestions = pgTable(
  'prep_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => mentoringSessions.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    text: text('text').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at')
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index('prep_questions_session_idx').on(t.sessionId, t.position)],
);

/** Links the mentee attaches to a session's prep: projects, documents, profiles. */
export const prepResources = pgTable(
  'prep_resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => mentoringSessions.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    title: text('title').notNull(),
    url: text('url').notNull(),
    /** project | document | profile | other */
    kind: text('kind').notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at')
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index('prep_resources_session_idx').on(t.sessionId, t.position)],
);
