import { Alert, Button, Group, List, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import {
  type DeleteAccountInput,
  deleteAccountInput,
  FORMER_MEMBER_NAME,
} from '../../../../common/schemas/account.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import { useDeleteAccount } from '../api/use-delete-account.ts';

function DeleteAccountDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const deleteAccount = useDeleteAccount();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DeleteAccountInput>({
    initialValues: { password: '' },
    validate: zodValidate(deleteAccountInput),
  });
  const close = () => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const submit = form.onSubmit((values) => {
    setFormError(null);
    deleteAccount.mutate(values, {
      onError: (error) => {
        if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
      },
    });
  });
  return (
    <Modal opened={opened} onClose={close} title="Delete your account" centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>What goes, for good:</Text>
          <List spacing={4}>
            <List.Item>your profile, goals and progress notes</List.Item>
            <List.Item>
              your prep, private notes, reviews and reflections, fit-check answers, action items you
              wrote and appreciations
            </List.Item>
            <List.Item>
              your notifications, mail, preferences and calendar link, and your program roles,
              memberships and applications
            </List.Item>
          </List>
          <Text>What the people you worked with keep:</Text>
          <List spacing={4}>
            <List.Item>
              the mentorship and its sessions, with you shown as “{FORMER_MEMBER_NAME}”. Ongoing
              mentorships close and upcoming sessions are cancelled.
            </List.Item>
            <List.Item>
              the shared notes you wrote together, because they are theirs too, and everything they
              wrote themselves
            </List.Item>
          </List>
          <Alert color="red" variant="light" title="This cannot be undone">
            You will be signed out everywhere. If you want a copy, download your data first.
          </Alert>
          <FormErrorAlert error={formError} />
          <PasswordInput
            label="Your password"
            description="To be sure it is you."
            autoComplete="current-password"
            required
            data-autofocus
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Keep my account
            </Button>
            <Button type="submit" color="red" loading={deleteAccount.isPending}>
              Delete my account
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function YourDataSection() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Stack gap="lg">
      <Stack gap="xs" align="flex-start">
        <Text>
          One file with everything you can see of your own: your account, profile, goals,
          mentorships and sessions, notes, reviews, messages and programs.
        </Text>
        <Button component="a" href="/api/me/export" download variant="default">
          Download my data
        </Button>
      </Stack>
      <Stack gap="xs" align="flex-start">
        <Text>
          Deleting your account removes what is yours from Tandem. The people you mentored or were
          mentored by keep your shared history, without your name.
        </Text>
        <Button color="red" variant="outline" onClick={open}>
          Delete my account
        </Button>
      </Stack>
      <DeleteAccountDialog opened={opened} onClose={close} />
    </Stack>
  );
}
