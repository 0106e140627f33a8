import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import type { Goal } from '../../../../common/schemas/goals.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDeleteGoal } from '../api/goals-queries.ts';

/** Deleting cannot be undone, so it asks once, and says what goes with the goal. */
export function DeleteGoalButton({ goal }: { goal: Goal }) {
  const [opened, { open, close }] = useDisclosure(false);
  const deleteGoal = useDeleteGoal(goal.id);
  const navigate = useNavigate();
  const notes = goal.progressNotes.length;

  const confirm = () =>
    deleteGoal.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ color: 'tandem', title: 'Goal deleted', message: goal.title });
        navigate('/goals', { replace: true });
      },
    });

  return (
    <>
      <Button
        variant="subtle"
        color="red"
        // The subtle variant ignores the shade of `color`; red 9 keeps the text above 4.5:1.
        c="red.9"
        leftSection={<IconTrash size={18} aria-hidden="true" />}
        onClick={open}
      >
        Delete goal
      </Button>
      <Modal opened={opened} onClose={close} title="Delete this goal?" centered>
        <Stack gap="md">
          <FormErrorAlert error={deleteGoal.isError ? errorMessage(deleteGoal.error) : null} />
          <Text>
            “{goal.title}”{' '}
            {notes > 0
              ? `and its ${notes === 1 ? 'progress note' : `${notes} progress notes`} will be gone for good.`
              : 'will be gone for good.'}{' '}
            If you only stopped working on it, dropping it keeps the story.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button color="red.9" loading={deleteGoal.isPending} onClick={confirm}>
              Yes, delete it
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
