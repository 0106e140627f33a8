import { useQuery } from '@tanstack/react-query';
import type { GoalList } from '../../../../common/schemas/goals.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * The member's goals that are still in progress: the only ones worth ranking mentors for.
 * The key is the goals feature's own key for this list (`['goals', 'list', status]`), so
 * writing or finishing a goal refreshes the picker too.
 */
export function useActiveGoals() {
  return useQuery({
    queryKey: ['goals', 'list', 'active'],
    queryFn: ({ signal }) => apiRequest<GoalList>('GET', '/api/goals?status=active', { signal }),
    select: (data) => data.goals,
  });
}
