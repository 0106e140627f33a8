import { useMutation } from '@tanstack/react-query';
import type { Me, UpdateMeInput } from '../../../../common/schemas/account.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useSetMe } from '../../../lib/session.ts';

export function useUpdateMe() {
  const setMe = useSetMe();
  return useMutation({
    mutationFn: (input: UpdateMeInput) => apiRequest<Me>('PATCH', '/api/me', { body: input }),
    // The answer is the fresh user: the header and Home update without a refetch.
    onSuccess: (me) => setMe(me),
  });
}
