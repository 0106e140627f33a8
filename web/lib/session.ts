import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me, Session } from '../../common/schemas/account.ts';
import { apiRequest } from './api-client.ts';

/** The one query that says who is signed in: `Me`, or `null` for a visitor. */
export const meQueryKey = ['me'] as const;

// Being signed out is a normal state of the app, not a failure: /api/session answers 200 with
// `{ user: null }` for a visitor, where /api/me would answer 401.
export async function fetchMe({ signal }: { signal?: AbortSignal } = {}): Promise<Me | null> {
  const { user } = await apiRequest<Session>('GET', '/api/session', signal ? { signal } : {});
  return user;
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
