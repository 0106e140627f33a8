import { Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { bothLocalTimes, firstName } from '../../../../common/sessions/session-times.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/time.ts';
import { useUpcomingSessions } from '../api/use-next-session.ts';

/** The next session on both clocks, so nobody has to convert; nothing to show until one exists. */
export function NextSession() {
  const sessions = useUpcomingSessions();
  const next = sessions.data?.sessions[0];
  if (sessions.isSuccess && !next) return null;

  return (
    <Paper component="section" aria-labelledby="next-session-title" withBorder radius="lg" p="lg">
      <Group justify="space-between" gap="xs" mb="sm">
        <Title id="next-session-title" order={2} fz="xl">
          Next session
        </Title>
        <Anchor component={Link} to="/sessions" size="sm" fw={600}>
          <Group gap={4} component="span">
            All sessions
            <IconArrowRight size={16} aria-hidden="true" />
          </Group>
        </Anchor>
      </Group>
      {sessions.isPending ? (
        <Stack gap="xs" aria-hidden="true">
          <Skeleton h={20} />
          <Skeleton h={20} w="60%" />
        </Stack>
      ) : sessions.isError ? (
        <Text c="red.9" size="sm">
          {errorMessage(sessions.error)}
        </Text>
      ) : next ? (
        <Stack gap={4}>
          <Anchor component={Link} to={`/sessions/${next.id}`} fw={700} c="gray.9">
            Session with {firstName(next.counterpart.name)}
          </Anchor>
          <Text c="gray.9">
            {next.phase === 'in-progress'
              ? 'Happening now'
              : formatDateTime(next.startsAt, next.myTimeZone).split(',')[0]}
            {' · '}
            {bothLocalTimes(next.startsAt, next.myTimeZone, next.counterpart)}
          </Text>
        </Stack>
      ) : null}
    </Paper>
  );
}
