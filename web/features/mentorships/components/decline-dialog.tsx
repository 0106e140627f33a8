import { Button, Group, Modal, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import {
  DECLINE_REASON_CHOICES,
  declineMessage,
} from '../../../../common/mentorships/decline-wording.ts';
import {
  DECLINE_NOTE_MAX,
  DECLINE_REASONS,
  type DeclineReason,
  type MentorshipSummary,
} from '../../../../common/schemas/mentorships.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useDeclineMentorship } from '../api/mentorships-queries.ts';

/**
 * Saying no, kindly: a reason from the list, optional words of one's own, and a preview of
 * exactly what the other person will read.
 */
export function DeclineDialog({
  mentorship,
  opened,
  onClose,
}: {
  mentorship: MentorshipSummary;
  opened: boolean;
  onClose: () => void;
}) {
  const me = useCurrentUser();
  const decline = useDeclineMentorship();
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const [note, setNote] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const them = firstName(mentorship.counterpart?.name ?? 'They');
  const what = mentorship.origin === 'invitation' ? 'invitation' : 'request';

  const submit = () => {
    if (!reason) {
      setReasonError('Choose the reason closest to yours.');
      return;
    }
    decline.mutate(
      { id: mentorship.id, reason, ...(note.trim() ? { note } : {}) },
      { onSuccess: onClose },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Decline ${them}’s ${what}`} centered size="lg">
      <Stack gap="md">
        <FormErrorAlert error={decline.isError ? errorMessage(decline.error) : null} />
        <Radio.Group
          label="Why are you saying no?"
          description={`${them} will read it in kind words, never as a bare reason.`}
          value={reason}
          onChange={(value) => {
            setReason(value as DeclineReason);
            setReasonError(null);
          }}
          error={reasonError}
          required
          withAsterisk={false}
        >
          <Stack gap="xs" mt="xs">
            {DECLINE_REASONS.map((value) => (
              <Radio key={value} value={value} label={DECLINE_REASON_CHOICES[value]} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={`A few words for ${them} (optional)`}
          description="A pointer to someone else, or when to ask again, goes a long way."
          autosize
          minRows={2}
          maxLength={DECLINE_NOTE_MAX}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {reason && (
          <Paper bg="gray.0" p="md" radius="md">
            <Text size="sm" fw={600} c="gray.8" mb={4}>
              {them} will read
            </Text>
            <Text size="sm" c="gray.8">
              {declineMessage(reason, { name: me.name, role: mentorship.myRole })}
            </Text>
            {note.trim() && (
              <Text size="sm" c="gray.8" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                “{note.trim()}”
              </Text>
            )}
          </Paper>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep it for now
          </Button>
          <Button color="red.9" loading={decline.isPending} onClick={submit}>
            Decline
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
