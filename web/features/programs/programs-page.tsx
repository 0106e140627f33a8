import {
  Anchor,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  createProgramInput,
  type MyPrograms,
  PROGRAM_DESCRIPTION_MAX,
  PROGRAM_NAME_MAX,
} from '../../../common/schemas/programs.ts';
import { ConfirmAction } from '../../components/confirm-action.tsx';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../lib/form-errors.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import {
  useAcceptMyInvite,
  useCreateProgram,
  useMyPrograms,
  useWithdrawApplication,
} from './api/programs-queries.ts';
import { ApplicationStatusBadge } from './components/status-badge.tsx';
import { formatDates, ROLE_LABELS } from './program-words.ts';

const validate = zodValidate(createProgramInput) as (v: {
  name: string;
  description: string;
}) => Record<string, string>;

function CreateProgramForm() {
  const create = useCreateProgram();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ initialValues: { name: '', description: '' }, validate });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        create.mutate(values, {
          onSuccess: (program) => navigate(`/programs/${program.id}`),
          onError: (error) => {
            if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
          },
        });
      })}
    >
      <Stack gap="sm">
        <FormErrorAlert error={formError} />
        <TextInput
          label="Program name"
          maxLength={PROGRAM_NAME_MAX}
          {...form.getInputProps('name')}
        />
        <Textarea
          label="What it is about (optional)"
          description="Candidates read this when they apply."
          autosize
          minRows={2}
          maxLength={PROGRAM_DESCRIPTION_MAX}
          {...form.getInputProps('description')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Start the program
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Invites({ invites }: { invites: MyPrograms['invites'] }) {
  const accept = useAcceptMyInvite();
  if (!invites.length) return null;
  return (
    <Stack component="section" aria-labelledby="invites-for-me" gap="sm">
      <Title id="invites-for-me" order={2} fz="xl">
        Invites for you
      </Title>
      {invites.map((invite) => (
        <Paper key={invite.id} withBorder radius="md" p="md">
          <Group justify="space-between">
            <Text>
              {ROLE_LABELS[invite.role]} in <strong>{invite.programName}</strong>
              {invite.cohortName ? ` — ${invite.cohortName}` : ''}
            </Text>
            <Button loading={accept.isPending} onClick={() => accept.mutate(invite.id)}>
              Accept
            </Button>
          </Group>
        </Paper>
      ))}
      <FormErrorAlert error={accept.error ? errorMessage(accept.error) : null} />
    </Stack>
  );
}

/** `upcoming` shows what is coming up for the person in programs (interviews), under the invites. */
export function ProgramsPage({ upcoming }: { upcoming?: ReactNode }) {
  usePageTitle('Programs');
  const mine = useMyPrograms();
  const withdraw = useWithdrawApplication();
  if (mine.isPending) return <PageLoader />;
  if (mine.isError) return <FormErrorAlert error={errorMessage(mine.error)} />;
  const { staffOf, memberOf, applications, invites } = mine.data;
  // Someone who runs a program comes for it first; everyone else for their applications.
  const runsAny = staffOf.length > 0;
  const running = (
    <Stack component="section" aria-labelledby="programs-i-run" gap="sm">
      <Title id="programs-i-run" order={2} fz="xl">
        Programs you run
      </Title>
      {staffOf.length === 0 && (
        <Text c="gray.7">You do not run a program yet. Start one below.</Text>
      )}
      {staffOf.map((program) => (
        <Paper key={program.id} withBorder radius="md" p="md">
          <Group justify="space-between">
            <Anchor component={Link} to={`/programs/${program.id}`} fw={600}>
              {program.name}
            </Anchor>
            <Text size="sm" c="gray.7">
              {ROLE_LABELS[program.myRole]} · {program.cohorts}{' '}
              {program.cohorts === 1 ? 'cohort' : 'cohorts'}
            </Text>
          </Group>
        </Paper>
      ))}
      <Paper withBorder radius="md" p="md">
        <Title order={3} fz="lg" mb="sm">
          Start a program
        </Title>
        <CreateProgramForm />
      </Paper>
    </Stack>
  );
  const belonging = memberOf.length > 0 && (
    <Stack component="section" aria-labelledby="cohorts-i-am-in" gap="sm">
      <Title id="cohorts-i-am-in" order={2} fz="xl">
        Cohorts you are in
      </Title>
      {memberOf.map((m) => (
        <Paper key={m.cohortId} withBorder radius="md" p="md">
          <Text fw={600}>
            {m.programName} — {m.cohortName}
          </Text>
          <Text size="sm" c="gray.7">
            {ROLE_LABELS[m.role]} · {formatDates(m.startsOn, m.endsOn)}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
  const applying = (
    <Stack component="section" aria-labelledby="my-applications" gap="sm">
      <Title id="my-applications" order={2} fz="xl">
        Your applications
      </Title>
      {applications.length === 0 && (
        <Text c="gray.7">
          When a program shares an application link with you, your application shows here.
        </Text>
      )}
      {applications.map((a) => (
        <Paper key={a.id} withBorder radius="md" p="md">
          <Stack gap={6}>
            <Group justify="space-between">
              <Anchor component={Link} to={`/apply/${a.cohortId}`} fw={600}>
                {a.programName} — {a.cohortName}
              </Anchor>
              <ApplicationStatusBadge status={a.status} />
            </Group>
            {a.decisionReason && <Text size="sm">{a.decisionReason}</Text>}
            {(a.status === 'submitted' || a.status === 'interviewing') && (
              <Group>
                <ConfirmAction
                  label="Withdraw my application"
                  title={`Withdraw from ${a.programName}?`}
                  confirmLabel="Withdraw"
                  cancelLabel="Keep my application"
                  danger
                  buttonProps={{ size: 'xs' }}
                  pending={withdraw.isPending && withdraw.variables === a.id}
                  error={
                    withdraw.error && withdraw.variables === a.id
                      ? errorMessage(withdraw.error)
                      : null
                  }
                  onConfirm={(close) => withdraw.mutate(a.id, { onSuccess: close })}
                >
                  The program's team will see that you withdrew. You cannot undo this: to take part
                  later, apply to a cohort that opens after this one.
                </ConfirmAction>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>Programs</Title>
        <Text c="gray.7">
          Mentorship programs you run, the cohorts you belong to, and the applications you sent.
        </Text>
      </div>
      <Invites invites={invites} />
      {upcoming}
      {runsAny ? (
        <>
          {running}
          {belonging}
          {applying}
        </>
      ) : (
        <>
          {applying}
          {belonging}
          {running}
        </>
      )}
    </Stack>
  );
}
