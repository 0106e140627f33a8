import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApplicationInterviews,
  DecisionInput,
  DecisionView,
  InterviewDetail,
  MyInterviews,
  Rubric,
  RubricInput,
  ScheduleInterviewInput,
  ScorecardInput,
  ScoresView,
  UpdateInterviewInput,
} from '../../../../common/schemas/interviews.ts';
import { apiRequest } from '../../../lib/api-client.ts';

const enc = encodeURIComponent;

export const interviewKeys = {
  rubric: (cohortId: string) => ['cohorts', cohortId, 'rubric'] as const,
  application: (applicationId: string) => ['applications', applicationId] as const,
  applicationInterviews: (applicationId: string) =>
    ['applications', applicationId, 'interviews'] as const,
  scores: (applicationId: string) => ['applications', applicationId, 'scores'] as const,
  interview: (interviewId: string) => ['interviews', interviewId] as const,
  mine: ['me', 'interviews'] as const,
};

export function useRubric(cohortId: string) {
  return useQuery({
    queryKey: interviewKeys.rubric(cohortId),
    queryFn: ({ signal }) =>
      apiRequest<Rubric>('GET', `/api/cohorts/${enc(cohortId)}/rubric`, { signal }),
    retry: false,
  });
}

export function useSaveRubric(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RubricInput) =>
      apiRequest<Rubric>('PUT', `/api/cohorts/${enc(cohortId)}/rubric`, { body: input }),
    onSuccess: (rubric) => queryClient.setQueryData(interviewKeys.rubric(cohortId), rubric),
  });
}

export function useApplicationInterviews(applicationId: string) {
  return useQuery({
    queryKey: interviewKeys.applicationInterviews(applicationId),
    queryFn: ({ signal }) =>
      apiRequest<ApplicationInterviews>(
        'GET',
        `/api/applications/${enc(applicationId)}/interviews`,
        { signal },
      ),
    retry: false,
  });
}

export function useApplicationScores(applicationId: string) {
  return useQuery({
    queryKey: interviewKeys.scores(applicationId),
    queryFn: ({ signal }) =>
      apiRequest<ScoresView>('GET', `/api/applications/${enc(applicationId)}/scores`, { signal }),
    retry: false,
  });
}

/** Anything about an application changed: its page, interviews and scores refetch. */
function refreshApplication(queryClient: ReturnType<typeof useQueryClient>, applicationId: string) {
  void queryClient.invalidateQueries({ queryKey: ['me'] });
  return queryClient.invalidateQueries({ queryKey: interviewKeys.application(applicationId) });
}

export function useScheduleInterview(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ScheduleInterviewInput) =>
      apiRequest<InterviewDetail>('POST', `/api/applications/${enc(applicationId)}/interviews`, {
        body: input,
      }),
    onSuccess: () => refreshApplication(queryClient, applicationId),
  });
}

export function useUpdateInterview(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateInterviewInput }) =>
      apiRequest<InterviewDetail>('PATCH', `/api/interviews/${enc(id)}`, { body: input }),
    onSuccess: (interview) => {
      queryClient.setQueryData(interviewKeys.interview(interview.id), interview);
      return refreshApplication(queryClient, applicationId);
    },
  });
}

export function useDecide(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) =>
      apiRequest<DecisionView>('POST', `/api/applications/${enc(applicationId)}/decision`, {
        body: input,
      }),
    onSuccess: () => refreshApplication(queryClient, applicationId),
  });
}

export function useInterview(interviewId: string) {
  return useQuery({
    queryKey: interviewKeys.interview(interviewId),
    queryFn: ({ signal }) =>
      apiRequest<InterviewDetail>('GET', `/api/interviews/${enc(interviewId)}`, { signal }),
    retry: false,
  });
}

export function useSaveScorecard(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ScorecardInput) =>
      apiRequest<InterviewDetail>('PUT', `/api/interviews/${enc(interviewId)}/scorecard`, {
        body: input,
      }),
    onSuccess: (interview) =>
      queryClient.setQueryData(interviewKeys.interview(interviewId), interview),
  });
}

export function useSubmitScorecard(interviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest<InterviewDetail>('POST', `/api/interviews/${enc(interviewId)}/scorecard/submit`),
    onSuccess: (interview) => {
      queryClient.setQueryData(interviewKeys.interview(interviewId), interview);
      void queryClient.invalidateQueries({ queryKey: interviewKeys.mine });
      return queryClient.invalidateQueries({
        queryKey: interviewKeys.application(interview.applicationId),
      });
    },
  });
}

export function useMyInterviews() {
  return useQuery({
    queryKey: interviewKeys.mine,
    queryFn: ({ signal }) => apiRequest<MyInterviews>('GET', '/api/me/interviews', { signal }),
  });
}
