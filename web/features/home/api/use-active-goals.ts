import { useQuery } from '@tanstack/react-query';
import type { GoalList } from '../../../../common/schemas/goals.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * The member's active goals. The key follows the goals feature's convention
 * (`['goals', 'list', status]`), so any goal change made there refreshes Home too.
 */
export function useActiveGoals() {
  return useQuery({
    queryKey: ['goals', 'list', 'active'],
    queryFn: ({ signal }) => apiRequest<GoalList>('GET', '/api/goals?status=active', { signal }),
  });
}
