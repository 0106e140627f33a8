import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';

/** A session that is missing (removed, mistyped, or not one of yours) or could not be loaded. */
export function SessionNotFound({ error }: { error: unknown }) {
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <Container size="sm" px={0} py="xl">
      <Stack align="flex-start" gap="md">
        <Title order={1}>
          {missing ? 'We could not find that session' : 'This session did not load'}
        </Title>
        <Text c="gray.7" size="lg">
          {missing
            ? 'The link may be incomplete, or the session may belong to someone else’s mentorship. Your own sessions are all listed on one page.'
            : errorMessage(error)}
        </Text>
        <Button component={Link} to="/sessions">
          See my sessions
        </Button>
      </Stack>
    </Container>
  );
}
