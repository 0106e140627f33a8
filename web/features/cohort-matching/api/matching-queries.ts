import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EditPairsInput,
  PairRulesInput,
  PairRulesOutput,
  RunListItem,
  RunOutput,
  StartRunInput,
} from '../../../../common/schemas/cohort-matching.ts';
import { apiRequest } from '../../../lib/api-client.ts';

const runsKey = (cohortId: string) => ['cohorts', cohortId, 'matching-runs'];
const rulesKey = (cohortId: string) => ['cohorts', cohortId, 'pair-rules'];
const runKey = (runId: string) => ['matching-runs', runId];

export function useRuns(cohortId: string) {
  return useQuery({
    queryKey: runsKey(cohortId),
    queryFn: ({ signal }) =>
      apiRequest<{ runs: RunListItem[] }>('GET', `/api/cohorts/${cohortId}/matching-runs`, {
        signal,
      }),
  });
}

/** The run, polled every second while it is being proposed. */
export function useRun(runId: string | null, cohortId: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: runKey(runId ?? ''),
    enabled: runId !== null,
    queryFn: async ({ signal }) => {
      const run = await apiRequest<RunOutput>('GET', `/api/matching-runs/${runId}`, { signal });
      if (run.status !== 'running') client.invalidateQueries({ queryKey: runsKey(cohortId) });
      return run;
    },
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
}

export function useStartRun(cohortId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StartRunInput) =>
      apiRequest<{ id: string }>('POST', `/api/cohorts/${cohortId}/matching-runs`, { body }),
    onSettled: () => client.invalidateQueries({ queryKey: runsKey(cohortId) }),
  });
}

export function useEditPairs(runId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EditPairsInput) =>
      apiRequest<RunOutput>('PATCH', `/api/matching-runs/${runId}/pairs`, { body }),
    onSuccess: (run) => client.setQueryData(runKey(runId), run),
  });
}

export function usePublishRun(runId: string, cohortId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<RunOutput>('POST', `/api/matching-runs/${runId}/publish`),
    onSuccess: (run) => client.setQueryData(runKey(runId), run),
    onSettled: () => client.invalidateQueries({ queryKey: runsKey(cohortId) }),
  });
}

export function usePairRules(cohortId: string) {
  return useQuery({
    queryKey: rulesKey(cohortId),
    queryFn: ({ signal }) =>
      apiRequest<PairRulesOutput>('GET', `/api/cohorts/${cohortId}/pair-rules`, { signal }),
  });
}

export function useSavePairRules(cohortId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PairRulesInput) =>
      apiRequest<PairRulesOutput>('PUT', `/api/cohorts/${cohortId}/pair-rules`, { body }),
    onSuccess: (rules) => client.setQueryData(rulesKey(cohortId), rules),
  });
}
