import { Anchor, Checkbox, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { GoalSummary } from '../../../../common/schemas/goals.ts';
import { GOAL_CATEGORIES } from '../../../../common/taxonomy/goal-categories.ts';
import { labelLookup } from '../../../../common/taxonomy/lookup.ts';

const categoryLabel = labelLookup(GOAL_CATEGORIES);

/** The member's active goals as checkboxes: the ones ticked are shared with the other person. */
export function GoalCheckboxes({
  goals,
  value,
  onChange,
  label,
  description,
  error,
}: {
  goals: GoalSummary[];
  value: string[];
  onChange: (ids: string[]) => void;
  label: string;
  description: ReactNode;
  error?: ReactNode;
}) {
  if (goals.length === 0) {
    return (
      <Stack gap={4}>
        <Text fw={500} size="sm">
          {label}
        </Text>
        <Text size="sm" c="gray.8">
          You have no goal in progress yet. A mentor can help most when they know what you are
          aiming for:{' '}
          <Anchor component={Link} to="/goals/new">
            write a goal first
          </Anchor>
          , then come back here.
        </Text>
        {error && (
          <Text size="sm" c="red.8">
            {error}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      error={error}
    >
      <Stack gap="sm" mt="xs">
        {goals.map((goal) => (
          <Checkbox
            key={goal.id}
            value={goal.id}
            label={goal.title}
            description={categoryLabel(goal.category)}
            styles={{ label: { fontWeight: 500 } }}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
