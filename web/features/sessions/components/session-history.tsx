import { Paper, Text, Timeline, Title } from '@mantine/core';
import {
  IconArrowsExchange,
  IconCalendarCheck,
  IconCalendarEvent,
  IconCalendarX,
} from '@tabler/icons-react';
import type { SessionDetail } from '../../../../common/schemas/sessions.ts';
import { formatDateTime } from '../../../lib/time.ts';
import { historyLine } from '../lib/session-format.ts';

const ICONS = {
  scheduled: IconCalendarEvent,
  recorded: IconCalendarCheck,
  rescheduled: IconArrowsExchange,
  cancelled: IconCalendarX,
} as const;

/** What happened to the session's time, oldest first, as both people see it. */
export function SessionHistory({ session }: { session: SessionDetail }) {
  if (session.history.length === 0) return null;
  return (
    <Paper
      component="section"
      aria-labelledby="history-title"
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Title id="history-title" order={2} fz="xl" mb="md">
        History
      </Title>
      <Timeline bulletSize={24} lineWidth={2} color="tandem" active={session.history.length - 1}>
        {session.history.map((event) => {
          const Icon = ICONS[event.kind];
          return (
            <Timeline.Item
              key={`${event.kind}-${event.createdAt}`}
              bullet={<Icon size={14} aria-hidden="true" />}
            >
              <Text size="sm" c="gray.9" style={{ overflowWrap: 'anywhere' }}>
                {historyLine(event, session.counterpart.name, session.myTimeZone)}
              </Text>
              <Text size="xs" c="gray.7">
                <time dateTime={event.createdAt}>
                  {formatDateTime(event.createdAt, session.myTimeZone)}
                </time>
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}
