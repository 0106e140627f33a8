import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarRepeat } from '@tabler/icons-react';
import { useState } from 'react';
import { REASON_MAX, type SessionDetail } from '../../../../common/schemas/sessions.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { useRescheduleSession } from '../api/sessions-queries.ts';
import { reasonError } from '../lib/reason.ts';
import { sessionBothTimes } from '../lib/session-format.ts';
import {
  minutesOf,
  SessionTimeFields,
  type SessionTimeValues,
  startOf,
  timeValuesFrom,
  validateTimeValues,
} from './session-time-fields.tsx';

type Values = SessionTimeValues & { reason: string };

/** Move the session: the same time fields as scheduling, plus the reason both people see. */
export function RescheduleDialog({ session }: { session: SessionDetail }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [formError, setFormError] = useState<string | null>(null);
  const reschedule = useRescheduleSession(session.id);
  const tz = session.myTimeZone;
  const them = firstName(session.counterpart.name);
  const form = useForm<Values>({
    initialValues: { ...timeValuesFrom(session, tz), reason: '' },
    validate: (values) => {
      const errors: Record<string, string> = validateTimeValues(values, tz, new Date());
      const reason = reasonError(values.reason);
      if (reason) errors.reason = reason;
      return errors;
    },
  });

  const start = () => {
    form.setInitialValues({ ...timeValuesFrom(session, tz), reason: '' });
    form.reset();
    setFormError(null);
    open();
  };

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const startsAt = startOf(values, tz);
    if (!startsAt) return;
    reschedule.mutate(
      {
        startsAt: startsAt.toISOString(),
        durationMinutes: minutesOf(values),
        location: values.location,
        reason: values.reason,
      },
      {
        onSuccess: (moved) => {
          notifications.show({
            color: 'tandem',
            title: 'Session moved',
            message: `${sessionBothTimes(moved)}. ${them} sees the new time and your reason.`,
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
        variant="default"
        onClick={start}
        leftSection={<IconCalendarRepeat size={18} aria-hidden="true" />}
      >
        Reschedule
      </Button>
      <Modal opened={opened} onClose={close} title="Move this session" size="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            <FormErrorAlert error={formError} />
            <SessionTimeFields form={form} myTimeZone={tz} counterpart={session.counterpart} />
            <TextInput
              label="Why the change?"
              description={`${them} sees this in the session’s history.`}
              placeholder="A work trip clashes with Tuesday"
              required
              maxLength={REASON_MAX}
              {...form.getInputProps('reason')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                Keep the current time
              </Button>
              <Button type="submit" loading={reschedule.isPending}>
                Move session
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
