import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AppreciationInput,
  CloseMentorshipInput,
  Closure,
} from '../../../../common/schemas/closure.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Closure lives under its mentorship's key, so refreshing a mentorship refreshes it too. */
export const closureKeys = {
  closure: (mentorshipId: string) => ['mentorships', mentorshipId, 'closure'] as const,
};

export function useClosure(mentorshipId: string) {
  return useQuery({
    queryKey: closureKeys.closure(mentorshipId),
    queryFn: ({ signal }) =>
      apiRequest<Closure>('GET', `/api/mentorships/${encodeURIComponent(mentorshipId)}/closure`, {
        signal,
      }),
    retry: false,
  });
}

/**
 * Closing changes the mentorship, its sessions and every list that shows them: all of those
 * refetch. The fresh closure goes straight into the cache.
 */
export function useCloseMentorship(mentorshipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CloseMentorshipInput) =>
      apiRequest<Closure>('POST', `/api/mentorships/${mentorshipId}/close`, { body: input }),
    onSuccess: (closure) => {
      queryClient.setQueryData(closureKeys.closure(mentorshipId), closure);
      void queryClient.invalidateQueries({ queryKey: ['sessions'] });
      return queryClient.invalidateQueries({
        queryKey: ['mentorships'],
        predicate: ({ queryKey }) => queryKey[2] !== 'closure',
      });
    },
  });
}

export function useSaveAppreciation(mentorshipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AppreciationInput) =>
      apiRequest<Closure>('PUT', `/api/mentorships/${mentorshipId}/appreciation`, { body: input }),
    onSuccess: (closure) => {
      queryClient.setQueryData(closureKeys.closure(mentorshipId), closure);
    },
  });
}

/** Where each person's own summary downloads from (the browser sends the sign-in cookie). */
export function summaryUrl(mentorshipId: string, format: 'md' | 'json') {
  return `/api/mentorships/${encodeURIComponent(mentorshipId)}/summary.${format}`;
}
