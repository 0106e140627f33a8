import { useMutation, useQuery } from '@tanstack/react-query';
import type { UnsubscribeOutput } from '../../../../common/schemas/unsubscribe.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** What a one-click unsubscribe link turns off. */
export type UnsubscribeTarget = UnsubscribeOutput;

const path = (token: string) => `/api/unsubscribe/${encodeURIComponent(token)}`;

export function useUnsubscribeTarget(token: string) {
  return useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: ({ signal }) => apiRequest<UnsubscribeTarget>('GET', path(token), { signal }),
    retry: false,
  });
}

export function useUnsubscribe(token: string) {
  return useMutation({ mutationFn: () => apiRequest<unknown>('POST', path(token)) });
}
