import { Divider, Stack, Text, Title } from '@mantine/core';
import { CLOSE_REASON_LABELS } from '../../../../common/mentorships/close-reasons.ts';
import type { Closure } from '../../../../common/schemas/closure.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { formatDateTime } from '../../../lib/time.ts';
import { AppreciationForm } from './appreciation-form.tsx';
import { SummaryDownloads } from './summary-downloads.tsx';

const quote = {
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  borderLeft: '3px solid var(--mantine-color-tandem-2)',
  paddingLeft: 12,
} as const;

/** A closed mentorship: who ended it and why, both appreciations, and the summary to keep. */
export function ClosedDetails({
  closure,
  headingLevel = 2,
}: {
  closure: Closure;
  headingLevel?: 2 | 3;
}) {
  const me = useCurrentUser();
  const them = firstName(closure.counterpart.name);
  const when = closure.closedAt ? formatDateTime(closure.closedAt, me.timeZone) : '';
  const by = closure.closedBy === 'me' ? 'You' : them;
  const theirs = closure.appreciations.theirs;
  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Text>
          {by} closed this mentorship on {when}.
          {closure.reason && ` ${CLOSE_REASON_LABELS[closure.reason]}.`}
        </Text>
        {closure.note && (
          <Stack gap={4}>
            <Text size="sm" c="gray.7">
              {closure.closedBy === 'me' ? `Your words to ${them}:` : `${them}’s words to you:`}
            </Text>
            <Text style={quote}>{closure.note}</Text>
          </Stack>
        )}
        <Text size="sm" c="gray.7">
          Notes, reviews and goals stay here for both of you.
        </Text>
      </Stack>
      <Divider />
      <Title order={headingLevel} fz="md">
        Appreciations
      </Title>
      <AppreciationForm closure={closure} />
      <Stack gap={6}>
        <Text fw={600}>What {them} appreciated about you</Text>
        {theirs ? (
          <Text style={quote}>{theirs.text}</Text>
        ) : (
          <Text size="sm" c="gray.7">
            {them} has not written anything yet. You will see it here when they do.
          </Text>
        )}
      </Stack>
      <Divider />
      <SummaryDownloads mentorshipId={closure.mentorshipId} final />
    </Stack>
  );
}
