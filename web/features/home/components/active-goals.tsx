import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate } from '../../../lib/time.ts';
import { useMyGoals } from '../api/use-my-goals.ts';

const SHOWN = 3;

/** What the member is working on now, or an invitation to write the first goal. */
export function ActiveGoals() {
  const goals = useMyGoals();
  const all = goals.data?.goals ?? [];
  const list = all.filter((goal) => goal.status === 'active');

  return (
    <Paper component="section" aria-labelledby="active-goals-title" withBorder radius="lg" p="lg">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title id="active-goals-title" order={2} fz="xl">
          Your active goals
        </Title>
        {list.length > 0 && (
          <Button
            component={Link}
            to="/goals/new"
            variant="light"
            size="xs"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
          >
            New goal
          </Button>
        )}
      </Group>
      {goals.isPending ? (
        <Stack gap="xs" aria-hidden="true">
          <Skeleton h={20} />
          <Skeleton h={20} w="70%" />
        </Stack>
      ) : goals.isError ? (
        <Text c="red.8" size="sm">
          {errorMessage(goals.error)}
        </Text>
      ) : list.length === 0 ? (
        <Stack gap="sm" align="flex-start">
          <Text c="gray.8">
            {all.length === 0
              ? 'Everything in Tandem starts from a goal: one sentence about what you want, and how you will know you got there.'
              : 'Nothing active right now. What would you like to work on next?'}
          </Text>
          <Group gap="sm">
            <Button component={Link} to="/goals/new">
              {all.length === 0 ? 'Write your first goal' : 'Write a new goal'}
            </Button>
            {all.length > 0 && (
              <Button component={Link} to="/goals" variant="default">
                See past goals
              </Button>
            )}
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.slice(0, SHOWN).map((goal) => (
              <li key={goal.id}>
                <Anchor component={Link} to={`/goals/${goal.id}`} fw={600} c="gray.9">
                  {goal.title}
                </Anchor>
                <Text size="sm" c="gray.7">
                  {goal.targetDate
                    ? `Target ${formatCalendarDate(goal.targetDate)}`
                    : 'No target date'}
                  {' · '}
                  {goal.progressNoteCount === 1
                    ? '1 progress note'
                    : `${goal.progressNoteCount} progress notes`}
                </Text>
              </li>
            ))}
          </Stack>
          <Anchor component={Link} to="/goals" size="sm" fw={600}>
            <Group gap={4} component="span">
              {list.length > SHOWN ? `See all ${list.length} active goals` : 'See all goals'}
              <IconArrowRight size={16} aria-hidden="true" />
            </Group>
          </Anchor>
        </Stack>
      )}
    </Paper>
  );
}
