import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ApplicationDetail,
  ApplicationForm,
  ApplicationFormInput,
  ApplicationList,
  ApplicationStatus,
  ApplyView,
  MyApplication,
  SubmitApplicationInput,
} from '../../../../common/schemas/applications.ts';
import type {
  Cohort,
  CohortMember,
  CreateCohortInput,
  CreateInviteInput,
  CreateProgramInput,
  InviteAccepted,
  InviteCreated,
  InvitePreview,
  MyPrograms,
  Program,
  ProgramInvite,
  StaffList,
  UpdateCohortInput,
  UpdateMemberInput,
  UpdateProgramInput,
} from '../../../../common/schemas/programs.ts';
import { apiRequest } from '../../../lib/api-client.ts';

const enc = encodeURIComponent;

/** Everything programs-related lives under one key: a change refetches what shows it. */
export const programKeys = {
  all: ['programs'] as const,
  mine: ['programs', 'mine'] as const,
  program: (id: string) => ['programs', 'program', id] as const,
  staff: (id: string) => ['programs', 'program', id, 'staff'] as const,
  invites: (id: string) => ['programs', 'program', id, 'invites'] as const,
  cohort: (id: string) => ['programs', 'cohort', id] as const,
  members: (id: string) => ['programs', 'cohort', id, 'members'] as const,
  form: (id: string) => ['programs', 'cohort', id, 'form'] as const,
  applications: (id: string, status?: string) =>
    ['programs', 'cohort', id, 'applications', status ?? 'all'] as const,
  application: (id: string) => ['programs', 'application', id] as const,
  apply: (cohortId: string) => ['programs', 'apply', cohortId] as const,
  invite: (token: string) => ['programs', 'invite', token] as const,
};

function useInvalidatingMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programKeys.all }),
  });
}

export const useMyPrograms = () =>
  useQuery({
    queryKey: programKeys.mine,
    queryFn: ({ signal }) => apiRequest<MyPrograms>('GET', '/api/programs', { signal }),
  });

export const useCreateProgram = () =>
  useInvalidatingMutation((input: CreateProgramInput) =>
    apiRequest<Program>('POST', '/api/programs', { body: input }),
  );

export const useProgram = (id: string) =>
  useQuery({
    queryKey: programKeys.program(id),
    queryFn: ({ signal }) => apiRequest<Program>('GET', `/api/programs/${enc(id)}`, { signal }),
    retry: false,
  });

export const useUpdateProgram = (id: string) =>
  useInvalidatingMutation((input: UpdateProgramInput) =>
    apiRequest<Program>('PATCH', `/api/programs/${enc(id)}`, { body: input }),
  );

export const useStaff = (id: string) =>
  useQuery({
    queryKey: programKeys.staff(id),
    queryFn: ({ signal }) =>
      apiRequest<StaffList>('GET', `/api/programs/${enc(id)}/staff`, { signal }),
  });

export const useRemoveStaff = (programId: string) =>
  useInvalidatingMutation((userId: string) =>
    apiRequest<StaffList>('DELETE', `/api/programs/${enc(programId)}/staff/${enc(userId)}`),
  );

export const useInvites = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: programKeys.invites(id),
    queryFn: ({ signal }) =>
      apiRequest<{ invites: ProgramInvite[] }>('GET', `/api/programs/${enc(id)}/invites`, {
        signal,
      }),
    enabled,
  });

export const useCreateInvite = (programId: string) =>
  useInvalidatingMutation((input: CreateInviteInput) =>
    apiRequest<InviteCreated>('POST', `/api/programs/${enc(programId)}/invites`, { body: input }),
  );

export const useRevokeInvite = (programId: string) =>
  useInvalidatingMutation((inviteId: string) =>
    apiRequest<ProgramInvite>('DELETE', `/api/programs/${enc(programId)}/invites/${enc(inviteId)}`),
  );

export const useCreateCohort = (programId: string) =>
  useInvalidatingMutation((input: CreateCohortInput) =>
    apiRequest<Cohort>('POST', `/api/programs/${enc(programId)}/cohorts`, { body: input }),
  );

export const useCohort = (id: string) =>
  useQuery({
    queryKey: programKeys.cohort(id),
    queryFn: ({ signal }) => apiRequest<Cohort>('GET', `/api/cohorts/${enc(id)}`, { signal }),
    retry: false,
  });

export const useUpdateCohort = (id: string) =>
  useInvalidatingMutation((input: UpdateCohortInput) =>
    apiRequest<Cohort>('PATCH', `/api/cohorts/${enc(id)}`, { body: input }),
  );

export const useMembers = (id: string) =>
  useQuery({
    queryKey: programKeys.members(id),
    queryFn: ({ signal }) =>
      apiRequest<{ members: CohortMember[] }>('GET', `/api/cohorts/${enc(id)}/members`, { signal }),
    retry: false,
  });

export const useUpdateMember = (cohortId: string) =>
  useInvalidatingMutation(({ userId, ...input }: UpdateMemberInput & { userId: string }) =>
    apiRequest<{ members: CohortMember[] }>(
      'PATCH',
      `/api/cohorts/${enc(cohortId)}/members/${enc(userId)}`,
      { body: input },
    ),
  );

export const useRemoveMember = (cohortId: string) =>
  useInvalidatingMutation((userId: string) =>
    apiRequest<{ members: CohortMember[] }>(
      'DELETE',
      `/api/cohorts/${enc(cohortId)}/members/${enc(userId)}`,
    ),
  );

export const useApplicationForm = (cohortId: string) =>
  useQuery({
    queryKey: programKeys.form(cohortId),
    queryFn: ({ signal }) =>
      apiRequest<ApplicationForm>('GET', `/api/cohorts/${enc(cohortId)}/application-form`, {
        signal,
      }),
    retry: false,
  });

export const useSaveApplicationForm = (cohortId: string) =>
  useInvalidatingMutation((input: ApplicationFormInput) =>
    apiRequest<ApplicationForm>('PUT', `/api/cohorts/${enc(cohortId)}/application-form`, {
      body: input,
    }),
  );

export const useApplications = (cohortId: string, status?: ApplicationStatus) =>
  useQuery({
    queryKey: programKeys.applications(cohortId, status),
    queryFn: ({ signal }) =>
      apiRequest<ApplicationList>(
        'GET',
        `/api/cohorts/${enc(cohortId)}/applications${status ? `?status=${status}` : ''}`,
        { signal },
      ),
    retry: false,
  });

export const useApplication = (id: string) =>
  useQuery({
    queryKey: programKeys.application(id),
    queryFn: ({ signal }) =>
      apiRequest<ApplicationDetail>('GET', `/api/applications/${enc(id)}`, { signal }),
    retry: false,
  });

export const useApplyView = (cohortId: string) =>
  useQuery({
    queryKey: programKeys.apply(cohortId),
    queryFn: ({ signal }) =>
      apiRequest<ApplyView>('GET', `/api/cohorts/${enc(cohortId)}/apply`, { signal }),
    retry: false,
  });

export const useSubmitApplication = (cohortId: string) =>
  useInvalidatingMutation((input: SubmitApplicationInput) =>
    apiRequest<MyApplication>('POST', `/api/cohorts/${enc(cohortId)}/applications`, {
      body: input,
    }),
  );

export const useWithdrawApplication = () =>
  useInvalidatingMutation((id: string) =>
    apiRequest<MyApplication>('POST', `/api/me/applications/${enc(id)}/withdraw`),
  );

export const useInvitePreview = (token: string) =>
  useQuery({
    queryKey: programKeys.invite(token),
    queryFn: ({ signal }) =>
      apiRequest<InvitePreview>('GET', `/api/program-invites/${enc(token)}`, { signal }),
    retry: false,
  });

export const useAcceptInvite = () =>
  useInvalidatingMutation((token: string) =>
    apiRequest<InviteAccepted>('POST', `/api/program-invites/${enc(token)}/accept`),
  );

export const useAcceptMyInvite = () =>
  useInvalidatingMutation((inviteId: string) =>
    apiRequest<InviteAccepted>('POST', `/api/me/program-invites/${enc(inviteId)}/accept`),
  );
