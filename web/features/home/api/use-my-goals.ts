import { useQuery } from '@tanstack/react-query';
import type { GoalList } from '../../../../common/schemas/goals.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * All of the member's goals (a handful per person), so Home can tell "no goal yet" from "no
 * active goal right now". The key follows the goals feature's convention
 * (`['goals', 'list', 'all']`): any goal change made there refreshes Home too.
 */
export function useMyGoals() {
  return useQuery({
    queryKey: ['goals', 'list', 'all'],
    queryFn: ({ signal }) => apiRequest<GoalList>('GET', '/api/goals', { signal }),
  });
}
