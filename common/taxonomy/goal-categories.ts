/** What a goal is about. The ids are stored and sent on the wire: add, never rename. */
export const GOAL_CATEGORIES = [
  { id: 'role-fit', label: 'Which roles fit me' },
  { id: 'skills-for-role', label: 'What to study for a role' },
  { id: 'interviews', label: 'Interviews' },
  { id: 'new-job', label: 'Starting a new job' },
  { id: 'asking-for-help', label: 'Asking for help at work' },
  { id: 'networking', label: 'Networking' },
  { id: 'portfolio', label: 'Portfolio, resume and public profiles' },
  { id: 'other', label: 'Something else' },
] as const;

export type GoalCategory = (typeof GOAL_CATEGORIES)[number]['id'];
export const GOAL_CATEGORY_IDS = GOAL_CATEGORIES.map((c) => c.id) as [
  GoalCategory,
  ...GoalCategory[],
];
