import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DeclineMentorshipInput,
  InvitationCreated,
  InvitationPreview,
  InviteInput,
  MentorshipDetail,
  MentorshipList,
  RequestMentorshipInput,
  UpdateMentorshipInput,
} from '../../../../common/schemas/mentorships.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * Every mentorship query starts with `['mentorships']`: one invalidation refreshes the list,
 * the details and Home's "waiting for you" card (which reads `['mentorships', 'list']`).
 */
export const mentorshipKeys = {
  all: ['mentorships'] as const,
  list: ['mentorships', 'list'] as const,
  detail: (id: string) => ['mentorships', 'detail', id] as const,
  invitation: (token: string) => ['invitations', token] as const,
};

export function useMentorships() {
  return useQuery({
    queryKey: mentorshipKeys.list,
    queryFn: ({ signal }) => apiRequest<MentorshipList>('GET', '/api/mentorships', { signal }),
  });
}

export function useMentorship(id: string) {
  return useQuery({
    queryKey: mentorshipKeys.detail(id),
    queryFn: ({ signal }) =>
      apiRequest<MentorshipDetail>('GET', `/api/mentorships/${encodeURIComponent(id)}`, {
        signal,
      }),
    // Missing stays missing (or someone else's): asking again only repeats the 404.
    retry: false,
  });
}

/** After any change: the fresh mentorship into the cache, and the list refetched. */
function useMentorshipSaved() {
  const queryClient = useQueryClient();
  return (mentorship: MentorshipDetail) => {
    queryClient.setQueryData(mentorshipKeys.detail(mentorship.id), mentorship);
    return queryClient.invalidateQueries({ queryKey: mentorshipKeys.list });
  };
}

export function useRequestMentorship() {
  const saved = useMentorshipSaved();
  return useMutation({
    mutationFn: (input: RequestMentorshipInput) =>
      apiRequest<MentorshipDetail>('POST', '/api/mentorships', { body: input }),
    onSuccess: saved,
  });
}

type Transition = 'accept' | 'withdraw' | 'resume';

/** Accept, withdraw or resume: a POST with no body. */
export function useMentorshipTransition(action: Transition) {
  const saved = useMentorshipSaved();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<MentorshipDetail>('POST', `/api/mentorships/${id}/${action}`),
    onSuccess: saved,
  });
}

export function useDeclineMentorship() {
  const saved = useMentorshipSaved();
  return useMutation({
    mutationFn: ({ id, ...body }: DeclineMentorshipInput & { id: string }) =>
      apiRequest<MentorshipDetail>('POST', `/api/mentorships/${id}/decline`, { body }),
    onSuccess: saved,
  });
}

export function usePauseMentorship() {
  const saved = useMentorshipSaved();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note?: string }) =>
      apiRequest<MentorshipDetail>('POST', `/api/mentorships/${id}/pause`, {
        body: note ? { note } : {},
      }),
    onSuccess: saved,
  });
}

export function useUpdateMentorship(id: string) {
  const saved = useMentorshipSaved();
  return useMutation({
    mutationFn: (input: UpdateMentorshipInput) =>
      apiRequest<MentorshipDetail>('PATCH', `/api/mentorships/${id}`, { body: input }),
    onSuccess: saved,
  });
}

export function useCreateInvitation() {
  const saved = useMentorshipSaved();
  return useMutation({
    mutationFn: (input: InviteInput) =>
      apiRequest<InvitationCreated>('POST', '/api/mentorships/invitations', { body: input }),
    onSuccess: (created) => saved(created.mentorship),
  });
}

export function useRegenerateInviteLink(id: string) {
  const saved = useMentorshipSaved();
  return useMutation({
    mutationFn: () =>
      apiRequest<InvitationCreated>('POST', `/api/mentorships/${id}/invitation-link`),
    onSuccess: (created) => saved(created.mentorship),
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: mentorshipKeys.invitation(token),
    queryFn: ({ signal }) =>
      apiRequest<InvitationPreview>('GET', `/api/invitations/${encodeURIComponent(token)}`, {
        signal,
      }),
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  const saved = useMentorshipSaved();
  return useMutation({
    mutationFn: () =>
      apiRequest<MentorshipDetail>('POST', `/api/invitations/${encodeURIComponent(token)}/accept`),
    onSuccess: saved,
  });
}
