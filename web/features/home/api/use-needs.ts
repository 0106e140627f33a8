import { useQuery } from '@tanstack/react-query';
import type { Needs } from '../../../../common/schemas/needs.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * What needs the member now. Refetched when they come back to the tab: a shared prep or a
 * new request elsewhere should show without a reload.
 */
export function useNeeds() {
  return useQuery({
    queryKey: ['me', 'needs'],
    queryFn: ({ signal }) => apiRequest<Needs>('GET', '/api/me/needs', { signal }),
    select: (data) => data.needs,
  });
}
