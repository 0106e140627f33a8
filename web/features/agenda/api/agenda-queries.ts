import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActionItem,
  ActionItemList,
  CreateActionItemInput,
  UpdateActionItemInput,
} from '../../../../common/schemas/action-items.ts';
import type { Agenda, QuestionOutcomeInput } from '../../../../common/schemas/agenda.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** The agenda lives under its session; action items under their mentorship. */
export const agendaKeys = {
  agenda: (sessionId: string) => ['sessions', sessionId, 'agenda'] as const,
  actionItems: (mentorshipId: string) => ['mentorships', mentorshipId, 'action-items'] as const,
};

/** How often an open live page asks for the other person's ticks. */
export const LIVE_POLL_MS = 4_000;

/**
 * The agenda, polled while the page is visible so each person sees the other's ticks within
 * seconds (TanStack pauses the interval in a hidden tab and refetches on return).
 */
export function useAgenda(sessionId: string, { live = true } = {}) {
  return useQuery({
    queryKey: agendaKeys.agenda(sessionId),
    queryFn: ({ signal }) =>
      apiRequest<Agenda>('GET', `/api/sessions/${sessionId}/agenda`, { signal }),
    retry: false,
    refetchInterval: live ? LIVE_POLL_MS : false,
    refetchIntervalInBackground: false,
  });
}

type OutcomeChange = QuestionOutcomeInput & { questionId: string };

/** Ticks a question at once on screen; puts it back if the server refuses. */
export function useSetOutcome(sessionId: string) {
  const queryClient = useQueryClient();
  const key = agendaKeys.agenda(sessionId);
  return useMutation({
    mutationFn: ({ questionId, ...body }: OutcomeChange) =>
      apiRequest<Agenda>('PUT', `/api/sessions/${sessionId}/questions/${questionId}/outcome`, {
        body,
      }),
    onMutate: async ({ questionId, state, answer }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Agenda>(key);
      if (before) {
        const patch = <Q extends Agenda['questions'][number]>(q: Q): Q =>
          q.id === questionId
            ? {
                ...q,
                state,
                answer: answer ?? q.answer,
                resolvedInSessionId: state === 'open' ? null : sessionId,
              }
            : q;
        queryClient.setQueryData<Agenda>(key, {
          ...before,
          questions: before.questions.map(patch),
          carried: before.carried.map(patch),
        });
      }
      return { before };
    },
    onError: (_error, _change, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSuccess: (agenda) => queryClient.setQueryData(key, agenda),
  });
}

export function useActionItems(mentorshipId: string) {
  return useQuery({
    queryKey: agendaKeys.actionItems(mentorshipId),
    queryFn: ({ signal }) =>
      apiRequest<ActionItemList>('GET', `/api/mentorships/${mentorshipId}/action-items`, {
        signal,
      }),
  });
}

/** After any item change: the pair's list and every agenda (they show open items) refetch. */
function useItemsChanged(mentorshipId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: agendaKeys.actionItems(mentorshipId) }),
      queryClient.invalidateQueries({
        queryKey: ['sessions'],
        predicate: ({ queryKey }) => queryKey[2] === 'agenda' || queryKey[2] === 'brief',
      }),
    ]);
}

export function useCreateActionItem(mentorshipId: string) {
  const changed = useItemsChanged(mentorshipId);
  return useMutation({
    mutationFn: (input: CreateActionItemInput) =>
      apiRequest<ActionItem>('POST', `/api/mentorships/${mentorshipId}/action-items`, {
        body: input,
      }),
    onSuccess: () => {
      void changed();
    },
  });
}

type ItemChange = UpdateActionItemInput & { id: string };

/**
 * Edits or ticks an item, shown at once wherever it is listed (the pair's list and the agenda
 * of `sessionId`, if given); put back if the server refuses.
 */
export function useUpdateActionItem(mentorshipId: string, sessionId?: string) {
  const queryClient = useQueryClient();
  const changed = useItemsChanged(mentorshipId);
  const listKey = agendaKeys.actionItems(mentorshipId);
  const agendaKey = sessionId ? agendaKeys.agenda(sessionId) : null;
  return useMutation({
    mutationFn: ({ id, ...body }: ItemChange) =>
      apiRequest<ActionItem>('PATCH', `/api/mentorships/${mentorshipId}/action-items/${id}`, {
        body,
      }),
    onMutate: async ({ id, sessionId: _during, ...change }) => {
      const patch = (item: ActionItem): ActionItem =>
        item.id === id
          ? {
              ...item,
              ...change,
              dueDate: change.dueDate === undefined ? item.dueDate : change.dueDate,
              overdue: change.status && change.status !== 'open' ? false : item.overdue,
            }
          : item;
      await queryClient.cancelQueries({ queryKey: listKey });
      const list = queryClient.getQueryData<ActionItemList>(listKey);
      if (list) queryClient.setQueryData(listKey, { ...list, items: list.items.map(patch) });
      let agenda: Agenda | undefined;
      if (agendaKey) {
        await queryClient.cancelQueries({ queryKey: agendaKey });
        agenda = queryClient.getQueryData<Agenda>(agendaKey);
        if (agenda) {
          queryClient.setQueryData(agendaKey, {
            ...agenda,
            actionItems: agenda.actionItems.map(patch),
          });
        }
      }
      return { list, agenda };
    },
    onError: (_error, _change, context) => {
      if (context?.list) queryClient.setQueryData(listKey, context.list);
      if (agendaKey && context?.agenda) queryClient.setQueryData(agendaKey, context.agenda);
    },
    onSettled: () => changed(),
  });
}
