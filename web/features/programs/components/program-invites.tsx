import {
  Alert,
  Button,
  CopyButton,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  createInviteInput,
  INVITE_ROLES,
  type InviteRole,
  type Program,
} from '../../../../common/schemas/programs.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import { useCreateInvite, useInvites, useRevokeInvite } from '../api/programs-queries.ts';
import { ROLE_LABELS } from '../program-words.ts';

interface Values {
  role: InviteRole;
  cohortId: string;
  email: string;
  capacity: number | string;
}

function toInput(v: Values) {
  const member = v.role === 'mentor' || v.role === 'mentee';
  return {
    role: v.role,
    ...(member && v.cohortId ? { cohortId: v.cohortId } : {}),
    ...(v.email.trim() ? { email: v.email.trim() } : {}),
    ...(v.role === 'mentor' && v.capacity !== '' ? { capacity: Number(v.capacity) } : {}),
  };
}
const check = zodValidate(createInviteInput);

/** A link is shown once: copying it is one click. */
export function LinkBox({ url, label }: { url: string; label: string }) {
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        label={label}
        value={url}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        style={{ flex: 1, minWidth: 0 }}
      />
      <CopyButton value={url} timeout={2500}>
        {({ copied, copy }) => (
          <Button onClick={copy} color={copied ? 'teal.9' : undefined}>
            {copied ? 'Copied' : 'Copy link'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

export function ProgramInvites({ program }: { program: Program }) {
  const invites = useInvites(program.id, true);
  const create = useCreateInvite(program.id);
  const revoke = useRevokeInvite(program.id);
  const [link, setLink] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { role: 'reviewer', cohortId: '', email: '', capacity: 1 },
    validate: (v) => check(toInput(v) as never),
  });
  const role = form.getValues().role;
  const member = role === 'mentor' || role === 'mentee';
  return (
    <Stack gap="md">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setFormError(null);
          setLink(null);
          create.mutate(toInput(values), {
            onSuccess: (created) => {
              setLink(created.inviteUrl);
              form.setFieldValue('email', '');
            },
            onError: (error) => {
              if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
            },
          });
        })}
      >
        <Stack gap="sm">
          <FormErrorAlert error={formError} />
          <Group grow align="flex-start">
            <Select
              label="Invite as"
              data={INVITE_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
              allowDeselect={false}
              {...form.getInputProps('role')}
            />
            {member && (
              <Select
                label="Cohort"
                placeholder="Choose a cohort"
                data={program.cohorts.map((c) => ({ value: c.id, label: c.name }))}
                {...form.getInputProps('cohortId')}
              />
            )}
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label="Email (optional)"
              description="With an address, only that person can use the invite, once. Without, you get a link anyone holding it can use."
              type="email"
              {...form.getInputProps('email')}
            />
            {role === 'mentor' && (
              <NumberInput
                label="Mentees they take"
                min={1}
                max={3}
                {...form.getInputProps('capacity')}
              />
            )}
          </Group>
          <Group>
            <Button type="submit" loading={create.isPending}>
              Make the invite
            </Button>
          </Group>
        </Stack>
      </form>
      {link && (
        <Alert color="tandem" variant="light" title="Copy the link now: we show it only once">
          <LinkBox url={link} label="Invite link" />
        </Alert>
      )}
      <Title order={3} fz="md">
        Invites
      </Title>
      {invites.data?.invites.length ? (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Role</Table.Th>
                <Table.Th>For</Table.Th>
                <Table.Th>Used</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invites.data.invites.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    {ROLE_LABELS[i.role]}
                    {i.cohortName ? ` · ${i.cohortName}` : ''}
                  </Table.Td>
                  <Table.Td>{i.email ?? 'Anyone with the link'}</Table.Td>
                  <Table.Td>{i.usedCount}</Table.Td>
                  <Table.Td>
                    {i.active ? (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={`Revoke the ${ROLE_LABELS[i.role].toLowerCase()} invite${i.email ? ` for ${i.email}` : ''}`}
                        onClick={() => revoke.mutate(i.id)}
                      >
                        Revoke
                      </Button>
                    ) : (
                      <Text size="sm" c="gray.7">
                        {i.revokedAt ? 'Revoked' : 'No longer works'}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="gray.7">
          No invites yet.
        </Text>
      )}
    </Stack>
  );
}
