import {
  Alert,
  Button,
  Container,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCircleCheck, IconMailOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useMe } from '../../lib/session.ts';
import { useUnsubscribe, useUnsubscribeTarget } from './api/unsubscribe-queries.ts';

function Frame({ children }: { children: ReactNode }) {
  return (
    <Container size="sm" py="xl">
      <Paper withBorder radius="lg" p={{ base: 'lg', sm: 'xl' }}>
        {children}
      </Paper>
    </Container>
  );
}

function SettingsLink() {
  const me = useMe();
  if (!me.data) {
    return (
      <Text size="sm" c="gray.7">
        You can choose what reaches you, and how, in Settings once you sign in.
      </Text>
    );
  }
  return (
    <Group>
      <Button component={Link} to="/settings#notifications-title" variant="default">
        Open notification settings
      </Button>
    </Group>
  );
}

/**
 * Where a mail's "stop these" link lands: works signed out, says what it turns off, and does it
 * only on a click (mail scanners follow links; only a POST changes anything).
 */
export function UnsubscribePage() {
  usePageTitle('Stop these emails');
  const { token = '' } = useParams();
  const target = useUnsubscribeTarget(token);
  const unsubscribe = useUnsubscribe(token);

  if (target.isPending) return <PageLoader label="Checking your link" />;

  const invalid =
    target.isError &&
    target.error instanceof ApiError &&
    (target.error.status === 404 || target.error.status === 400);
  if (target.isError) {
    return (
      <Frame>
        <Stack gap="md" align="flex-start">
          <ThemeIcon size={44} radius="xl" variant="light" color="gray">
            <IconMailOff size={24} aria-hidden="true" />
          </ThemeIcon>
          <Title order={1} fz="h2">
            {invalid ? 'This link is not valid' : 'We could not check this link'}
          </Title>
          <Text c="gray.8">
            {invalid
              ? 'It may have been copied only in part, or it belongs to an email Tandem no longer recognises. Nothing was changed.'
              : errorMessage(target.error)}
          </Text>
          <SettingsLink />
        </Stack>
      </Frame>
    );
  }

  const forAddress = target.data.forAddress;
  if (unsubscribe.isSuccess) {
    return (
      <Frame>
        <Stack gap="md" align="flex-start">
          <ThemeIcon size={44} radius="xl" variant="light" color="green">
            <IconCircleCheck size={24} aria-hidden="true" />
          </ThemeIcon>
          <Title order={1} fz="h2">
            Done: no more of these
          </Title>
          {forAddress ? (
            <Text c="gray.8">
              Tandem will not send this address another email of this kind, whoever asks:{' '}
              <strong>{target.data.label}</strong>.
            </Text>
          ) : (
            <>
              <Text c="gray.8">
                You will no longer get this kind of notification, by email or in the app:{' '}
                <strong>{target.data.label}</strong>. Everything else stays as you set it.
              </Text>
              <SettingsLink />
            </>
          )}
        </Stack>
      </Frame>
    );
  }

  const alreadyOff = target.data.channel === 'off';
  return (
    <Frame>
      <Stack gap="md" align="flex-start">
        <ThemeIcon size={44} radius="xl" variant="light">
          <IconMailOff size={24} aria-hidden="true" />
        </ThemeIcon>
        <Title order={1} fz="h2">
          {forAddress ? 'Stop these emails?' : 'Stop these notifications?'}
        </Title>
        <Text c="gray.8">
          This link is for one kind of {forAddress ? 'email' : 'notification'}:{' '}
          <strong>{target.data.label}</strong>.
        </Text>
        {alreadyOff ? (
          <Alert color="gray" variant="light" title="Already off">
            You will not hear about this from Tandem. Nothing to do.
          </Alert>
        ) : (
          <>
            <Text c="gray.8">
              {forAddress
                ? 'Someone entered this address to invite you to Tandem. Turning it off means this address gets no more emails of this kind from Tandem.'
                : 'Turning it off stops both the email and the note in the app. Other notifications are not affected, and you can turn it back on in Settings at any time.'}
            </Text>
            <FormErrorAlert error={unsubscribe.isError ? errorMessage(unsubscribe.error) : null} />
            <Button loading={unsubscribe.isPending} onClick={() => unsubscribe.mutate()}>
              Turn it off
            </Button>
          </>
        )}
      </Stack>
    </Frame>
  );
}
