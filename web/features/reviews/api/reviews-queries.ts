import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReviewInput, Reviews } from '../../../../common/schemas/reviews.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Under the session they belong to, so a session refresh can include them. */
export const reviewKeys = {
  reviews: (sessionId: string) => ['sessions', sessionId, 'reviews'] as const,
};

export function useReviews(sessionId: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: reviewKeys.reviews(sessionId),
    queryFn: ({ signal }) =>
      apiRequest<Reviews>('GET', `/api/sessions/${sessionId}/reviews`, { signal }),
    enabled,
    retry: false,
  });
}

/** Saving answers both reviews as they now stand: straight into the cache. */
export function useSaveReview(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewInput) =>
      apiRequest<Reviews>('PUT', `/api/sessions/${sessionId}/review`, { body: input }),
    onSuccess: (reviews) => queryClient.setQueryData(reviewKeys.reviews(sessionId), reviews),
  });
}
