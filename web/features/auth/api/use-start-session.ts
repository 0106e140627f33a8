import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SignedIn, SignInInput, SignUpInput } from '../../../../common/schemas/account.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { meQueryKey } from '../../../lib/session.ts';

/**
 * Both sign-in and sign-up end with a user in the `['me']` cache. The pages do not navigate
 * themselves: the sign-in/sign-up route guard sees the user and takes them where they were going.
 */
function useStartSession<Input>(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => apiRequest<SignedIn>('POST', path, { body: input }),
    onSuccess: ({ user }) => {
      // Nothing cached for a previous user may leak into this session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}

export const useSignIn = () => useStartSession<SignInInput>('/api/auth/sign-in/email');
export const useSignUp = () => useStartSession<SignUpInput>('/api/auth/sign-up/email');
