import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { MentorshipDetail } from '../../../../common/schemas/mentorships.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { clockIn, useMinuteClock } from '../../../lib/time.ts';

function Person({
  label,
  name,
  timeZone,
  now,
}: {
  label: string;
  name: string;
  timeZone: string | null;
  now: Date;
}) {
  const clock = timeZone ? clockIn(now, timeZone) : null;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap={2}>
        <Text size="xs" fw={700} c="gray.7" tt="uppercase">
          {label}
        </Text>
        <Text fw={600} fz="lg" style={{ overflowWrap: 'anywhere' }}>
          {name}
        </Text>
        {clock && timeZone ? (
          <Text size="sm" c="gray.7">
            {clock.time} {clock.weekday} now · {timeZone}
          </Text>
        ) : (
          <Text size="sm" c="gray.7">
            Not joined yet
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** The two people, the mentor first, each with the time it is where they are right now. */
export function PairPanel({ mentorship }: { mentorship: MentorshipDetail }) {
  const me = useCurrentUser();
  const now = useMinuteClock();
  const mine = { name: `${me.name} (you)`, timeZone: me.timeZone };
  const theirs = mentorship.counterpart
    ? { name: mentorship.counterpart.name, timeZone: mentorship.counterpart.timeZone }
    : { name: mentorship.inviteEmail ?? 'The person you invite', timeZone: null };
  const [mentor, mentee] = mentorship.myRole === 'mentor' ? [mine, theirs] : [theirs, mine];
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" component="section" aria-label="The pair">
      <Person label="Mentor" {...mentor} now={now} />
      <Person label="Mentee" {...mentee} now={now} />
    </SimpleGrid>
  );
}
