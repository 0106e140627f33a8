import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { formatCalendarDate } from '../../lib/time.ts';
import { useGoal } from './api/goals-queries.ts';
import { categoryLabel } from './components/category-label.ts';
import { DeleteGoalButton } from './components/delete-goal-button.tsx';
import { GoalNotFound } from './components/goal-not-found.tsx';
import { GoalStatusActions } from './components/goal-status-actions.tsx';
import { NudgeList } from './components/nudge-list.tsx';
import { ProgressNotes } from './components/progress-notes.tsx';
import { StatusBadge } from './components/status-badge.tsx';

export function GoalPage() {
  const { id = '' } = useParams();
  const goal = useGoal(id);
  usePageTitle(goal.data?.title ?? (goal.isError ? 'Goal not found' : 'Goal'));

  if (goal.isPending) return <PageLoader label="Loading your goal…" />;
  if (goal.isError) return <GoalNotFound error={goal.error} />;
  const { data } = goal;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/goals" size="sm">
        All goals
      </Anchor>
      <Stack gap="sm">
        <Group gap="xs">
          <StatusBadge status={data.status} />
          <Badge variant="outline" color="gray.7" radius="sm">
            {categoryLabel(data.category)}
          </Badge>
        </Group>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {data.title}
        </Title>
      </Stack>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Paper withBorder radius="lg" p="lg">
              <Stack gap="md">
                <div>
                  <Text size="sm" fw={700} c="gray.7">
                    I’ll know it’s done when…
                  </Text>
                  <Text
                    c={data.successCriterion ? 'gray.9' : 'gray.7'}
                    style={{ whiteSpace: 'pre-wrap' }}
                  >
                    {data.successCriterion || 'Not written yet.'}
                  </Text>
                </div>
                <div>
                  <Text size="sm" fw={700} c="gray.7">
                    Target date
                  </Text>
                  <Text c="gray.9">
                    {data.targetDate ? formatCalendarDate(data.targetDate) : 'None set'}
                  </Text>
                </div>
                <GoalStatusActions goal={data} />
              </Stack>
            </Paper>
            {data.nudges.length > 0 && <NudgeList nudges={data.nudges} started saved />}
            <Group gap="sm">
              <Button
                component={Link}
                to={`/goals/${data.id}/edit`}
                variant="default"
                leftSection={<IconPencil size={18} aria-hidden="true" />}
              >
                Edit
              </Button>
              <DeleteGoalButton goal={data} />
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ProgressNotes goal={data} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
