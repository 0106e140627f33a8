import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import type { okOutput } from '../../../../common/schemas/account.ts';
import { apiRequest, errorMessage } from '../../../lib/api-client.ts';
import { meQueryKey, signOutMutationKey } from '../../../lib/session.ts';

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationKey: signOutMutationKey,
    mutationFn: () => apiRequest<z.infer<typeof okOutput>>('POST', '/api/auth/sign-out'),
    onSuccess: async () => {
      // Leave the signed-in pages first (synchronously rendered), then forget the user: the
      // other order would let the protected-route guard bounce to sign-in with a "come back
      // here" note, so signing in again would reopen this page instead of Home.
      await navigate('/sign-in', { replace: true, flushSync: true });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
    },
    onError: (error) => {
      notifications.show({
        color: 'red',
        title: 'You are still signed in',
        message: errorMessage(error),
      });
    },
  });
}
