import { useQuery } from '@tanstack/react-query';
import type { PublicMentor } from '../../../../common/schemas/profile.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function useMentor(id: string) {
  return useQuery({
    queryKey: ['mentors', id],
    queryFn: ({ signal }) =>
      apiRequest<PublicMentor>('GET', `/api/mentors/${encodeURIComponent(id)}`, { signal }),
  });
}
