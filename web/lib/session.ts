import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../common/schemas/account.ts';
import { ApiError, apiRequest } from './api-client.ts';

/** The one query that says who is signed in: `Me`, or `null` for a visitor. */
export const meQueryKey = ['me'] as const;

export async function fetchMe({ signal }: { signal?: AbortSignal } = {}): Promise<Me | null> {
  try {
    return await apiRequest<Me>('GET', '/api/me', signal ? { signal } : {});
  } catch (error) {
    // Being signed out is a normal state of the app, not a failure.
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

/**
 * The signed-in user, for pages inside the signed-in shell: its guard renders them only once
 * the user is known, so a missing user here is a bug, not a state to design for.
 */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser() used outside the signed-in area.');
  return data;
}

/** Replaces the cached user, e.g. with the one a sign-in or a profile update returned. */
export function useSetMe() {
  const queryClient = useQueryClient();
  return (me: Me | null) => queryClient.setQueryData(meQueryKey, me);
}

/**
 * Signing out navigates away before it forgets the user; while this mutation runs, the
 * sign-in page must not bounce the still-cached user back into the app.
 */
export const signOutMutationKey = ['sign-out'] as const;
