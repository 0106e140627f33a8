import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/page-title.ts';
import { useMe } from '../lib/session.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  const { data: me } = useMe();
  return (
    <Container size="sm" py={80}>
      <Stack align="flex-start" gap="md">
        <Text fw={700} c="tandem.8" size="sm" tt="uppercase" lts={1}>
          Error 404
        </Text>
        <Title order={1}>We could not find that page</Title>
        <Text c="gray.7" size="lg">
          The address may have a typo, or the page may have moved. Nothing is lost: everything you
          wrote in Tandem is where you left it.
        </Text>
        <Button component={Link} to={me ? '/home' : '/'} size="md" mt="sm">
          {me ? 'Go to Home' : 'Go to the start page'}
        </Button>
      </Stack>
    </Container>
  );
}
