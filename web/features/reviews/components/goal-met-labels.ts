import type { GoalMet } from '../../../../common/schemas/reviews.ts';

export const GOAL_MET_LABELS: Record<GoalMet, string> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
};
