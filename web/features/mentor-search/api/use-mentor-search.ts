import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { MentorSearchOutput } from '../../../../common/schemas/mentor-search.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { type SearchFilters, writeFilters } from '../lib/search-params.ts';

export const PAGE_SIZE = 20;

/** Ranked mentors for the filters, a page at a time (`nextCursor` asks for the next one). */
export function useMentorSearch(filters: SearchFilters) {
  const query = writeFilters(filters).toString();
  return useInfiniteQuery({
    queryKey: ['mentor-search', query],
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams(query);
      params.set('limit', String(PAGE_SIZE));
      if (pageParam) params.set('cursor', pageParam);
      return apiRequest<MentorSearchOutput>('GET', `/api/mentors?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While a new search loads, the previous results stay on screen (dimmed) instead of
    // collapsing to skeletons at every keystroke.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
