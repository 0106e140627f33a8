import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  NotificationPreferences,
  Outbox,
  UpdateNotificationPreferencesInput,
} from '../../../../common/schemas/notifications.ts';
import { apiRequest } from '../../../lib/api-client.ts';

const preferencesKey = ['notification-preferences'] as const;

export function useNotificationPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: ({ signal }) =>
      apiRequest<NotificationPreferences>('GET', '/api/me/notification-preferences', { signal }),
  });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateNotificationPreferencesInput) =>
      apiRequest<NotificationPreferences>('PUT', '/api/me/notification-preferences', {
        body: input,
      }),
    onSuccess: (saved) => queryClient.setQueryData(preferencesKey, saved),
  });
}

export function useOutbox() {
  return useInfiniteQuery({
    queryKey: ['outbox'],
    queryFn: ({ signal, pageParam }) =>
      apiRequest<Outbox>(
        'GET',
        `/api/me/outbox?limit=10${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ''}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore,
  });
}
