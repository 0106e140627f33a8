import type { Db } from '../../server/db/client.ts';
import { goals } from '../../server/db/schema/goals.ts';

type GoalRow = typeof goals.$inferInsert;

let sequence = 0;

/** Inserts a goal for `ownerId` straight into the database; override any column. */
export async function buildGoal(db: Db, ownerId: string, overrides: Partial<GoalRow> = {}) {
  sequence += 1;
  const [goal] = await db
    .insert(goals)
    .values({
      ownerId,
      title: `Get a first front-end role within six months (${sequence})`,
      category: 'skills-for-role',
      successCriterion: 'I have an offer for a junior front-end role.',
      ...overrides,
    })
    .returning();
  if (!goal) throw new Error('goal insert returned nothing');
  return goal;
}
