import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { LogoMark } from '../../components/logo.tsx';

export function SiteFooter() {
  return (
    <Box
      component="footer"
      bg="gray.0"
      py="xl"
      style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Container size="lg">
        <Group justify="space-between" gap="md">
          <Group gap="xs" wrap="nowrap">
            <LogoMark size={22} />
            <Text size="sm" c="gray.7">
              Tandem · Mentoring that keeps moving, one session at a time.
            </Text>
          </Group>
          <Box component="nav" aria-label="Footer">
            {/* Server-rendered, outside the client router: a full page load on purpose. */}
            <Anchor href="/api/docs" size="sm" c="gray.8">
              API reference
            </Anchor>
          </Box>
        </Group>
      </Container>
    </Box>
  );
}
