import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Mentorship programs run by an organisation: staff, cohorts, who joined them, applications on
 * a form the admins design, interviews scored blind on a rubric, and cohort matching runs whose
 * published pairs become ordinary mentorships (`mentorships.cohort_id`).
 */
export const programs = pgTable('programs', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  archivedAt: timestamptz('archived_at'),
});

/**
 * The people who run a program. `admin`: everything. `reviewer`: interviews they are on, and
 * the applications behind them. Neither ever reads private notes, private reflections, one
 * person's fit-check answers, or experiences not shared for program use.
 */
export const programStaff = pgTable(
  'program_staff',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** admin | reviewer */
    role: text('role').notNull(),
    addedById: text('added_by_id').references(() => users.id, { onDelete: 'set null' }),
    addedAt: timestamptz('added_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programId, t.userId] }),
    index('program_staff_user_idx').on(t.userId),
  ],
);

/** An intake of a program, with its dates. Applications, the rubric and matching are per cohort. */
export const cohorts = pgTable(
  'cohorts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** Candidates may apply while this is on. */
    applicationsOpen: boolean('applications_open').notNull().default(false),
    /** The largest clock difference (hours) matching accepts between a mentee and a mentor. */
    maxTimeZoneGapHours: integer('max_time_zone_gap_hours'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('cohorts_program_idx').on(t.programId, t.startsOn)],
);

/**
 * A link (or a link sent to one address) that lets someone join: as staff of the program, or as
 * a mentor or mentee of a cohort. Only a SHA-256 of the secret is stored.
 */
export const programInvites = pgTable(
  'program_invites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** Null for staff invites. */
    cohortId: uuid('cohort_id').references(() => cohorts.id, { onDelete: 'cascade' }),
    /** admin | reviewer | mentor | mentee */
    role: text('role').notNull(),
    /** Lower case; null for an open link anyone holding it may use. */
    email: text('email'),
    tokenHash: text('token_hash').notNull(),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at'),
    revokedAt: timestamptz('revoked_at'),
    /** An invite to one address is used once; an open link counts its uses. */
    usedCount: integer('used_count').notNull().default(0),
    /** Mentor invites: how many mentees the mentor takes in the cohort (1–3) once they join. */
    capacity: integer('capacity'),
  },
  (t) => [
    uniqueIndex('program_invites_token_idx').on(t.tokenHash),
    index('program_invites_program_idx').on(t.programId, t.createdAt),
  ],
);

/** Mentors and mentees of a cohort: by invite, or a mentee whose application was accepted. */
export const cohortMembers = pgTable(
  'cohort_members',
  {
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** mentor | mentee */
    role: text('role').notNull(),
    /** Mentors: how many mentees they take in this cohort (1–3). */
    capacity: integer('capacity').notNull().default(1),
    /** The member's team or department, when the admin records it (for "not the same team"). */
    team: text('team'),
    /** invite | application */
    joinedVia: text('joined_via').notNull(),
    joinedAt: timestamptz('joined_at').notNull().defaultNow(),
    leftAt: timestamptz('left_at'),
  },
  (t) => [
    primaryKey({ columns: [t.cohortId, t.userId] }),
    index('cohort_members_user_idx').on(t.userId),
  ],
);

/**
 * The cohort's application form: ordered questions. A question that already has answers is
 * archived rather than deleted, so submitted applications keep what they answered.
 */
export const applicationQuestions = pgTable(
  'application_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** short-text | long-text | single-choice | multiple-choice | scale */
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    help: text('help').notNull().default(''),
    required: boolean('required').notNull().default(false),
    /** Choices for single- and multiple-choice questions; empty otherwise. */
    options: jsonb('options').$type<string[]>().notNull().default([]),
    archivedAt: timestamptz('archived_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('application_questions_cohort_idx').on(t.cohortId, t.position)],
);

/**
 * A mentee candidate's application to a cohort: submitted → interviewing → accepted /
 * waitlisted / declined, or withdrawn by the candidate. The decision keeps its reason.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    applicantId: text('applicant_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('submitted'),
    submittedAt: timestamptz('submitted_at').notNull().defaultNow(),
    decidedAt: timestamptz('decided_at'),
    decidedById: text('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** The reason recorded with accepted / waitlisted / declined (the candidate is told). */
    decisionReason: text('decision_reason').notNull().default(''),
    withdrawnAt: timestamptz('withdrawn_at'),
    updatedAt: timestamptz('updated_at')
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex('applications_cohort_applicant_idx').on(t.cohortId, t.applicantId),
    index('applications_applicant_idx').on(t.applicantId),
  ],
);

/** One answer: a string (text, single choice), strings (multiple choice) or 1–5 (scale). */
export const applicationAnswers = pgTable(
  'application_answers',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => applicationQuestions.id, { onDelete: 'cascade' }),
    value: jsonb('value').$type<string | string[] | number>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.questionId] })],
);

/** The cohort's interview rubric: criteria scored 1–5, with words for each level. */
export const rubricCriteria = pgTable(
  'rubric_criteria',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    /** Exactly five: what a 1, 2, 3, 4 and 5 look like. */
    descriptors: jsonb('descriptors').$type<string[]>().notNull(),
    archivedAt: timestamptz('archived_at'),
  },
  (t) => [index('rubric_criteria_cohort_idx').on(t.cohortId, t.position)],
);

/** An interview of a candidate, with a calendar invite to the candidate and its reviewers. */
export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    startsAt: timestamptz('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    /** Where: a video link or a room. */
    location: text('location').notNull().default(''),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    /** iCalendar SEQUENCE: raised on every move or cancellation so calendars update. */
    icalSequence: integer('ical_sequence').notNull().default(0),
    cancelledAt: timestamptz('cancelled_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('interviews_application_idx').on(t.applicationId)],
);

/**
 * A reviewer on an interview, and their scorecard. Scoring is blind: until `submitted_at` is set,
 * the reviewer sees no one else's scores.
 */
export const interviewReviewers = pgTable(
  'interview_reviewers',
  {
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    reviewerId: text('reviewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The reviewer's overall notes on the candidate. */
    notes: text('notes').notNull().default(''),
    submittedAt: timestamptz('submitted_at'),
  },
  (t) => [
    primaryKey({ columns: [t.interviewId, t.reviewerId] }),
    index('interview_reviewers_reviewer_idx').on(t.reviewerId),
  ],
);

/** One reviewer's score for one criterion, with an optional note. */
export const interviewScores = pgTable(
  'interview_scores',
  {
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    reviewerId: text('reviewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => rubricCriteria.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.reviewerId, t.criterionId] })],
);

/** An admin's standing rule for a pair in a cohort: always match them, or never. */
export const cohortPairRules = pgTable(
  'cohort_pair_rules',
  {
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    menteeId: text('mentee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mentorId: text('mentor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** lock | exclude */
    rule: text('rule').notNull(),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.menteeId, t.mentorId] })],
);

/**
 * One run of cohort matching: its mode and constraints, its progress while it runs, the result's
 * figures, and when it was published (its pairs became mentorships).
 */
export const matchingRuns = pgTable(
  'matching_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cohortId: uuid('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'cascade' }),
    /** best-total-fit | most-matched | stable */
    mode: text('mode').notNull(),
    /** The constraints it ran with (max time-zone gap, same-team exclusion, must-haves…). */
    constraints: jsonb('constraints').$type<Record<string, unknown>>().notNull().default({}),
    /** running | done | failed | published */
    status: text('status').notNull().default('running'),
    /** 0–1 while running. */
    progress: real('progress').notNull().default(0),
    /** What it found: totals, score distribution, unmatched people and why. */
    summary: jsonb('summary').$type<Record<string, unknown>>(),
    error: text('error'),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    finishedAt: timestamptz('finished_at'),
    publishedAt: timestamptz('published_at'),
  },
  (t) => [
    index('matching_runs_cohort_idx').on(t.cohortId, t.createdAt),
    // A cohort is published once: a second publish (a retry, a race) is refused here.
    uniqueIndex('matching_runs_published_idx').on(t.cohortId).where(sql`status = 'published'`),
  ],
);

/** A proposed pair of a run, with its fit score and the reasons shown to the admin. */
export const matchingPairs = pgTable(
  'matching_pairs',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => matchingRuns.id, { onDelete: 'cascade' }),
    menteeId: text('mentee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mentorId: text('mentor_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    reasons: jsonb('reasons').$type<unknown[]>().notNull().default([]),
    /** The admin changed it by hand (a swap) after the run. */
    edited: boolean('edited').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.menteeId] }),
    index('matching_pairs_mentor_idx').on(t.runId, t.mentorId),
  ],
);
