import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MentorshipSummary } from '../../../../common/schemas/mentorships.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { formatDateTime } from '../../../lib/time.ts';
import { counterpartName, expiresIn, nextSessionText, relationLine } from '../mentorship-text.ts';
import { MentorshipStatusBadge } from './status-badge.tsx';

/** What a list card says under the name, by where the mentorship stands. */
function Facts({ m }: { m: MentorshipSummary }) {
  const me = useCurrentUser();
  if (m.status === 'pending') {
    return (
      <Text size="sm" c="gray.7">
        Sent {formatDateTime(m.requestedAt, me.timeZone)}
        {m.expiresAt && ` · expires ${expiresIn(m.expiresAt)} if nobody answers`}
      </Text>
    );
  }
  if (m.status === 'active' || m.status === 'paused') {
    const next = nextSessionText(m, me.timeZone);
    return (
      <Text size="sm" c="gray.8">
        {next ? `Next session: ${next}` : 'No session planned yet.'}
      </Text>
    );
  }
  if (m.status === 'declined' && m.decline) {
    return (
      <Stack gap={4}>
        {m.requestedBy === 'me' ? (
          <Text size="sm" c="gray.8">
            {m.decline.message}
          </Text>
        ) : (
          <Text size="sm" c="gray.7">
            You declined on {formatDateTime(m.respondedAt ?? m.requestedAt, me.timeZone)}.
          </Text>
        )}
        {m.decline.note && (
          <Text size="sm" c="gray.8" style={{ whiteSpace: 'pre-wrap' }}>
            “{m.decline.note}”
          </Text>
        )}
      </Stack>
    );
  }
  const when = m.closedAt ?? m.expiresAt ?? m.requestedAt;
  const words: Record<string, string> = {
    withdrawn:
      m.requestedBy === 'me' ? 'You withdrew it.' : 'They withdrew it before you answered.',
    expired: `Nobody answered in time; it expired on ${formatDateTime(when, me.timeZone)}.`,
    closed: `Ended on ${formatDateTime(when, me.timeZone)}.`,
  };
  return (
    <Text size="sm" c="gray.7">
      {words[m.status] ?? ''}
    </Text>
  );
}

/** One mentorship in a list: who, how it stands, and the actions that fit (as children). */
export function MentorshipCard({
  mentorship: m,
  showMessage = false,
  children,
}: {
  mentorship: MentorshipSummary;
  showMessage?: boolean;
  children?: ReactNode;
}) {
  const titleId = `mentorship-${m.id}-title`;
  return (
    <Paper component="article" aria-labelledby={titleId} withBorder radius="lg" p="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          {/* A long email as the name pushes the badges onto their own line. */}
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
            <Title id={titleId} order={3} fz="lg" style={{ overflowWrap: 'anywhere' }}>
              <Anchor component={Link} to={`/mentorships/${m.id}`} inherit c="gray.9">
                {counterpartName(m)}
              </Anchor>
            </Title>
            <Text size="sm" c="gray.7">
              {relationLine(m)}
            </Text>
          </Stack>
          <Group gap={6}>
            {m.origin === 'invitation' && (
              <Badge variant="outline" color="gray.7" radius="sm" tt="none">
                Invitation
              </Badge>
            )}
            <MentorshipStatusBadge status={m.status} />
          </Group>
        </Group>
        {showMessage && m.message && (
          <Text
            size="sm"
            c="gray.8"
            lineClamp={4}
            style={{
              whiteSpace: 'pre-wrap',
              borderLeft: '3px solid var(--mantine-color-tandem-2)',
              paddingLeft: 12,
            }}
          >
            {m.message}
          </Text>
        )}
        <Facts m={m} />
        {children}
      </Stack>
    </Paper>
  );
}
