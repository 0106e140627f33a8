import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Brief,
  Prep,
  QuestionInput,
  ResourceInput,
  SetPrepGoalInput,
} from '../../../../common/schemas/prep.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Prep queries live under the session they belong to, so a session refresh can include them. */
export const prepKeys = {
  prep: (sessionId: string) => ['sessions', sessionId, 'prep'] as const,
  brief: (sessionId: string) => ['sessions', sessionId, 'brief'] as const,
};

export function usePrep(sessionId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: prepKeys.prep(sessionId),
    queryFn: ({ signal }) => apiRequest<Prep>('GET', `/api/sessions/${sessionId}/prep`, { signal }),
    enabled,
    retry: false,
  });
}

/**
 * Opening the brief as the mentor is the read receipt, so it is fetched when the page opens and
 * never behind their back (no refetch on focus or reconnect). Once read, the session's prep
 * status (read time, changed since read) is out of date: sessions queries refetch.
 */
export function useBrief(sessionId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: prepKeys.brief(sessionId),
    queryFn: async ({ signal }) => {
      const brief = await apiRequest<Brief>('GET', `/api/sessions/${sessionId}/brief`, { signal });
      if (brief.session.myRole === 'mentor') {
        void queryClient.invalidateQueries({
          queryKey: ['sessions'],
          predicate: ({ queryKey }) => !(queryKey[1] === sessionId && queryKey[2] === 'brief'),
        });
      }
      return brief;
    },
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/**
 * Every write answers the whole prep: put it in the cache, and let the session (its readiness
 * checklist and prep status) and any brief preview refetch.
 */
function usePrepWrite<TInput>(sessionId: string, send: (input: TInput) => Promise<Prep>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (prep) => {
      queryClient.setQueryData(prepKeys.prep(sessionId), prep);
      // Every sessions query (whatever key shape the session pages use) but the prep just set.
      // Not awaited: the caller's own onSuccess (clearing a form) must not wait for refetches,
      // or it would clear what the person has typed since.
      void queryClient.invalidateQueries({
        queryKey: ['sessions'],
        predicate: ({ queryKey }) => !(queryKey[1] === sessionId && queryKey[2] === 'prep'),
      });
    },
  });
}

export function useSetPrepGoal(sessionId: string) {
  return usePrepWrite(sessionId, (input: SetPrepGoalInput) =>
    apiRequest<Prep>('PUT', `/api/sessions/${sessionId}/prep/goal`, { body: input }),
  );
}

export function useAddQuestion(sessionId: string) {
  return usePrepWrite(sessionId, (input: QuestionInput) =>
    apiRequest<Prep>('POST', `/api/sessions/${sessionId}/prep/questions`, { body: input }),
  );
}

export function useEditQuestion(sessionId: string) {
  return usePrepWrite(sessionId, ({ id, text }: { id: string; text: string }) =>
    apiRequest<Prep>('PATCH', `/api/sessions/${sessionId}/prep/questions/${id}`, {
      body: { text },
    }),
  );
}

export function useRemoveQuestion(sessionId: string) {
  return usePrepWrite(sessionId, (id: string) =>
    apiRequest<Prep>('DELETE', `/api/sessions/${sessionId}/prep/questions/${id}`),
  );
}

export function useReorderQuestions(sessionId: string) {
  return usePrepWrite(sessionId, (ids: string[]) =>
    apiRequest<Prep>('PUT', `/api/sessions/${sessionId}/prep/questions/order`, { body: { ids } }),
  );
}

export function useAddResource(sessionId: string) {
  return usePrepWrite(sessionId, (input: ResourceInput) =>
    apiRequest<Prep>('POST', `/api/sessions/${sessionId}/prep/resources`, { body: input }),
  );
}

export function useEditResource(sessionId: string) {
  return usePrepWrite(sessionId, ({ id, ...input }: ResourceInput & { id: string }) =>
    apiRequest<Prep>('PATCH', `/api/sessions/${sessionId}/prep/resources/${id}`, { body: input }),
  );
}

export function useRemoveResource(sessionId: string) {
  return usePrepWrite(sessionId, (id: string) =>
    apiRequest<Prep>('DELETE', `/api/sessions/${sessionId}/prep/resources/${id}`),
  );
}

export function useSharePrep(sessionId: string) {
  return usePrepWrite(sessionId, () =>
    apiRequest<Prep>('POST', `/api/sessions/${sessionId}/prep/share`),
  );
}
