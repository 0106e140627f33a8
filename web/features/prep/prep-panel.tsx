import { Alert, Divider, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { SessionDetail } from '../../../common/schemas/sessions.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { usePrep } from './api/prep-queries.ts';
import { MentorPrepCard } from './components/mentor-prep-card.tsx';
import { PrepQuestions } from './components/prep-questions.tsx';
import { PrepResources } from './components/prep-resources.tsx';
import { PrepReceipt, PrepShare } from './components/prep-share.tsx';
import { SessionGoalForm } from './components/session-goal-form.tsx';

/**
 * The prep part of a session page: the mentee's editor, or the mentor's card leading to the
 * brief. The session page renders it through its `prepPanel` slot.
 */
export function PrepPanel({ session }: { session: SessionDetail }) {
  if (session.myRole === 'mentor') return <MentorPrepCard session={session} />;
  return <MenteePrep session={session} />;
}

function MenteePrep({ session }: { session: SessionDetail }) {
  const prep = usePrep(session.id);
  const mentor = firstName(session.counterpart.name);

  return (
    <Paper
      component="section"
      aria-labelledby="prep-title"
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Stack gap="lg">
        <div>
          <Title id="prep-title" order={2} fz="xl">
            Your prep
          </Title>
          <Text size="sm" c="gray.7" mt={4}>
            {prep.data && !prep.data.editable
              ? 'This session is behind you or was cancelled, so its prep stays as it was.'
              : `Share a goal, your questions and a few links before you meet, so ${mentor} arrives ready for you. Each part saves when you press its button.`}
          </Text>
        </div>
        {prep.isPending ? (
          <Group gap="xs" role="status">
            <Loader size="sm" aria-hidden="true" />
            <Text size="sm" c="gray.7">
              Loading your prep…
            </Text>
          </Group>
        ) : prep.isError ? (
          <Alert color="red" variant="light" title="Your prep did not load">
            {errorMessage(prep.error)}
          </Alert>
        ) : (
          <>
            <PrepReceipt prep={prep.data} timeZone={session.myTimeZone} mentorName={mentor} />
            <SessionGoalForm prep={prep.data} mentorName={mentor} />
            <Divider />
            <PrepQuestions prep={prep.data} mentorName={mentor} />
            <Divider />
            <PrepResources prep={prep.data} mentorName={mentor} />
            {!prep.data.sharedAt && (
              <>
                <Divider />
                <PrepShare prep={prep.data} session={session} mentorName={mentor} />
              </>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
