import { Box, Button, Chip, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { type UsualHours, usualHoursInput } from '../../../../common/schemas/calendar.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import { useSaveUsualHours, useUsualHours } from '../api/usual-hours-queries.ts';
import { describeUsualHours, timeOptions, WEEKDAY_LABELS } from '../usual-hours-text.ts';

type Values = Pick<UsualHours, 'startMinute' | 'endMinute' | 'days'>;

export function UsualHoursSection({ timeZone }: { timeZone: string }) {
  const hours = useUsualHours();
  if (hours.isPending) return <Loader size="sm" aria-label="Loading your usual hours" />;
  if (hours.isError) return <FormErrorAlert error={errorMessage(hours.error)} />;
  return <UsualHoursForm saved={hours.data} timeZone={timeZone} />;
}

function UsualHoursForm({ saved, timeZone }: { saved: UsualHours; timeZone: string }) {
  const save = useSaveUsualHours();
  const [formError, setFormError] = useState<string | null>(null);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { startMinute: saved.startMinute, endMinute: saved.endMinute, days: saved.days },
    validate: zodValidate(usualHoursInput),
    onValuesChange: () => setSavedNote(null),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    save.mutate(values, {
      onSuccess: (next) => {
        const fresh = { startMinute: next.startMinute, endMinute: next.endMinute, days: next.days };
        form.setInitialValues(fresh);
        form.setValues(fresh);
        setSavedNote(`Saved: ${describeUsualHours(next)}.`);
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
      },
    });
  });

  const { startMinute, endMinute } = form.getValues();
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <Group grow align="flex-start">
          <NativeSelect
            label="From"
            data={timeOptions(0, 1410, startMinute)}
            {...form.getInputProps('startMinute')}
            value={String(startMinute)}
            onChange={(e) => form.setFieldValue('startMinute', Number(e.currentTarget.value))}
          />
          <NativeSelect
            label="Until"
            data={timeOptions(30, 1440, endMinute)}
            {...form.getInputProps('endMinute')}
            value={String(endMinute)}
            onChange={(e) => form.setFieldValue('endMinute', Number(e.currentTarget.value))}
          />
        </Group>
        <Box component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
          <Text component="legend" fw={500} size="sm" mb={6}>
            Days
          </Text>
          <Chip.Group
            multiple
            value={form.getValues().days.map(String)}
            onChange={(days) => form.setFieldValue('days', days.map(Number))}
          >
            <Group gap="xs">
              {WEEKDAY_LABELS.map((label, index) => (
                <Chip key={label} value={String(index + 1)}>
                  {label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {form.errors.days ? (
            <Text c="red.8" size="sm" mt={6}>
              {form.errors.days}
            </Text>
          ) : null}
        </Box>
        <Text size="sm" c="gray.7">
          In your time zone, {timeZone}.{' '}
          {saved.isDefault && !form.isDirty()
            ? 'These are Tandem’s defaults until you save your own.'
            : null}
        </Text>
        <Group justify="flex-end" gap="md">
          <Text role="status" size="sm" c="tandem.8" fw={500}>
            {savedNote ? (
              <Group component="span" gap={4} wrap="nowrap">
                <IconCircleCheck size={18} aria-hidden="true" />
                {savedNote}
              </Group>
            ) : null}
          </Text>
          <Button
            type="submit"
            loading={save.isPending}
            // Tandem's defaults can be kept as they are: saving them makes them yours.
            disabled={!form.isDirty() && !saved.isDefault}
          >
            Save usual hours
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
