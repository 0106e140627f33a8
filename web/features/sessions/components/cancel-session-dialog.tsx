import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarX } from '@tabler/icons-react';
import { useState } from 'react';
import { REASON_MAX, type SessionDetail } from '../../../../common/schemas/sessions.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { useCancelSession } from '../api/sessions-queries.ts';
import { reasonError } from '../lib/reason.ts';
import { sessionBothTimes } from '../lib/session-format.ts';

/** Cancelling cannot be undone, so it asks once, and asks why (the other person sees it). */
export function CancelSessionDialog({ session }: { session: SessionDetail }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [formError, setFormError] = useState<string | null>(null);
  const cancel = useCancelSession(session.id);
  const them = firstName(session.counterpart.name);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value: string) => reasonError(value) },
  });

  const submit = form.onSubmit(({ reason }) => {
    setFormError(null);
    cancel.mutate(
      { reason },
      {
        onSuccess: () => {
          notifications.show({
            color: 'tandem',
            title: 'Session cancelled',
            message: `${them} sees that it is off, and why.`,
          });
          close();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
        },
      },
    );
  });

  return (
    <>
      <Button
        variant="subtle"
        color="red"
        c="red.9"
        onClick={open}
        leftSection={<IconCalendarX size={18} aria-hidden="true" />}
      >
        Cancel session
      </Button>
      <Modal opened={opened} onClose={close} title="Cancel this session?">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormErrorAlert error={formError} />
            <Text>
              {sessionBothTimes(session)}. Once cancelled it stays in your history, and you can
              schedule a new one whenever it suits you both.
            </Text>
            <TextInput
              label="Why cancel?"
              description={`${them} sees this.`}
              placeholder="I am off sick this week, sorry"
              required
              maxLength={REASON_MAX}
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                Keep the session
              </Button>
              <Button type="submit" color="red.9" loading={cancel.isPending}>
                Cancel session
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
