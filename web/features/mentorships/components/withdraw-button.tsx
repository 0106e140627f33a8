import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { MentorshipSummary } from '../../../../common/schemas/mentorships.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useMentorshipTransition } from '../api/mentorships-queries.ts';

/** Taking back a request that waits: asks once, since the other side may be reading it. */
export function WithdrawButton({ mentorship }: { mentorship: MentorshipSummary }) {
  const [opened, { open, close }] = useDisclosure(false);
  const withdraw = useMentorshipTransition('withdraw');
  const what = mentorship.origin === 'invitation' ? 'invitation' : 'request';
  const to = mentorship.counterpart?.name ?? mentorship.inviteEmail;
  return (
    <>
      <Button variant="default" onClick={open}>
        Withdraw {what}
      </Button>
      <Modal opened={opened} onClose={close} title={`Withdraw this ${what}?`} centered>
        <Stack gap="md">
          <FormErrorAlert error={withdraw.isError ? errorMessage(withdraw.error) : null} />
          <Text>
            {to
              ? `${to} will no longer be able to answer it.`
              : 'Nobody will be able to answer it.'}{' '}
            {what === 'invitation'
              ? 'Anyone who opens the link will see that it was withdrawn.'
              : 'You can send a new request later if you change your mind.'}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep it
            </Button>
            <Button
              loading={withdraw.isPending}
              onClick={() => withdraw.mutate(mentorship.id, { onSuccess: close })}
            >
              Withdraw
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
