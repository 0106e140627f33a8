import { useQuery } from '@tanstack/react-query';
import type { Progress } from '../../../../common/schemas/progress.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Under the mentorship's key, so anything that refreshes the mentorship refreshes its charts. */
export function useProgress(mentorshipId: string) {
  return useQuery({
    queryKey: ['mentorships', mentorshipId, 'progress'],
    queryFn: ({ signal }) =>
      apiRequest<Progress>('GET', `/api/mentorships/${mentorshipId}/progress`, { signal }),
  });
}
