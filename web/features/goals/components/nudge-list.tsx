import { List, Paper, Text } from '@mantine/core';
import { IconBulb, IconCircleCheck } from '@tabler/icons-react';
import type { GoalNudge } from '../../../../common/goals/goal-nudges.ts';

/**
 * Suggestions for a sharper goal, worded as help rather than errors; they never stop a save.
 * Polite live region: a screen reader hears new suggestions once the typing pauses.
 */
interface Props {
  nudges: GoalNudge[];
  /** False while the form is still blank: then only say what this box is for. */
  started: boolean;
  /** On a saved goal the reassurance about saving no longer applies. */
  saved?: boolean;
}

export function NudgeList({ nudges, started, saved = false }: Props) {
  const clear = started && nudges.length === 0;
  return (
    <Paper
      radius="md"
      p="md"
      bg={clear ? 'tandem.0' : 'yellow.0'}
      withBorder
      style={{
        borderColor: clear ? 'var(--mantine-color-tandem-2)' : 'var(--mantine-color-yellow-3)',
      }}
      aria-live="polite"
      data-testid="goal-nudges"
    >
      {!started ? (
        <Text size="sm" c="gray.8">
          Suggestions to make your goal more specific will appear here as you write.
        </Text>
      ) : clear ? (
        <Text size="sm" c="gray.9" fw={600} style={{ display: 'flex', gap: 8 }}>
          <IconCircleCheck size={20} aria-hidden="true" color="var(--mantine-color-tandem-8)" />
          This goal reads clear and specific. Your mentor will know what you are after.
        </Text>
      ) : (
        <>
          <Text size="sm" fw={700} c="gray.9" mb={6} style={{ display: 'flex', gap: 8 }}>
            <IconBulb size={20} aria-hidden="true" color="var(--mantine-color-yellow-9)" />
            {saved
              ? 'Ideas to sharpen this goal'
              : 'Ideas to sharpen it (you can save it as it is)'}
          </Text>
          <List size="sm" spacing={4} c="gray.9">
            {nudges.map((nudge) => (
              <List.Item key={nudge.field}>{nudge.message}</List.Item>
            ))}
          </List>
        </>
      )}
    </Paper>
  );
}
