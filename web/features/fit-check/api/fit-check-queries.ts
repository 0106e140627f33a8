import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FitCheck, FitCheckInput } from '../../../../common/schemas/fit-check.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * Under the mentorship it belongs to. The period is part of the key: changing it in the
 * settings changes which round is open, so the card asks again.
 */
export const fitCheckKeys = {
  fitCheck: (mentorshipId: string, every: number) =>
    ['mentorships', 'fit-check', mentorshipId, every] as const,
};

export function useFitCheck(mentorshipId: string, every: number) {
  return useQuery({
    queryKey: fitCheckKeys.fitCheck(mentorshipId, every),
    queryFn: ({ signal }) =>
      apiRequest<FitCheck>('GET', `/api/mentorships/${mentorshipId}/fit-check`, { signal }),
    retry: false,
  });
}

export function useAnswerFitCheck(mentorshipId: string, every: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FitCheckInput) =>
      apiRequest<FitCheck>('PUT', `/api/mentorships/${mentorshipId}/fit-check`, { body: input }),
    onSuccess: (fit) => queryClient.setQueryData(fitCheckKeys.fitCheck(mentorshipId, every), fit),
  });
}
