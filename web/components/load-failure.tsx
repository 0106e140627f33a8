import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../lib/api-client.ts';

/** True when the API said the thing is not there (or its id is malformed): deleted, mistyped, or not yours. */
export function isMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

interface LoadFailureProps {
  error: unknown;
  /** Title and words when the thing is missing. */
  missingTitle: string;
  missingText: string;
  /** Title when it exists but did not load (the error's own message follows). */
  failedTitle: string;
  /** Where to go instead. */
  action: { to: string; label: string; variant?: 'filled' | 'default' };
}

/** A page whose subject is missing or failed to load: says which, and offers a way on. */
export function LoadFailure({
  error,
  missingTitle,
  missingText,
  failedTitle,
  action,
}: LoadFailureProps) {
  const missing = isMissing(error);
  return (
    <Container size="sm" px={0} py="xl">
      <Stack align="flex-start" gap="md">
        <Title order={1}>{missing ? missingTitle : failedTitle}</Title>
        <Text c="gray.7" size="lg">
          {missing ? missingText : errorMessage(error)}
        </Text>
        <Button component={Link} to={action.to} variant={action.variant ?? 'filled'}>
          {action.label}
        </Button>
      </Stack>
    </Container>
  );
}
