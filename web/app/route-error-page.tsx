import { Box, Button, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { LogoMark } from '../components/logo.tsx';
import { ApiError } from '../lib/api-client.ts';
import { usePageTitle } from '../lib/page-title.ts';

/**
 * Shown when a page crashes or a request it depends on fails. It replaces every layout, so it
 * brings its own landmarks, and it links with plain <a> to reload the app from scratch.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  usePageTitle('Something went wrong');
  const detail =
    error instanceof ApiError
      ? error.message
      : isRouteErrorResponse(error)
        ? `${error.status} ${error.statusText}`
        : null;

  return (
    <>
      <Box component="header" py="md" px="lg">
        <Group gap={8}>
          <LogoMark />
          <Text fw={800} fz="xl" c="gray.9">
            Tandem
          </Text>
        </Group>
      </Box>
      <Box component="main" id="main" style={{ flex: 1 }}>
        <Container size="sm" py={80}>
          <Stack align="flex-start" gap="md">
            <Title order={1}>Something went wrong</Title>
            <Text c="gray.7" size="lg">
              This page ran into a problem it could not recover from. Reloading usually helps; if it
              keeps happening, try again in a few minutes.
            </Text>
            {detail && <Code block>{detail}</Code>}
            <Group>
              <Button onClick={() => window.location.reload()}>Reload the page</Button>
              <Button component="a" href="/" variant="default">
                Go to the start page
              </Button>
            </Group>
          </Stack>
        </Container>
      </Box>
    </>
  );
}
