import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { SessionWarning } from '../../../../common/schemas/sessions.ts';

/** Things worth a second look about a session's time. They never stop anything. */
export function SessionWarnings({
  warnings,
  title = 'Worth a second look',
}: {
  warnings: SessionWarning[];
  title?: string;
}) {
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      title={title}
      icon={<IconAlertTriangle aria-hidden="true" />}
      // Mantine's yellow title is too pale on the yellow tint to read comfortably.
      styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
    >
      {warnings.length === 1 ? (
        <Text size="sm">{warnings[0]?.message}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {warnings.map((warning) => (
            <List.Item key={`${warning.kind}-${warning.person}`}>{warning.message}</List.Item>
          ))}
        </List>
      )}
      <Text size="xs" c="gray.8" mt={6}>
        The session stands as planned; change it only if it does not suit you both.
      </Text>
    </Alert>
  );
}
