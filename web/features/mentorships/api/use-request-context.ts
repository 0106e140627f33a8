import { useQuery } from '@tanstack/react-query';
import type { GoalList } from '../../../../common/schemas/goals.ts';
import type { PublicMentor } from '../../../../common/schemas/profile.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * The mentor being asked. Same key as the mentor page's own query (`['mentors', id]`), so
 * coming from their profile shows the form at once.
 */
export function useMentorToAsk(id: string) {
  return useQuery({
    queryKey: ['mentors', id],
    queryFn: ({ signal }) =>
      apiRequest<PublicMentor>('GET', `/api/mentors/${encodeURIComponent(id)}`, { signal }),
    retry: false,
  });
}

/** The member's goals in progress: the ones worth sharing. The goals feature's own key. */
export function useActiveGoalsToShare() {
  return useQuery({
    queryKey: ['goals', 'list', 'active'],
    queryFn: ({ signal }) => apiRequest<GoalList>('GET', '/api/goals?status=active', { signal }),
    select: (data) => data.goals,
  });
}
