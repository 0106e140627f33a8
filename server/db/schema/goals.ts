import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** A written goal. Only its owner sees it until they share it with a mentor. */
export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** One of GOAL_CATEGORY_IDS (common/taxonomy/goal-categories.ts). */
    category: text('category').notNull(),
    /** "I'll know it's done when…"; empty while the owner has not written it yet. */
    successCriterion: text('success_criterion').notNull().default(''),
    targetDate: date('target_date'),
    /** active | achieved | dropped */
    status: text('status').notNull().default('active'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index('goals_owner_created_idx').on(t.ownerId, t.createdAt)],
);

/** Dated progress notes on a goal, written by its owner. */
export const goalProgressNotes = pgTable(
  'goal_progress_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('goal_progress_notes_goal_idx').on(t.goalId, t.createdAt)],
);
