import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CancelSessionInput,
  RescheduleSessionInput,
  ScheduleSessionInput,
  SessionDetail,
  SessionList,
} from '../../../../common/schemas/sessions.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type SessionWhen = 'upcoming' | 'past' | 'all';

/**
 * Every sessions query starts with `['sessions']`, so one invalidation refreshes the lists, the
 * detail pages and Home's next-session card alike.
 */
export const sessionKeys = {
  all: ['sessions'] as const,
  list: (when: SessionWhen, mentorshipId?: string) =>
    ['sessions', 'list', when, mentorshipId ?? 'all'] as const,
  detail: (id: string) => ['sessions', 'detail', id] as const,
};

export function useSessions(when: SessionWhen, mentorshipId?: string) {
  const params = new URLSearchParams({ when });
  if (mentorshipId) params.set('mentorshipId', mentorshipId);
  return useQuery({
    queryKey: sessionKeys.list(when, mentorshipId),
    queryFn: ({ signal }) =>
      apiRequest<SessionList>('GET', `/api/sessions?${params.toString()}`, { signal }),
  });
}

export function useSession(id: string) {
  return useQuery({
    queryKey: sessionKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<SessionDetail>('GET', `/api/sessions/${id}`, { signal }),
    // A session someone else cannot see stays unseen: asking again repeats the 404.
    retry: false,
  });
}

/** After any change: the fresh detail goes in the cache, and every list refetches. */
function useSessionSaved() {
  const queryClient = useQueryClient();
  return (session: SessionDetail) => {
    queryClient.setQueryData(sessionKeys.detail(session.id), session);
    // A mentorship's summary names its next session: refresh those too, by their key prefix.
    void queryClient.invalidateQueries({ queryKey: ['mentorships'] });
    return queryClient.invalidateQueries({ queryKey: ['sessions', 'list'] });
  };
}

export function useScheduleSession() {
  const saved = useSessionSaved();
  return useMutation({
    mutationFn: (input: ScheduleSessionInput) =>
      apiRequest<SessionDetail>('POST', '/api/sessions', { body: input }),
    onSuccess: saved,
  });
}

export function useRescheduleSession(id: string) {
  const saved = useSessionSaved();
  return useMutation({
    mutationFn: (input: RescheduleSessionInput) =>
      apiRequest<SessionDetail>('POST', `/api/sessions/${id}/reschedule`, { body: input }),
    onSuccess: saved,
  });
}

export function useCancelSession(id: string) {
  const saved = useSessionSaved();
  return useMutation({
    mutationFn: (input: CancelSessionInput) =>
      apiRequest<SessionDetail>('POST', `/api/sessions/${id}/cancel`, { body: input }),
    onSuccess: saved,
  });
}
