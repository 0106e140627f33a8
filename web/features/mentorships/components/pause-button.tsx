import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlayerPause } from '@tabler/icons-react';
import { useState } from 'react';
import type { MentorshipDetail } from '../../../../common/schemas/mentorships.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { usePauseMentorship } from '../api/mentorships-queries.ts';

/** A break without an ending: an optional word on why, which the other person reads. */
export function PauseButton({ mentorship }: { mentorship: MentorshipDetail }) {
  const [opened, { open, close }] = useDisclosure(false);
  const pause = usePauseMentorship();
  const [note, setNote] = useState('');
  const them = firstName(mentorship.counterpart?.name ?? 'them');
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPlayerPause size={18} aria-hidden="true" />}
        onClick={open}
      >
        Pause
      </Button>
      <Modal opened={opened} onClose={close} title="Pause this mentorship?" centered>
        <Stack gap="md">
          <FormErrorAlert error={pause.isError ? errorMessage(pause.error) : null} />
          <Text>
            Nothing is lost: goals, notes and history stay, and either of you can pick it up again
            whenever it suits.
          </Text>
          <TextInput
            label={`A word for ${them} (optional)`}
            placeholder="Back after my exams in January."
            maxLength={300}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Not now
            </Button>
            <Button
              loading={pause.isPending}
              onClick={() =>
                pause.mutate(
                  { id: mentorship.id, note: note.trim() || undefined },
                  { onSuccess: close },
                )
              }
            >
              Pause
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
