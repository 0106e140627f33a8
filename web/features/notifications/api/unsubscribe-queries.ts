import { useMutation, useQuery } from '@tanstack/react-query';
import type { NotificationChannel } from '../../../../common/notifications/notification-types.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** What a one-click unsubscribe link turns off. */
export interface UnsubscribeTarget {
  type: string;
  label: string;
  channel: NotificationChannel;
}

const path = (token: string) => `/api/unsubscribe/${encodeURIComponent(token)}`;

export function useUnsubscribeTarget(token: string) {
  return useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: ({ signal }) => apiRequest<UnsubscribeTarget>('GET', path(token), { signal }),
    retry: false,
  });
}

export function useUnsubscribe(token: string) {
  return useMutation({ mutationFn: () => apiRequest<unknown>('POST', path(token)) });
}
