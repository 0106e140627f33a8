import { useQuery } from '@tanstack/react-query';
import type { SessionList } from '../../../../common/schemas/sessions.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * My upcoming sessions, soonest first. The key follows the sessions feature's convention
 * (`['sessions', 'list', 'upcoming', 'all']`), so scheduling or moving one refreshes Home too.
 */
export function useUpcomingSessions() {
  return useQuery({
    queryKey: ['sessions', 'list', 'upcoming', 'all'],
    queryFn: ({ signal }) =>
      apiRequest<SessionList>('GET', '/api/sessions?when=upcoming', { signal }),
  });
}
