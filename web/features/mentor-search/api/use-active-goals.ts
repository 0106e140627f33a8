import { useQuery } from '@tanstack/react-query';
import type { GoalCategory } from '../../../../common/taxonomy/goal-categories.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** The few goal fields the picker needs from `GET /api/goals`. */
export interface GoalChoice {
  id: string;
  title: string;
  category: GoalCategory;
  status: string;
}

/** The member's goals that are still in progress: the only ones worth ranking mentors for. */
export function useActiveGoals() {
  return useQuery({
    queryKey: ['goals', 'for-mentor-search'],
    queryFn: ({ signal }) => apiRequest<{ goals: GoalChoice[] }>('GET', '/api/goals', { signal }),
    select: (data) => data.goals.filter((goal) => goal.status === 'active'),
  });
}
