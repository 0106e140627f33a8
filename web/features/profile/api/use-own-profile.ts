import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OwnProfile, ProfileInput } from '../../../../common/schemas/profile.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const ownProfileQueryKey = ['me', 'profile'] as const;

export function useOwnProfile() {
  return useQuery({
    queryKey: ownProfileQueryKey,
    queryFn: ({ signal }) => apiRequest<OwnProfile>('GET', '/api/me/profile', { signal }),
    // The form is the source of truth while it is open: a refetch on focus would not reach it.
    refetchOnWindowFocus: false,
  });
}

export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProfileInput) =>
      apiRequest<OwnProfile>('PUT', '/api/me/profile', { body: input }),
    onSuccess: (profile) => {
      queryClient.setQueryData(ownProfileQueryKey, profile);
      // A public mentor page of ours may be cached with what was there before.
      void queryClient.invalidateQueries({ queryKey: ['mentors'] });
    },
  });
}
