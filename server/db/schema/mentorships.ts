import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { goals } from './goals.ts';
import { cohorts } from './programs.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A mentoring relationship between a mentee and a mentor, from the first request (or informal
 * invitation) to its end. One row carries the whole life: `pending` while a request or
 * invitation waits; then `active` ↔ `paused` → `closed`; or a request's own end (`declined`,
 * `withdrawn`, `expired`). States and transitions: common/schemas/mentorships.ts.
 */
export const mentorships = pgTable(
  'mentorships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null only while an informal invitation waits for a mentee who has not joined yet. */
    menteeId: text('mentee_id').references(() => users.id, { onDelete: 'cascade' }),
    /** Null only while an informal invitation waits for a mentor who has not joined yet. */
    mentorId: text('mentor_id').references(() => users.id, { onDelete: 'cascade' }),
    /** `request` (from the directory), `invitation` (informal, by email or link) or `program`. */
    origin: text('origin').notNull(),
    /** The program cohort whose matching created it, if any. */
    cohortId: uuid('cohort_id').references(() => cohorts.id, { onDelete: 'set null' }),
    /** Who asked: the mentee for a request; either side for an invitation. */
    requestedById: text('requested_by_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('pending'),
    /** The requester's message (why this mentor, what they hope for). */
    message: text('message').notNull().default(''),
    /** weekly | every-two-weeks | monthly | one-off, or null when not proposed. */
    cadence: text('cadence'),
    /** Hours before a session by which the mentee's prep should be shared. */
    prepDeadlineHours: integer('prep_deadline_hours').notNull().default(24),
    /** A decline's reason (DECLINE_REASONS) and the mentor's optional words. */
    declineReason: text('decline_reason'),
    declineNote: text('decline_note'),
    /** Informal invitations: the address it was sent to (lower case), if any. */
    inviteEmail: text('invite_email'),
    /** Informal invitations: SHA-256 of the secret in the invitation link. */
    inviteTokenHash: text('invite_token_hash'),
    requestedAt: timestamptz('requested_at').notNull().defaultNow(),
    /** A pending request or invitation stops being answerable at this moment. */
    expiresAt: timestamptz('expires_at'),
    respondedAt: timestamptz('responded_at'),
    startedAt: timestamptz('started_at'),
    pausedAt: timestamptz('paused_at'),
    closedAt: timestamptz('closed_at'),
    /** Who closed it, why (CLOSE_REASONS) and their words to the other person. */
    closedById: text('closed_by_id').references(() => users.id, { onDelete: 'set null' }),
    closeReason: text('close_reason'),
    closeNote: text('close_note').notNull().default(''),
    /** After the 1st and 3rd sessions, the fit check comes back every this many sessions. */
    fitCheckEvery: integer('fit_check_every').notNull().default(3),
    updatedAt: timestamptz('updated_at')
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index('mentorships_mentee_idx').on(t.menteeId, t.status),
    index('mentorships_mentor_idx').on(t.mentorId, t.status),
    index('mentorships_invite_email_idx').on(t.inviteEmail),
    index('mentorships_cohort_idx').on(t.cohortId),
    uniqueIndex('mentorships_invite_token_idx').on(t.inviteTokenHash),
    // One open relationship per pair: a second request while one waits (or while the pair is
    // already together) is refused by the database itself, whatever races above it.
    uniqueIndex('mentorships_open_pair_idx')
      .on(t.menteeId, t.mentorId)
      .where(sql`status in ('pending', 'active', 'paused')`),
  ],
);

/** The mentee's goals shared with the mentor of this mentorship (visible to both from then on). */
export const mentorshipGoals = pgTable(
  'mentorship_goals',
  {
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    sharedAt: timestamptz('shared_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.mentorshipId, t.goalId] })],
);

/** Each change of a mentorship's state, for its timeline (who did what, when, and why). */
export const mentorshipEvents = pgTable(
  'mentorship_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mentorshipId: uuid('mentorship_id')
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    /** requested | invited | accepted | declined | withdrawn | expired | paused | resumed | closed */
    kind: text('kind').notNull(),
    /** Null when Tandem itself acted (an expiry). */
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('mentorship_events_mentorship_idx').on(t.mentorshipId, t.createdAt)],
);
