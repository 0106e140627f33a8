import { GOAL_CATEGORIES, type GoalCategory } from '../../../../common/taxonomy/goal-categories.ts';
import { labelLookup } from '../../../../common/taxonomy/lookup.ts';

export const categoryLabel: (id: GoalCategory) => string = labelLookup(GOAL_CATEGORIES);
