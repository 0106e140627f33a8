import { Anchor, Badge, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { NeedItem, NeedKind } from '../../../../common/schemas/needs.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { formatCalendarDate, formatDateTime } from '../../../lib/time.ts';
import { useNeeds } from '../api/use-needs.ts';

/** The groups in the order a day is best spent on them; each with its heading and link words. */
const GROUPS: { kind: NeedKind; heading: string; action: string }[] = [
  { kind: 'request', heading: 'Waiting for your answer', action: 'Answer the request' },
  { kind: 'prep', heading: 'Prep to write and share', action: 'Open the prep' },
  { kind: 'brief', heading: 'Briefs to read', action: 'Read the brief' },
  { kind: 'action-item', heading: 'Your action items', action: 'See action items' },
  { kind: 'review', heading: 'Sessions to review', action: 'Write your review' },
  { kind: 'fit-check', heading: 'A private check-in', action: 'Answer privately' },
];

/** "Share by 26 Nov 2026, 09:00", in the member's own zone. */
function dueLine(n: NeedItem, timeZone: string): string | null {
  const late = n.urgency === 'overdue';
  if (n.dueDate) return `${late ? 'Was due' : 'Due'} ${formatCalendarDate(n.dueDate)}`;
  if (!n.dueAt) return null;
  const when = formatDateTime(n.dueAt, timeZone);
  switch (n.kind) {
    case 'prep':
      return late ? `Was due to be shared by ${when}` : `Share by ${when}`;
    case 'brief':
      return `Session starts ${when}`;
    case 'review':
      return `Open until ${when}`;
    case 'fit-check':
    case 'request':
      return `Answer by ${when}`;
    default:
      return when;
  }
}

function NeedRow({ need, action, timeZone }: { need: NeedItem; action: string; timeZone: string }) {
  const due = dueLine(need, timeZone);
  const withWhom =
    need.counterpartName && need.kind === 'action-item' ? ` · with ${need.counterpartName}` : '';
  return (
    <Stack component="li" gap={2}>
      <Text fw={600} c="gray.9" style={{ overflowWrap: 'anywhere' }}>
        {need.title}
      </Text>
      <Group gap="xs" wrap="wrap">
        {need.urgency === 'overdue' && (
          <Badge color="red.9" variant="filled" size="sm">
            Overdue
          </Badge>
        )}
        {need.changedSinceRead && (
          <Badge color="tandem.9" variant="filled" size="sm">
            Updated
          </Badge>
        )}
        {(due || withWhom) && (
          <Text size="sm" c="gray.7">
            {due}
            {withWhom}
          </Text>
        )}
        <Anchor component={Link} to={need.link} size="sm" fw={600}>
          {action}
        </Anchor>
      </Group>
    </Stack>
  );
}

/** "What needs you now": everything waiting for the member, grouped, most pressing first. */
export function NeedsYou() {
  const me = useCurrentUser();
  const needs = useNeeds();
  const list = needs.data ?? [];

  return (
    <Paper
      component="section"
      aria-labelledby="needs-you-title"
      withBorder
      radius="lg"
      p="lg"
      bg="tandem.0"
    >
      <Title id="needs-you-title" order={2} fz="xl" mb="sm">
        What needs you now
      </Title>
      {needs.isPending ? (
        <Stack gap="xs" aria-hidden="true">
          <Skeleton h={20} />
          <Skeleton h={20} w="70%" />
        </Stack>
      ) : needs.isError ? (
        <Text c="red.9" size="sm">
          {errorMessage(needs.error)}
        </Text>
      ) : list.length === 0 ? (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconCircleCheck size={22} aria-hidden="true" color="var(--mantine-color-tandem-8)" />
          <Text c="gray.8">
            <Text span fw={700} c="gray.9">
              You’re all caught up.
            </Text>{' '}
            Prep to share, briefs to read and reviews to write will show up here when they come.
          </Text>
        </Group>
      ) : (
        <Stack gap="md">
          {GROUPS.map(({ kind, heading, action }) => {
            const items = list.filter((n) => n.kind === kind);
            if (items.length === 0) return null;
            const headingId = `needs-${kind}`;
            return (
              <Stack key={kind} component="section" aria-labelledby={headingId} gap={6}>
                <Title id={headingId} order={3} fz="sm" tt="uppercase" c="gray.8" lts={0.5}>
                  {heading}
                </Title>
                <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
                  {items.map((need) => (
                    <NeedRow key={need.key} need={need} action={action} timeZone={me.timeZone} />
                  ))}
                </Stack>
              </Stack>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
