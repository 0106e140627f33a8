import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Agenda } from '../../../../common/schemas/agenda.ts';
import type { SessionPhase } from '../../../../common/schemas/sessions.ts';
import { bothLocalTimes, firstName } from '../../../../common/sessions/session-times.ts';
import { clockIn, useMinuteClock } from '../../../lib/time.ts';

const PHASES: Record<SessionPhase, { label: string; color: string }> = {
  upcoming: { label: 'Not started yet', color: 'tandem' },
  'in-progress': { label: 'Happening now', color: 'tandem' },
  past: { label: 'Took place', color: 'gray.7' },
  cancelled: { label: 'Cancelled', color: 'red.9' },
};

function dayOf(iso: string, timeZone: string) {
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long' }).format(
    new Date(iso),
  );
}

/** Who, when, and what time it is right now for each of you. */
export function LiveHeader({ session }: { session: Agenda['session'] }) {
  const now = useMinuteClock();
  const them = firstName(session.counterpart.name);
  const phase = PHASES[session.phase];
  return (
    <Stack gap="xs">
      <Anchor component={Link} to={`/sessions/${session.id}`} size="sm">
        Back to the session
      </Anchor>
      <Group gap="sm" wrap="wrap">
        <Badge color={phase.color} variant="filled" radius="sm">
          {phase.label}
        </Badge>
        <Text size="sm" c="gray.8">
          Now: {clockIn(now, session.myTimeZone).time} for you ·{' '}
          {clockIn(now, session.counterpart.timeZone).time} for {them}
        </Text>
      </Group>
      <Title order={1}>Session with {them}</Title>
      <Text c="gray.8">
        {dayOf(session.startsAt, session.myTimeZone)},{' '}
        {bothLocalTimes(session.startsAt, session.myTimeZone, session.counterpart)} ·{' '}
        {session.durationMinutes} min
      </Text>
    </Stack>
  );
}
