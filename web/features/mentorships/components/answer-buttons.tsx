import { Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import type { MentorshipSummary } from '../../../../common/schemas/mentorships.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useMentorshipTransition } from '../api/mentorships-queries.ts';
import { DeclineDialog } from './decline-dialog.tsx';

/** Accept, or decline with a reason: what the asked person can do with a waiting request. */
export function AnswerButtons({
  mentorship,
  onAccepted,
}: {
  mentorship: MentorshipSummary;
  onAccepted?: (id: string) => void;
}) {
  const accept = useMentorshipTransition('accept');
  const [declining, { open, close }] = useDisclosure(false);
  const who = firstName(mentorship.counterpart?.name ?? 'them');
  return (
    <Stack gap="xs">
      <FormErrorAlert error={accept.isError ? errorMessage(accept.error) : null} />
      <Group gap="sm">
        <Button
          leftSection={<IconCheck size={18} aria-hidden="true" />}
          loading={accept.isPending}
          onClick={() =>
            accept.mutate(mentorship.id, {
              onSuccess: (accepted) => {
                notifications.show({
                  color: 'tandem',
                  title: 'Accepted',
                  message: `You and ${who} are a pair now. Plan your first session together.`,
                });
                onAccepted?.(accepted.id);
              },
            })
          }
        >
          Accept
        </Button>
        <Button variant="default" onClick={open}>
          Decline…
        </Button>
      </Group>
      <DeclineDialog mentorship={mentorship} opened={declining} onClose={close} />
    </Stack>
  );
}
