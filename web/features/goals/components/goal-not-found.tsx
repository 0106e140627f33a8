import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';

/** A goal that is missing (deleted, mistyped, or someone else's) or could not be loaded. */
export function GoalNotFound({ error }: { error: unknown }) {
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <Container size="sm" px={0} py="xl">
      <Stack align="flex-start" gap="md">
        <Title order={1}>
          {missing ? 'We could not find that goal' : 'This goal did not load'}
        </Title>
        <Text c="gray.7" size="lg">
          {missing
            ? 'It may have been deleted, or the link may be incomplete. Your other goals are where you left them.'
            : errorMessage(error)}
        </Text>
        <Button component={Link} to="/goals">
          Back to my goals
        </Button>
      </Stack>
    </Container>
  );
}
