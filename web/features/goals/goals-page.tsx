import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { GOAL_STATUSES, type GoalStatus } from '../../../common/schemas/goals.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useGoals } from './api/goals-queries.ts';
import { EmptyGoals } from './components/empty-goals.tsx';
import { GoalCard } from './components/goal-card.tsx';
import { STATUS_LABELS } from './components/status-badge.tsx';

const filters = [
  { value: 'all', label: 'All' },
  ...GOAL_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
];

function parseStatus(value: string | null): GoalStatus | undefined {
  return GOAL_STATUSES.find((status) => status === value);
}

export function GoalsPage() {
  usePageTitle('Goals');
  // The filter lives in the address, so a reload or a shared link keeps it.
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const goals = useGoals(status);
  const list = goals.data?.goals ?? [];
  const filtered = status !== undefined;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1}>Goals</Title>
          <Text c="gray.7" size="lg">
            What you want from mentoring, written so that you and a mentor can tell when it is done.
          </Text>
        </Stack>
        <Button
          component={Link}
          to="/goals/new"
          leftSection={<IconPlus size={18} aria-hidden="true" />}
        >
          New goal
        </Button>
      </Group>
      {/* Nothing to filter before the first goal exists. */}
      {(filtered || list.length > 0) && (
        <SegmentedControl
          aria-label="Show goals"
          data={filters}
          value={status ?? 'all'}
          onChange={(value) =>
            setParams(value === 'all' ? {} : { status: value }, { replace: true })
          }
          w={{ base: '100%', xs: 'auto' }}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {goals.isPending ? (
        <PageLoader label="Loading your goals…" />
      ) : goals.isError ? (
        <FormErrorAlert error={errorMessage(goals.error)} />
      ) : list.length === 0 ? (
        filtered ? (
          <Text c="gray.7" py="xl">
            No {STATUS_LABELS[status].toLowerCase()} goals right now.
          </Text>
        ) : (
          <EmptyGoals />
        )
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {list.map((goal) => (
            <GoalCard key={goal.id} goal={goal} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
