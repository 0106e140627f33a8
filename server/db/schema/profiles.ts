import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const emptyTextArray = sql`'{}'::text[]`;
const textArray = (name: string) => text(name).array().notNull().default(emptyTextArray);

/**
 * One profile per user, with a mentor side and a mentee side (either or both in use). The
 * mentor's time zone is the account's (users.time_zone).
 */
export const profiles = pgTable(
  'profiles',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    isMentor: boolean('is_mentor').notNull().default(false),
    isMentee: boolean('is_mentee').notNull().default(false),
    careerStage: text('career_stage'),
    // Mentor side
    headline: text('headline').notNull().default(''),
    bio: text('bio').notNull().default(''),
    yearsExperience: integer('years_experience'),
    currentRole: text('current_role'),
    /** Taxonomy ids, or `free:<key>` for free tags (common/taxonomy/stack.ts). */
    stack: textArray('stack'),
    areas: textArray('areas'),
    /** Goal categories the mentor helps with. */
    topics: textArray('topics'),
    education: textArray('education'),
    languages: textArray('languages'),
    capacity: integer('capacity').notNull().default(2),
    acceptingRequests: boolean('accepting_requests').notNull().default(false),
    /** [{ label, url }] with http(s) URLs. */
    links: jsonb('links').$type<{ label: string; url: string }[]>().notNull().default([]),
    // Mentee side
    lookingFor: text('looking_for').notNull().default(''),
    targetRole: text('target_role').notNull().default(''),
    wantStack: textArray('want_stack'),
    wantAreas: textArray('want_areas'),
    preferredLanguages: textArray('preferred_languages'),
    /** Largest time-zone difference (hours) the mentee accepts; null for any. */
    timeZoneWindowHours: integer('time_zone_window_hours'),
    /** Lived experiences the mentee would value in a mentor. Private to the mentee. */
    wantedExperiences: textArray('wanted_experiences'),
    /** Public text of the mentor side, maintained by the service, for full-text search. */
    searchText: text('search_text').notNull().default(''),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('english', search_text)`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index('profiles_search_idx').using('gin', t.search),
    index('profiles_stack_idx').using('gin', t.stack),
    index('profiles_areas_idx').using('gin', t.areas),
    index('profiles_topics_idx').using('gin', t.topics),
    index('profiles_languages_idx').using('gin', t.languages),
    index('profiles_mentor_updated_idx').on(t.isMentor, t.updatedAt),
  ],
);

/**
 * Lived experiences a user chose to share, each with its scope: public (shown), matching (used
 * for ranking only, never returned to anyone else), private (owner only).
 */
export const profileExperiences = pgTable(
  'profile_experiences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** An id from LIVED_EXPERIENCES, or `free:<key>` for the owner's own words. */
    experience: text('experience').notNull(),
    /** The owner's own words for a free-text experience; empty for listed ones. */
    label: text('label').notNull().default(''),
    scope: text('scope').notNull(),
    /**
     * The owner lets programs they belong to count this experience in their statistics (only in
     * groups of 5 or more). Separate from `scope`: being counted is not being shown.
     */
    programUse: boolean('program_use').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('profile_experiences_user_experience_idx').on(t.userId, t.experience)],
);
