import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarFeed } from '../../../../common/schemas/calendar.ts';
import { apiRequest } from '../../../lib/api-client.ts';

const calendarFeedKey = ['calendar-feed'] as const;

export function useCalendarFeed() {
  return useQuery({
    queryKey: calendarFeedKey,
    queryFn: ({ signal }) => apiRequest<CalendarFeed>('GET', '/api/me/calendar-feed', { signal }),
  });
}

/** Creates the link, or replaces it: the answer is the new one. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<CalendarFeed>('POST', '/api/me/calendar-feed'),
    onSuccess: (feed) => queryClient.setQueryData(calendarFeedKey, feed),
  });
}

export function useTurnOffCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<null>('DELETE', '/api/me/calendar-feed'),
    onSuccess: () =>
      queryClient.setQueryData<CalendarFeed>(calendarFeedKey, { url: null, createdAt: null }),
  });
}
