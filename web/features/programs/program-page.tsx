import {
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  createCohortInput,
  PROGRAM_DESCRIPTION_MAX,
  PROGRAM_NAME_MAX,
  type Program,
  updateProgramInput,
} from '../../../common/schemas/programs.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { LoadFailure } from '../../components/load-failure.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { PageSection } from '../../components/page-section.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../lib/form-errors.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useMe } from '../../lib/session.ts';
import {
  useCreateCohort,
  useProgram,
  useRemoveStaff,
  useStaff,
  useUpdateProgram,
} from './api/programs-queries.ts';
import { ProgramInvites } from './components/program-invites.tsx';
import { formatDates, ROLE_LABELS } from './program-words.ts';

const checkProgram = zodValidate(updateProgramInput) as (v: {
  name: string;
  description: string;
}) => Record<string, string>;

function EditProgram({ program }: { program: Program }) {
  const update = useUpdateProgram(program.id);
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: program.name, description: program.description },
    validate: checkProgram,
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        update.mutate(values, {
          onSuccess: () => setSaved(true),
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
          label="Description"
          autosize
          minRows={3}
          maxLength={PROGRAM_DESCRIPTION_MAX}
          {...form.getInputProps('description')}
        />
        <Group>
          <Button type="submit" loading={update.isPending}>
            Save
          </Button>
          {saved && !form.isDirty() && (
            <Text size="sm" c="teal.9" role="status">
              Saved.
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

interface CohortValues {
  name: string;
  startsOn: string;
  endsOn: string;
  maxTimeZoneGapHours: number | string;
}
const toCohortInput = (v: CohortValues) => ({
  name: v.name,
  startsOn: v.startsOn,
  endsOn: v.endsOn,
  ...(v.maxTimeZoneGapHours === '' ? {} : { maxTimeZoneGapHours: Number(v.maxTimeZoneGapHours) }),
});
const checkCohort = zodValidate(createCohortInput);

function CreateCohort({ programId }: { programId: string }) {
  const create = useCreateCohort(programId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CohortValues>({
    initialValues: { name: '', startsOn: '', endsOn: '', maxTimeZoneGapHours: '' },
    validate: (v) => checkCohort(toCohortInput(v) as never),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setFormError(null);
        create.mutate(toCohortInput(values), {
          onSuccess: () => form.reset(),
          onError: (error) => {
            if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
          },
        });
      })}
    >
      <Stack gap="sm">
        <Title order={3} fz="md">
          Add a cohort
        </Title>
        <FormErrorAlert error={formError} />
        <TextInput label="Cohort name" {...form.getInputProps('name')} />
        <Group grow align="flex-start">
          <TextInput label="Starts on" type="date" {...form.getInputProps('startsOn')} />
          <TextInput label="Ends on" type="date" {...form.getInputProps('endsOn')} />
        </Group>
        <NumberInput
          label="Largest time-zone gap between a pair, in hours (optional)"
          min={0}
          max={24}
          {...form.getInputProps('maxTimeZoneGapHours')}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Add the cohort
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Staff({ program, isAdmin }: { program: Program; isAdmin: boolean }) {
  const staff = useStaff(program.id);
  const remove = useRemoveStaff(program.id);
  const me = useMe();
  return (
    <Stack gap="sm">
      <FormErrorAlert error={remove.error ? errorMessage(remove.error) : null} />
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            {isAdmin && <Table.Th>Remove</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.data?.staff.map((s) => (
            <Table.Tr key={s.userId}>
              <Table.Td>{s.name}</Table.Td>
              <Table.Td>{ROLE_LABELS[s.role]}</Table.Td>
              {isAdmin && (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => remove.mutate(s.userId)}
                    aria-label={s.userId === me.data?.id ? 'Leave the staff' : `Remove ${s.name}`}
                  >
                    {s.userId === me.data?.id ? 'Leave' : 'Remove'}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function ProgramPage() {
  const { programId = '' } = useParams();
  const program = useProgram(programId);
  usePageTitle(program.data?.name ?? 'Program');
  if (program.isPending) return <PageLoader />;
  if (program.isError) {
    return (
      <LoadFailure
        error={program.error}
        missingTitle="We could not find that program"
        missingText="It may have been removed, or you are not on its staff."
        failedTitle="The program did not load"
        action={{ to: '/programs', label: 'Back to programs' }}
      />
    );
  }
  const p = program.data;
  const isAdmin = p.myRole === 'admin';
  return (
    <Stack gap="xl">
      <div>
        <Anchor component={Link} to="/programs" size="sm">
          Programs
        </Anchor>
        <Title order={1}>{p.name}</Title>
        {p.description && <Text c="gray.8">{p.description}</Text>}
      </div>
      {isAdmin && (
        <PageSection
          id="about"
          title="About the program"
          description="Candidates read this when they apply."
        >
          <EditProgram program={p} />
        </PageSection>
      )}
      <PageSection
        id="cohorts"
        title="Cohorts"
        description="Each cohort has its own dates, application form, applications and matching."
      >
        <Stack gap="md">
          {p.cohorts.length === 0 && <Text c="gray.7">No cohorts yet.</Text>}
          {p.cohorts.map((c) => (
            <Paper key={c.id} withBorder radius="md" p="sm">
              <Group justify="space-between">
                <Anchor component={Link} to={`/programs/${p.id}/cohorts/${c.id}`} fw={600}>
                  {c.name}
                </Anchor>
                {c.applicationsOpen && <Badge color="teal.9">Applications open</Badge>}
              </Group>
              <Text size="sm" c="gray.7">
                {formatDates(c.startsOn, c.endsOn)} · {c.counts.mentors} mentors ·{' '}
                {c.counts.mentees} mentees · {c.counts.applications} applications
              </Text>
            </Paper>
          ))}
          {isAdmin && <CreateCohort programId={p.id} />}
        </Stack>
      </PageSection>
      <PageSection
        id="staff"
        title="Staff"
        description="Admins run the program; reviewers interview candidates."
      >
        <Staff program={p} isAdmin={isAdmin} />
      </PageSection>
      {isAdmin && (
        <PageSection
          id="invites"
          title="Invites"
          description="Invite admins and reviewers, or mentors and mentees straight into a cohort."
        >
          <ProgramInvites program={p} />
        </PageSection>
      )}
    </Stack>
  );
}
