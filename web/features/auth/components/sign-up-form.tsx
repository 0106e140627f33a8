import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  PASSWORD_MIN_LENGTH,
  type SignUpInput,
  signUpInput,
} from '../../../../common/schemas/account.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { browserTimeZone, TimeZoneSelect } from '../../../components/time-zone-select.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import type { AuthPageState } from '../../../lib/return-path.ts';
import { useSignUp } from '../api/use-start-session.ts';

export function SignUpForm() {
  const signUp = useSignUp();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignUpInput>({
    initialValues: { name: '', email: '', password: '', timeZone: browserTimeZone() },
    validate: zodValidate(signUpInput),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    signUp.mutate(values, {
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'email_taken') {
          form.setFieldError(
            'email',
            <>
              {error.message}{' '}
              <Anchor
                component={Link}
                to="/sign-in"
                state={{ email: values.email } satisfies AuthPageState}
                inherit
              >
                Sign in with this email
              </Anchor>
            </>,
          );
          return;
        }
        if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <TextInput
          label="Name"
          autoComplete="name"
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          description={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <TimeZoneSelect
          label="Time zone"
          description="Session times are shown in this zone. We guessed it from your browser."
          required
          allowDeselect={false}
          {...form.getInputProps('timeZone')}
        />
        <Button type="submit" size="md" fullWidth loading={signUp.isPending} mt="xs">
          Create account
        </Button>
      </Stack>
    </form>
  );
}
