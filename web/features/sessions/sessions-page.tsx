import { Grid, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../lib/page-title.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { useSessions } from './api/sessions-queries.ts';
import { SessionList } from './components/session-list.tsx';

/** All my sessions across my mentorships: what is coming (and its prep), and what has been. */
export function SessionsPage() {
  usePageTitle('Sessions');
  const me = useCurrentUser();
  const upcoming = useSessions('upcoming');
  const past = useSessions('past');

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>Sessions</Title>
        <Text c="gray.7" size="lg">
          Every session with each of your mentors and mentees, on your clock and theirs.
        </Text>
      </Stack>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack component="section" aria-labelledby="upcoming-title" gap="sm">
            <Title id="upcoming-title" order={2} fz="xl">
              Upcoming
            </Title>
            <SessionList
              query={upcoming}
              empty="No sessions planned. Open one of your mentorships to schedule the next one."
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack component="section" aria-labelledby="past-title" gap="sm">
            <Title id="past-title" order={2} fz="xl">
              Past and cancelled
            </Title>
            <SessionList
              query={past}
              empty="Sessions you have had will be listed here."
              initial={5}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      <Text size="sm" c="gray.7">
        Times are shown in your time zone, {me.timeZone.replace(/_/g, ' ')}, with the other person’s
        beside them.
      </Text>
    </Stack>
  );
}
