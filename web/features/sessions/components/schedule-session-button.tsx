import { Button, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PersonRef } from '../../../../common/schemas/mentorships.ts';
import { RECORD_HORIZON_DAYS, type SessionDetail } from '../../../../common/schemas/sessions.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useScheduleSession } from '../api/sessions-queries.ts';
import { longDate, sessionBothTimes } from '../lib/session-format.ts';
import {
  minutesOf,
  SessionTimeFields,
  type SessionTimeValues,
  startOf,
  timeValuesFrom,
  validateTimeValues,
} from './session-time-fields.tsx';
import { SessionWarnings } from './session-warnings.tsx';

interface Props {
  mentorshipId: string;
  counterpart: PersonRef;
}

/** "Schedule a session": the form in a dialog, then what was saved and anything worth a look. */
export function ScheduleSessionButton({ mentorshipId, counterpart }: Props) {
  const me = useCurrentUser();
  const [opened, { open, close }] = useDisclosure(false);
  const [saved, setSaved] = useState<SessionDetail | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  // "We already met": the same form records a session that took place outside Tandem.
  const [held, setHeld] = useState(false);
  const schedule = useScheduleSession();
  const form = useForm<SessionTimeValues>({
    initialValues: timeValuesFrom(null, me.timeZone),
    validate: (values) => validateTimeValues(values, me.timeZone, new Date(), { held }),
  });
  const them = firstName(counterpart.name);

  const reset = () => {
    close();
    setSaved(null);
    setFormError(null);
    setHeld(false);
    form.reset();
  };

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const start = startOf(values, me.timeZone);
    if (!start) return;
    schedule.mutate(
      {
        mentorshipId,
        startsAt: start.toISOString(),
        durationMinutes: minutesOf(values),
        location: values.location,
        ...(held && { held: true }),
      },
      {
        onSuccess: (session) => {
          if (session.warnings.length > 0) {
            setSaved(session);
            return;
          }
          notifications.show({
            color: 'tandem',
            title: held ? 'Session recorded' : 'Session scheduled',
            message: sessionBothTimes(session),
          });
          reset();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
        },
      },
    );
  });

  return (
    <>
      <Button onClick={open} leftSection={<IconCalendarPlus size={18} aria-hidden="true" />}>
        Schedule a session
      </Button>
      <Modal
        opened={opened}
        onClose={reset}
        title={
          saved
            ? held
              ? 'Session recorded'
              : 'Session scheduled'
            : held
              ? `Record a session you had with ${them}`
              : `Schedule a session with ${them}`
        }
        size="lg"
      >
        {saved ? (
          <Stack gap="md">
            <Text>
              {longDate(saved.startsAt, saved.myTimeZone)} · {sessionBothTimes(saved)}. {them} can
              see it now.
            </Text>
            <SessionWarnings warnings={saved.warnings} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={reset}>
                Done
              </Button>
              <Button component={Link} to={`/sessions/${saved.id}`}>
                Open the session
              </Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={submit} noValidate>
            <Stack gap="lg">
              <FormErrorAlert error={formError} />
              <Switch
                label="We already met"
                description={
                  held
                    ? `Give the day and time you met, within the last ${RECORD_HORIZON_DAYS} days. Its agenda, notes and action items then have a home.`
                    : 'For a call you had without scheduling it here first.'
                }
                checked={held}
                onChange={(event) => {
                  setHeld(event.currentTarget.checked);
                  form.clearFieldError('startsAt');
                }}
              />
              <SessionTimeFields form={form} myTimeZone={me.timeZone} counterpart={counterpart} />
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={reset}>
                  Not now
                </Button>
                <Button type="submit" loading={schedule.isPending}>
                  {held ? 'Record it' : 'Schedule'}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
