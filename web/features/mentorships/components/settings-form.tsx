import { Button, Group, NumberInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  FIT_CHECK_EVERY_MAX,
  FIT_CHECK_EVERY_MIN,
} from '../../../../common/fit-check/fit-check-rounds.ts';
import {
  type Cadence,
  type MentorshipDetail,
  PREP_DEADLINE_HOURS_MAX,
} from '../../../../common/schemas/mentorships.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { useUpdateMentorship } from '../api/mentorships-queries.ts';
import { CadenceSelect } from './cadence-select.tsx';

interface SettingsValues {
  cadence: Cadence | null;
  prepDeadlineHours: number | string;
  fitCheckEvery: number | string;
}

const wholeBetween = (value: number | string, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** How often the pair meets, how early the mentee's prep is due, and how often the fit check asks. */
export function SettingsForm({ mentorship }: { mentorship: MentorshipDetail }) {
  const update = useUpdateMentorship(mentorship.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SettingsValues>({
    initialValues: {
      cadence: mentorship.cadence,
      prepDeadlineHours: mentorship.prepDeadlineHours,
      fitCheckEvery: mentorship.fitCheckEvery,
    },
    validate: {
      prepDeadlineHours: (value) =>
        wholeBetween(value, 1, PREP_DEADLINE_HOURS_MAX)
          ? null
          : `Use whole hours from 1 to ${PREP_DEADLINE_HOURS_MAX} (a week).`,
      fitCheckEvery: (value) =>
        wholeBetween(value, FIT_CHECK_EVERY_MIN, FIT_CHECK_EVERY_MAX)
          ? null
          : `Use a whole number of sessions from ${FIT_CHECK_EVERY_MIN} to ${FIT_CHECK_EVERY_MAX}.`,
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit(async (input) => {
    setFormError(null);
    try {
      await update.mutateAsync({
        cadence: input.cadence,
        prepDeadlineHours: Number(input.prepDeadlineHours),
        fitCheckEvery: Number(input.fitCheckEvery),
      });
      form.resetDirty();
      notifications.show({
        color: 'tandem',
        title: 'Saved',
        message: 'Both of you see the change.',
      });
    } catch (error) {
      if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Mentorship settings">
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <CadenceSelect
          label="How often you meet"
          value={values.cadence}
          onChange={(cadence) => form.setFieldValue('cadence', cadence)}
          error={form.errors.cadence}
        />
        <NumberInput
          label="Prep due before each session (hours)"
          description="The mentee shares their session goal and questions at least this long before."
          min={1}
          max={PREP_DEADLINE_HOURS_MAX}
          allowDecimal={false}
          {...form.getInputProps('prepDeadlineHours')}
        />
        <NumberInput
          label="Fit check every (sessions)"
          description="You each answer privately whether this still works for you, after the 1st and 3rd sessions, then every this many."
          min={FIT_CHECK_EVERY_MIN}
          max={FIT_CHECK_EVERY_MAX}
          allowDecimal={false}
          {...form.getInputProps('fitCheckEvery')}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="light"
            loading={update.isPending}
            disabled={!form.isDirty()}
          >
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
