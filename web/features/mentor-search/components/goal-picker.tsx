import { Anchor, Select, Skeleton, Text } from '@mantine/core';
import { Link } from 'react-router';
import { GOAL_CATEGORIES } from '../../../../common/taxonomy/goal-categories.ts';
import { labelLookup } from '../../../../common/taxonomy/lookup.ts';
import { useActiveGoals } from '../api/use-active-goals.ts';

const categoryLabel = labelLookup(GOAL_CATEGORIES);
const NO_GOAL = 'none';

/** "Rank for a goal": one of the member's active goals, or none (rank by profile alone). */
export function GoalPicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (goalId: string | null) => void;
}) {
  const goals = useActiveGoals();

  if (goals.isPending) return <Skeleton height={60} radius="md" aria-hidden="true" />;
  // Ranking still works without goals, so a failed goal list only loses the picker.
  if (goals.isError) {
    return (
      <Text size="sm" c="gray.7">
        We could not load your goals just now, so mentors are ranked by your profile alone.
      </Text>
    );
  }
  if (goals.data.length === 0) {
    return (
      <Text size="sm" c="gray.8">
        <Text span fw={600}>
          Rank for a goal:
        </Text>{' '}
        you have no active goal yet.{' '}
        <Anchor component={Link} to="/goals/new">
          Write a goal
        </Anchor>{' '}
        and we will rank mentors by how well they can help with it.
      </Text>
    );
  }

  const data = [
    { value: NO_GOAL, label: 'No goal, rank by my profile' },
    ...goals.data.map((goal) => ({
      value: goal.id,
      label: `${goal.title} (${categoryLabel(goal.category)})`,
    })),
  ];
  return (
    <Select
      label="Rank for a goal"
      description="Mentors who help with this kind of goal rise to the top."
      data={data}
      value={value && goals.data.some((g) => g.id === value) ? value : NO_GOAL}
      onChange={(next) => onChange(next && next !== NO_GOAL ? next : null)}
      allowDeselect={false}
      comboboxProps={{ keepMounted: false }}
    />
  );
}
