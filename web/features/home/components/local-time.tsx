import { Anchor, Group, Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { clockIn } from '../../../lib/time.ts';

/** "It's 14:05 on Tuesday in Europe/Paris": the clock every session time will be shown in. */
export function LocalTime({ now, timeZone }: { now: Date; timeZone: string }) {
  const { time, weekday } = clockIn(now, timeZone);
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <IconClock
        size={20}
        stroke={1.75}
        color="var(--mantine-color-tandem-8)"
        aria-hidden="true"
        style={{ flexShrink: 0, marginTop: 3 }}
      />
      <Text c="gray.8" size="lg">
        It's <time dateTime={now.toISOString()}>{time}</time> on {weekday} in {timeZone}.{' '}
        <Anchor component={Link} to="/settings" size="sm" c="tandem.8">
          Change time zone
        </Anchor>
      </Text>
    </Group>
  );
}
