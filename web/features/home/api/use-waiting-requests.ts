import { useQuery } from '@tanstack/react-query';
import type { MentorshipList } from '../../../../common/schemas/mentorships.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * Requests and invitations waiting for the member's answer. Same key as the mentorships
 * feature's list (`['mentorships', 'list']`), so answering there clears the card here.
 */
export function useWaitingRequests() {
  return useQuery({
    queryKey: ['mentorships', 'list'],
    queryFn: ({ signal }) => apiRequest<MentorshipList>('GET', '/api/mentorships', { signal }),
    select: (data) =>
      data.mentorships.filter((m) => m.status === 'pending' && m.requestedBy === 'them'),
  });
}
