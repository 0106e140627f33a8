import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateGoalInput,
  Goal,
  GoalList,
  GoalStatus,
  ProgressNote,
  UpdateGoalInput,
} from '../../../../common/schemas/goals.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Every goals query starts with `['goals']`, so one invalidation refreshes lists and details. */
export const goalKeys = {
  all: ['goals'] as const,
  list: (status?: GoalStatus) => ['goals', 'list', status ?? 'all'] as const,
  detail: (id: string) => ['goals', 'detail', id] as const,
};

export function useGoals(status?: GoalStatus) {
  return useQuery({
    queryKey: goalKeys.list(status),
    queryFn: ({ signal }) =>
      apiRequest<GoalList>('GET', status ? `/api/goals?status=${status}` : '/api/goals', {
        signal,
      }),
  });
}

export function useGoal(id: string) {
  return useQuery({
    queryKey: goalKeys.detail(id),
    queryFn: ({ signal }) => apiRequest<Goal>('GET', `/api/goals/${id}`, { signal }),
    // A missing goal stays missing: asking again would only repeat the 404.
    retry: false,
  });
}

/** After any change: put the fresh goal in the cache and let the lists refetch. */
function useGoalSaved() {
  const queryClient = useQueryClient();
  return (goal: Goal) => {
    queryClient.setQueryData(goalKeys.detail(goal.id), goal);
    return queryClient.invalidateQueries({ queryKey: ['goals', 'list'] });
  };
}

export function useCreateGoal() {
  const saved = useGoalSaved();
  return useMutation({
    mutationFn: (input: CreateGoalInput) => apiRequest<Goal>('POST', '/api/goals', { body: input }),
    onSuccess: saved,
  });
}

export function useUpdateGoal(id: string) {
  const saved = useGoalSaved();
  return useMutation({
    mutationFn: (input: UpdateGoalInput) =>
      apiRequest<Goal>('PATCH', `/api/goals/${id}`, { body: input }),
    onSuccess: saved,
  });
}

export function useDeleteGoal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<null>('DELETE', `/api/goals/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: goalKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: ['goals', 'list'] });
    },
  });
}

export function useAddNote(goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      apiRequest<ProgressNote>('POST', `/api/goals/${goalId}/notes`, { body: { body } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: goalKeys.all }),
  });
}

export function useDeleteNote(goalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noteId: string) =>
      apiRequest<null>('DELETE', `/api/goals/${goalId}/notes/${noteId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: goalKeys.all }),
  });
}
