import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';
import { meQueryKey } from './session.ts';

/** Client errors (4xx) will not change on a retry; network blips and 5xx might. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // A session that ended elsewhere (expired, signed out in another tab) shows up as a 401 on
    // any call: forget the user so the guards send them to sign in.
    queryCache: new QueryCache({ onError: (error) => forgetUserOn401(queryClient, error) }),
    mutationCache: new MutationCache({ onError: (error) => forgetUserOn401(queryClient, error) }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  return queryClient;
}

function forgetUserOn401(queryClient: QueryClient, error: unknown) {
  if (error instanceof ApiError && error.code === 'unauthenticated') {
    queryClient.setQueryData(meQueryKey, null);
  }
}
