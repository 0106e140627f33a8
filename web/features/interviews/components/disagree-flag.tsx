import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** "Reviewers disagree", in words and an icon, never by colour alone. */
export function DisagreeFlag() {
  return (
    <Group gap={4} component="span" display="inline-flex" wrap="nowrap">
      <IconAlertTriangle size={16} aria-hidden="true" color="var(--mantine-color-red-9)" />
      <Text span size="sm" fw={700} c="red.9">
        Reviewers disagree
      </Text>
    </Group>
  );
}
