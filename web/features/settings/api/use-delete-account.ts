import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import type { DeleteAccountInput, okOutput } from '../../../../common/schemas/account.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { meQueryKey, signOutMutationKey } from '../../../lib/session.ts';

/** What the landing page is told after a deletion, so it can say so. */
export interface AccountDeletedState {
  accountDeleted: true;
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    // Counted as a sign-out, so the signed-out pages do not bounce back while it settles.
    mutationKey: signOutMutationKey,
    mutationFn: (input: DeleteAccountInput) =>
      apiRequest<z.infer<typeof okOutput>>('DELETE', '/api/me', { body: input }),
    onSuccess: async () => {
      const state: AccountDeletedState = { accountDeleted: true };
      await navigate('/', { replace: true, flushSync: true, state });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
