import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { mentoringSessions, prepQuestions } from './mentoring-sessions.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * What happens during and right after a session: the notes both people write, what became of
 * each question, and each person's review.
 */

/**
 * The pair's shared notes for one session (Markdown). `version` grows by one on every save; a
 * save names the version it started from, so two people editing at once are merged or shown the
 * conflict, never overwritten (server/features/notes).
 */
export const sessionNotes = pgTable('session_notes', {
  sessionId: uuid('session_id')
    .primaryKey()
    .references(() => mentoringSessions.id, { onDelete: 'cascade' }),
  body: text('body').notNull().default(''),
  version: integer('version').notNull().default(0),
  updatedById: text('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

/** Every saved version of the shared notes: the base a later save is merged against. */
export const sessionNoteRevisions = pgTable(
  'session_note_revisions',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => mentoringSessions.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** `saved` (straight on top), `merged` (with someone else's edits) or `resolved` (a conflict the author settled). */
    kind: text('kind').notNull().default('saved'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.version] })],
);

/** One person's own notes on a session: read and written by their author alone. */
export const privateNotes = pgTable(
  'private_notes',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => mentoringSessions.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull().default(''),
    /** Guards the author's own two tabs against each other, like the shared notes' version. */
    version: integer('version').notNull().default(0),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.authorId] })],
);

/**
 * Every saved version of one person's private notes: the base a save from a stale tab is merged
 * against. Read by the author alone, like the notes themselves.
 */
export const privateNoteRevisions = pgTable(
  'private_note_revisions',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => mentoringSessions.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.authorId, t.version] })],
);

/**
 * What became of a prep question: covered (with a short answer), dropped, or still open. A
 * question not covered is carried into the next sessions' agendas until it is covered or
 * dropped; `resolvedInSessionId` says in which session that happened.
 */
export const questionOutcomes = pgTable(
  'question_outcomes',
  {
    questionId: uuid('question_id')
      .primaryKey()
      .references(() => prepQuestions.id, { onDelete: 'cascade' }),
    /** open | covered | dropped */
    state: text('state').notNull().default('open'),
    /** A short note of the answer, written by either person. */
    answer: text('answer').notNull().default(''),
    resolvedInSessionId: uuid('resolved_in_session_id').references(() => mentoringSessions.id, {
      onDelete: 'set null',
    }),
    updatedById: text('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [index('question_outcomes_session_idx').on(t.resolvedInSessionId)],
);

/**
 * Each participant's review of a session. Shared with the other participant: whether the
 * session goal was met, why not, what was most useful, the next steps. The private reflection
 * is for its author alone.
 */
export const sessionReviews = pgTable(
  'session_reviews',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => mentoringSessions.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** yes | partly | no */
    goalMet: text('goal_met').notNull(),
    /** Required unless the goal was met. */
    whyNot: text('why_not').notNull().default(''),
    mostUseful: text('most_useful').notNull().default(''),
    nextSteps: text('next_steps').notNull().default(''),
    privateReflection: text('private_reflection').notNull().default(''),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.authorId] })],
);
