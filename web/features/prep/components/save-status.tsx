import { Group, Text } from '@mantine/core';
import { IconCheck, IconPencil } from '@tabler/icons-react';
import { CHANGE_COLOR } from './change-mark.tsx';

/** Explicit saving: each part says plainly whether what is on screen is saved yet. */
export function SaveStatus({
  dirty,
  saving,
  saved,
  emptyText,
}: {
  dirty: boolean;
  saving: boolean;
  /** Something is saved already (vs. nothing written yet). */
  saved: boolean;
  emptyText: string;
}) {
  const [icon, text] = saving
    ? [null, 'Saving…']
    : dirty
      ? [<IconPencil key="i" size={16} aria-hidden="true" />, 'Unsaved changes']
      : saved
        ? [<IconCheck key="i" size={16} aria-hidden="true" />, 'Saved']
        : [null, emptyText];
  return (
    <Group gap={4} role="status" c={dirty ? CHANGE_COLOR : 'gray.7'} wrap="nowrap">
      {icon}
      <Text size="sm" c="inherit">
        {text}
      </Text>
    </Group>
  );
}
