import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { MentorshipDetail } from '../../../common/schemas/mentorships.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { useClosure } from './api/closure-queries.ts';
import { ClosedDetails } from './components/closed-details.tsx';

function ClosedPanel({ mentorshipId }: { mentorshipId: string }) {
  const closure = useClosure(mentorshipId);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="closure-title">
      <Stack gap="md">
        <Title id="closure-title" order={2} fz="lg">
          How it ended
        </Title>
        {closure.isError && <FormErrorAlert error={errorMessage(closure.error)} />}
        {closure.data && <ClosedDetails closure={closure.data} headingLevel={3} />}
        {closure.isPending && (
          <Text size="sm" c="gray.7">
            Loading…
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The mentorship page's closure slot. While the pair meets, a quiet way to end it (never a
 * loud button next to the day-to-day ones); once closed, how it ended and the summary.
 */
export function ClosurePanel({ mentorship }: { mentorship: MentorshipDetail }) {
  if (mentorship.status === 'closed') return <ClosedPanel mentorshipId={mentorship.id} />;
  if (mentorship.status !== 'active' && mentorship.status !== 'paused') return null;
  return (
    <Group gap="xs" justify="flex-end">
      <Text size="sm" c="gray.7">
        Has this mentorship done what it was for?
      </Text>
      <Anchor component={Link} to={`/mentorships/${mentorship.id}/close`} size="sm">
        Close this mentorship
      </Anchor>
    </Group>
  );
}
