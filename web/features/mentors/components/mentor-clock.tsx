import { Stack, Text } from '@mantine/core';
import { clockIn, useMinuteClock, utcOffsetLabel } from '../../../lib/time.ts';

/** Their local time next to the viewer's, so nobody has to work out a difference. */
export function MentorClock({
  mentorZone,
  viewerZone,
}: {
  mentorZone: string;
  viewerZone: string;
}) {
  const now = useMinuteClock();
  const theirs = clockIn(now, mentorZone);
  const yours = clockIn(now, viewerZone);
  return (
    <Stack gap={4}>
      <Text>
        Their time: <strong>{theirs.time}</strong> {theirs.weekday} · {mentorZone} (
        {utcOffsetLabel(mentorZone, now)})
      </Text>
      <Text c="gray.7" size="sm">
        {mentorZone === viewerZone
          ? 'The same time zone as yours.'
          : `Your time: ${yours.time} ${yours.weekday} · ${viewerZone}`}
      </Text>
    </Stack>
  );
}
