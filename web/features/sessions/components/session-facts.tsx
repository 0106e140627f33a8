import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SessionDetail } from '../../../../common/schemas/sessions.ts';
import { firstName, wallTimeIn } from '../../../../common/sessions/session-times.ts';
import { dayDateTime, durationLabel, isLink, longDate, timeRange } from '../lib/session-format.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="sm" fw={700} c="gray.7">
        {label}
      </Text>
      <Text component="dd" m={0} c="gray.9" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

const zoneName = (zone: string) => zone.split('/').pop()?.replace(/_/g, ' ') ?? zone;

/** When on both clocks, how long, and where: the facts both people need to turn up. */
export function SessionFacts({ session }: { session: SessionDetail }) {
  const mine = session.myTimeZone;
  const theirs = session.counterpart.timeZone;
  const them = firstName(session.counterpart.name);
  const myDay = wallTimeIn(new Date(session.startsAt), mine);
  const theirDay = wallTimeIn(new Date(session.startsAt), theirs);
  const sameDay = myDay.day === theirDay.day && myDay.month === theirDay.month;
  const theirStart = sameDay
    ? timeRange(session.startsAt, session.endsAt, theirs)
    : `${dayDateTime(session.startsAt, theirs).split(',')[0]}, ${timeRange(session.startsAt, session.endsAt, theirs)}`;

  return (
    <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="md" m={0}>
      <Fact label="For you">
        {longDate(session.startsAt, mine)}, {timeRange(session.startsAt, session.endsAt, mine)}
      </Fact>
      <Fact label={`For ${them}`}>
        {theirStart}{' '}
        <Text component="span" c="gray.7" size="sm">
          ({zoneName(theirs)} time)
        </Text>
      </Fact>
      <Fact label="Length">{durationLabel(session.durationMinutes)}</Fact>
      <Fact label="Where">
        {!session.location ? (
          <Text component="span" c="gray.7">
            Not decided yet
          </Text>
        ) : isLink(session.location) ? (
          <Anchor href={session.location} target="_blank" rel="noopener noreferrer">
            {session.location}
          </Anchor>
        ) : (
          session.location
        )}
      </Fact>
    </SimpleGrid>
  );
}
