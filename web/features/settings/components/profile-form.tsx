import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  DATE_LOCALE_IDS,
  DATE_LOCALES,
  type DateLocale,
  dateLocaleExample,
} from '../../../../common/dates/date-locales.ts';
import type { Me } from '../../../../common/schemas/account.ts';
import { updateMeInput } from '../../../../common/schemas/account.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { TimeZoneSelect } from '../../../components/time-zone-select.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import { useUpdateMe } from '../api/use-update-me.ts';

type ProfileValues = { name: string; timeZone: string; locale: DateLocale };

const LOCALE_CHOICES = DATE_LOCALE_IDS.map((id) => ({
  value: id,
  label: `${DATE_LOCALES[id]} — ${dateLocaleExample(id)}`,
}));

export function ProfileForm({ me }: { me: Me }) {
  const updateMe = useUpdateMe();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ProfileValues>({
    initialValues: { name: me.name, timeZone: me.timeZone, locale: me.locale },
    validate: zodValidate(updateMeInput),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    // Send only what changed: the API treats every field as optional.
    const changes = Object.fromEntries(
      Object.entries(values).filter(([field]) => form.isDirty(field)),
    ) as Partial<ProfileValues>;
    updateMe.mutate(changes, {
      onSuccess: (saved) => {
        const next = { name: saved.name, timeZone: saved.timeZone, locale: saved.locale };
        form.setInitialValues(next);
        form.setValues(next);
        notifications.show({
          color: 'tandem',
          title: 'Profile saved',
          message: 'Your changes are live.',
        });
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <TextInput label="Name" autoComplete="name" required {...form.getInputProps('name')} />
        <TextInput
          label="Email"
          value={me.email}
          readOnly
          variant="filled"
          description="The address you sign in with. It cannot be changed yet."
        />
        <TimeZoneSelect
          label="Time zone"
          description="Used for every time Tandem shows you."
          required
          allowDeselect={false}
          {...form.getInputProps('timeZone')}
        />
        <Select
          label="Date and time format"
          description="How Tandem writes dates and times in its mails and notifications."
          data={LOCALE_CHOICES}
          allowDeselect={false}
          {...form.getInputProps('locale')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={updateMe.isPending} disabled={!form.isDirty()}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
