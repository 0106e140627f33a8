import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CohortHealth, NudgeOutput } from '../../../../common/schemas/program-health.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function useCohortHealth(cohortId: string) {
  return useQuery({
    queryKey: ['cohorts', cohortId, 'health'],
    queryFn: ({ signal }) =>
      apiRequest<CohortHealth>('GET', `/api/cohorts/${cohortId}/health?breakdown=experience`, {
        signal,
      }),
  });
}

export function useNudgePairs(cohortId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (mentorshipIds: string[]) =>
      apiRequest<NudgeOutput>('POST', `/api/cohorts/${cohortId}/nudges`, {
        body: { mentorshipIds },
      }),
    onSettled: () => client.invalidateQueries({ queryKey: ['cohorts', cohortId, 'health'] }),
  });
}
