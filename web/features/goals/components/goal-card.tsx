import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendar, IconNotes } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { GoalSummary } from '../../../../common/schemas/goals.ts';
import { formatCalendarDate } from '../../../lib/time.ts';
import { categoryLabel } from './category-label.ts';
import { StatusBadge } from './status-badge.tsx';

/** One goal in the list; its title links to the goal's page. */
export function GoalCard({ goal }: { goal: GoalSummary }) {
  const notes = goal.progressNoteCount;
  return (
    <Paper component="article" withBorder radius="lg" p="lg" h="100%">
      <Stack gap="sm" h="100%">
        <Group gap="xs">
          <StatusBadge status={goal.status} />
          <Badge variant="outline" color="gray.7" radius="sm">
            {categoryLabel(goal.category)}
          </Badge>
        </Group>
        <Title order={2} fz="lg" lh={1.35}>
          <Anchor component={Link} to={`/goals/${goal.id}`} c="gray.9" inherit>
            {goal.title}
          </Anchor>
        </Title>
        {goal.successCriterion ? (
          <Text size="sm" c="gray.8" lineClamp={3}>
            <Text span fw={600} inherit>
              Done when:{' '}
            </Text>
            {goal.successCriterion}
          </Text>
        ) : (
          <Text size="sm" c="gray.7" fs="italic">
            No finish line written yet.
          </Text>
        )}
        <Group gap="lg" mt="auto" c="gray.7">
          <Group gap={6} wrap="nowrap">
            <IconCalendar size={16} aria-hidden="true" />
            <Text size="sm">
              {goal.targetDate ? `Target ${formatCalendarDate(goal.targetDate)}` : 'No target date'}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <IconNotes size={16} aria-hidden="true" />
            <Text size="sm">{notes === 1 ? '1 progress note' : `${notes} progress notes`}</Text>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
