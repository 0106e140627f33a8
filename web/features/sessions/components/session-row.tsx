import { Anchor, Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { SessionSummary } from '../../../../common/schemas/sessions.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import {
  dateTile,
  durationLabel,
  isLink,
  prepBadge,
  sessionBothTimes,
} from '../lib/session-format.ts';

// A light tint behind dark text of the same hue: every label stays above 4.5:1.
const TONES = {
  // Mantine's darkest green and orange fall just under 4.5:1 on their own tints.
  green: { color: 'green', c: '#1f6f30' },
  yellow: { color: 'yellow', c: '#8f4a00' },
  red: { color: 'red', c: 'red.9' },
  gray: { color: 'gray', c: 'gray.8' },
  blue: { color: 'tandem', c: 'tandem.9' },
} as const;

/** The day of the session on the viewer's calendar, like a torn-off calendar page. */
function DateTile({ session }: { session: SessionSummary }) {
  const tile = dateTile(session.startsAt, session.myTimeZone);
  const faded = session.phase === 'cancelled' || session.phase === 'past';
  return (
    <Box
      aria-hidden="true"
      w={56}
      py={6}
      style={{
        flexShrink: 0,
        textAlign: 'center',
        borderRadius: 'var(--mantine-radius-md)',
        background: faded ? 'var(--mantine-color-gray-1)' : 'var(--mantine-color-tandem-0)',
        border: `1px solid ${faded ? 'var(--mantine-color-gray-3)' : 'var(--mantine-color-tandem-2)'}`,
      }}
    >
      <Text size="xs" fw={700} tt="uppercase" c={faded ? 'gray.7' : 'tandem.8'} lh={1.2}>
        {tile.month}
      </Text>
      <Text fz={22} fw={800} lh={1.1} c={faded ? 'gray.7' : 'gray.9'}>
        {tile.day}
      </Text>
      <Text size="xs" c="gray.7" lh={1.2}>
        {tile.weekday}
      </Text>
    </Box>
  );
}

/** One session in a list: who, when on both clocks, how long, where, and where prep stands. */
export function SessionRow({ session, now }: { session: SessionSummary; now: Date }) {
  const badge = prepBadge(session, now);
  const them = firstName(session.counterpart.name);
  const cancelled = session.phase === 'cancelled';
  const role = session.myRole === 'mentor' ? `You mentor ${them}` : `${them} mentors you`;
  return (
    <Paper withBorder radius="md" p="md" component="article">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <DateTile session={session} />
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group justify="space-between" gap="xs" align="flex-start">
            <Anchor
              component={Link}
              to={`/sessions/${session.id}`}
              fw={700}
              c="gray.9"
              td={cancelled ? 'line-through' : undefined}
            >
              Session with {them}
            </Anchor>
            <Badge
              {...TONES[badge.tone]}
              variant="light"
              radius="sm"
              tt="none"
              // A long prep note wraps on a phone instead of being cut off mid-date.
              styles={{
                root: { height: 'auto', maxWidth: '100%', paddingBlock: 2 },
                label: { whiteSpace: 'normal', overflow: 'visible' },
              }}
            >
              {badge.label}
            </Badge>
          </Group>
          <Text size="sm" c="gray.9">
            {sessionBothTimes(session)}
          </Text>
          <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
            {durationLabel(session.durationMinutes)}
            {' · '}
            {session.location
              ? isLink(session.location)
                ? 'Video call'
                : session.location
              : 'Place to be decided'}
            {' · '}
            {role}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
