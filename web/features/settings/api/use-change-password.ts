import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ChangePasswordInput, okOutput } from '../../../../common/schemas/account.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: ChangePasswordInput) =>
      apiRequest<z.infer<typeof okOutput>>('POST', '/api/auth/change-password', { body: input }),
  });
}
