import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UsualHours, UsualHoursInput } from '../../../../common/schemas/calendar.ts';
import { apiRequest } from '../../../lib/api-client.ts';

const usualHoursKey = ['usual-hours'] as const;

export function useUsualHours() {
  return useQuery({
    queryKey: usualHoursKey,
    queryFn: ({ signal }) => apiRequest<UsualHours>('GET', '/api/me/usual-hours', { signal }),
  });
}

export function useSaveUsualHours() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UsualHoursInput) =>
      apiRequest<UsualHours>('PUT', '/api/me/usual-hours', { body: input }),
    onSuccess: (saved) => queryClient.setQueryData(usualHoursKey, saved),
  });
}
