import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconPlayerPlay, IconX } from '@tabler/icons-react';
import type { Goal, GoalStatus } from '../../../../common/schemas/goals.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useUpdateGoal } from '../api/goals-queries.ts';

const confirmations: Record<GoalStatus, string> = {
  achieved: 'Well done. It is on your timeline.',
  dropped: 'Letting go of a goal is a decision too. You can pick it up again any time.',
  active: 'Back on your list of active goals.',
};

/** The moves a goal can make from where it is: finish it, let it go, or pick it up again. */
export function GoalStatusActions({ goal }: { goal: Goal }) {
  const update = useUpdateGoal(goal.id);
  const setStatus = (status: GoalStatus) =>
    update.mutate(
      { status },
      {
        onSuccess: () =>
          notifications.show({
            color: 'tandem',
            title: 'Status changed',
            message: confirmations[status],
          }),
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(error) }),
      },
    );
  const pending = update.isPending ? update.variables?.status : undefined;

  if (goal.status !== 'active') {
    return (
      <Button
        variant="light"
        leftSection={<IconPlayerPlay size={18} aria-hidden="true" />}
        loading={pending === 'active'}
        onClick={() => setStatus('active')}
      >
        Make active again
      </Button>
    );
  }
  return (
    <Group gap="sm">
      <Button
        leftSection={<IconCircleCheck size={18} aria-hidden="true" />}
        loading={pending === 'achieved'}
        disabled={update.isPending}
        onClick={() => setStatus('achieved')}
      >
        Mark as achieved
      </Button>
      <Button
        variant="default"
        leftSection={<IconX size={18} aria-hidden="true" />}
        loading={pending === 'dropped'}
        disabled={update.isPending}
        onClick={() => setStatus('dropped')}
      >
        Drop goal
      </Button>
    </Group>
  );
}
