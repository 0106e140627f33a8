import { Button, Checkbox, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  type ChangePasswordInput,
  changePasswordInput,
  PASSWORD_MIN_LENGTH,
} from '../../../../common/schemas/account.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import { useChangePassword } from '../api/use-change-password.ts';

// Unticked like the API's default; the description says when ticking it is wise.
const emptyValues = { currentPassword: '', newPassword: '', revokeOtherSessions: false };

export function PasswordForm() {
  const changePassword = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Required<ChangePasswordInput>>({
    initialValues: emptyValues,
    validate: zodValidate(changePasswordInput),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    changePassword.mutate(values, {
      onSuccess: () => {
        form.setValues(emptyValues);
        form.resetDirty(emptyValues);
        notifications.show({
          color: 'tandem',
          title: 'Password changed',
          message: values.revokeOtherSessions
            ? 'Use your new password from now on. Other devices have been signed out.'
            : 'Use your new password from now on.',
        });
      },
      onError: (error) => {
        // The only credential in this form that can be "wrong" is the current password.
        if (error instanceof ApiError && error.code === 'invalid_credentials') {
          form.setFieldError('currentPassword', error.message);
        } else if (!applyFieldErrors(form, error)) {
          setFormError(errorMessage(error));
        }
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <Checkbox
          label="Sign out of other devices"
          description="Recommended if you think someone else knows your old password."
          {...form.getInputProps('revokeOtherSessions', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={changePassword.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
