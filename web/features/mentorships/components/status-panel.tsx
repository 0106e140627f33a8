import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLink, IconPlayerPlay } from '@tabler/icons-react';
import { allowedActions } from '../../../../common/mentorships/mentorship-actions.ts';
import type { MentorshipDetail } from '../../../../common/schemas/mentorships.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { formatDateTime } from '../../../lib/time.ts';
import { useMentorshipTransition, useRegenerateInviteLink } from '../api/mentorships-queries.ts';
import { expiresIn } from '../mentorship-text.ts';
import { AnswerButtons } from './answer-buttons.tsx';
import { InviteLinkBox } from './invite-link-box.tsx';
import { PauseButton } from './pause-button.tsx';
import { MentorshipStatusBadge } from './status-badge.tsx';
import { WithdrawButton } from './withdraw-button.tsx';

/** Where the mentorship stands, in one sentence for this viewer. */
function StatusSentence({ m }: { m: MentorshipDetail }) {
  const me = useCurrentUser();
  const at = (iso: string | null) => (iso ? formatDateTime(iso, me.timeZone) : '');
  const them = m.counterpart ? firstName(m.counterpart.name) : null;
  const expiry = m.expiresAt ? ` If nobody answers, it expires ${expiresIn(m.expiresAt)}.` : '';
  switch (m.status) {
    case 'pending':
      if (m.requestedBy === 'them') {
        return <Text>{`${them ?? 'They'} asked on ${at(m.requestedAt)}.${expiry}`}</Text>;
      }
      return (
        <Text>
          {them
            ? `Waiting for ${them}’s answer.${expiry}`
            : `Waiting for ${m.inviteEmail ?? 'the person you share the link with'} to accept.${expiry}`}
        </Text>
      );
    case 'active':
      return <Text>Ongoing since {at(m.startedAt)}.</Text>;
    case 'paused':
      return (
        <Text>
          Paused since {at(m.pausedAt)}. Either of you can pick it up again whenever it suits.
        </Text>
      );
    case 'declined':
      return (
        <Stack gap={4}>
          <Text>
            {m.requestedBy === 'me' && m.decline
              ? m.decline.message
              : `You declined on ${at(m.respondedAt)}.`}
          </Text>
          {m.decline?.note && (
            <Text c="gray.8" style={{ whiteSpace: 'pre-wrap' }}>
              “{m.decline.note}”
            </Text>
          )}
        </Stack>
      );
    case 'withdrawn':
      return (
        <Text>
          {m.requestedBy === 'me' ? 'You withdrew it.' : 'It was withdrawn before you answered.'}
        </Text>
      );
    case 'expired':
      return <Text>Nobody answered in time, so it expired on {at(m.expiresAt)}.</Text>;
    case 'closed':
      return <Text>Ended on {at(m.closedAt)}.</Text>;
  }
}

/** The status and the buttons this viewer may use now (the shared rules decide which). */
export function StatusPanel({ mentorship }: { mentorship: MentorshipDetail }) {
  const actions = allowedActions(mentorship);
  const resume = useMentorshipTransition('resume');
  const newLink = useRegenerateInviteLink(mentorship.id);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="status-title">
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title id="status-title" order={2} fz="lg">
            Status
          </Title>
          <MentorshipStatusBadge status={mentorship.status} />
        </Group>
        <StatusSentence m={mentorship} />
        <FormErrorAlert
          error={
            resume.isError
              ? errorMessage(resume.error)
              : newLink.isError
                ? errorMessage(newLink.error)
                : null
          }
        />
        {actions.includes('accept') && <AnswerButtons mentorship={mentorship} />}
        {actions.some((a) => a !== 'accept' && a !== 'decline' && a !== 'update') && (
          <Group gap="sm">
            {actions.includes('pause') && <PauseButton mentorship={mentorship} />}
            {actions.includes('resume') && (
              <Button
                leftSection={<IconPlayerPlay size={18} aria-hidden="true" />}
                loading={resume.isPending}
                onClick={() => resume.mutate(mentorship.id)}
              >
                Resume
              </Button>
            )}
            {actions.includes('withdraw') && <WithdrawButton mentorship={mentorship} />}
            {actions.includes('regenerate-link') && (
              <Button
                variant="light"
                leftSection={<IconLink size={18} aria-hidden="true" />}
                loading={newLink.isPending}
                onClick={() => newLink.mutate()}
              >
                {newLink.data ? 'Make another link' : 'Make a new link'}
              </Button>
            )}
          </Group>
        )}
        {newLink.data && <InviteLinkBox url={newLink.data.inviteUrl} />}
      </Stack>
    </Paper>
  );
}
