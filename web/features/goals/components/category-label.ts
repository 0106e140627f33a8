import { GOAL_CATEGORIES, type GoalCategory } from '../../../../common/taxonomy/goal-categories.ts';

export function categoryLabel(id: GoalCategory): string {
  return GOAL_CATEGORIES.find((c) => c.id === id)?.label ?? id;
}
