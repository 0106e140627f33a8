import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDown, IconNotes } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { SessionDetail, SessionPhase } from '../../../common/schemas/sessions.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { useSession } from './api/sessions-queries.ts';
import { CancelSessionDialog } from './components/cancel-session-dialog.tsx';
import { CancelledNotice } from './components/cancelled-notice.tsx';
import { ReadinessChecklist } from './components/readiness-checklist.tsx';
import { RescheduleDialog } from './components/reschedule-dialog.tsx';
import { SessionFacts } from './components/session-facts.tsx';
import { SessionHistory } from './components/session-history.tsx';
import { SessionNotFound } from './components/session-not-found.tsx';
import { SessionWarnings } from './components/session-warnings.tsx';
import { sessionBothTimes } from './lib/session-format.ts';

const PHASES: Record<SessionPhase, { label: string; color: string }> = {
  upcoming: { label: 'Upcoming', color: 'tandem' },
  'in-progress': { label: 'Happening now', color: 'tandem' },
  past: { label: 'Took place', color: 'gray.7' },
  cancelled: { label: 'Cancelled', color: 'red.9' },
};

export interface SessionPageProps {
  /** The prep editor (mentee) or brief (mentor), composed in by the router. */
  prepPanel?: (session: SessionDetail) => ReactNode;
  /** Both people's reviews once the session has started, composed in by the router. */
  reviewPanel?: (session: SessionDetail) => ReactNode;
}

/** One session: when on both clocks, where, readiness, what changed, and the ways to change it. */
export function SessionPage({ prepPanel, reviewPanel }: SessionPageProps) {
  const { id = '' } = useParams();
  const query = useSession(id);
  const them = query.data ? firstName(query.data.counterpart.name) : null;
  usePageTitle(them ? `Session with ${them}` : query.isError ? 'Session not found' : 'Session');

  if (query.isPending) return <PageLoader label="Loading the session…" />;
  if (query.isError) return <SessionNotFound error={query.error} />;
  const session = query.data;
  const phase = PHASES[session.phase];
  const changeable = session.phase === 'upcoming' || session.phase === 'in-progress';
  const role = session.myRole === 'mentor' ? `You are ${them}’s mentor` : `${them} is your mentor`;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/sessions" size="sm">
        All sessions
      </Anchor>
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color={phase.color} variant="filled" radius="sm">
            {phase.label}
          </Badge>
          <Text size="sm" c="gray.7">
            {role}
          </Text>
        </Group>
        <Title order={1}>Session with {them}</Title>
        <Text size="lg" c="gray.8">
          {sessionBothTimes(session)}
        </Text>
      </Stack>
      <SessionWarnings warnings={session.warnings} />
      {session.phase === 'cancelled' && <CancelledNotice session={session} />}
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
        <Stack gap="lg">
          <SessionFacts session={session} />
          {session.phase !== 'cancelled' && (
            <Button
              component={Link}
              to={`/sessions/${session.id}/live`}
              variant={session.phase === 'upcoming' ? 'light' : 'filled'}
              leftSection={<IconNotes size={18} aria-hidden="true" />}
              style={{ alignSelf: 'flex-start' }}
            >
              {session.phase === 'past' ? 'Agenda and notes' : 'Open the live session'}
            </Button>
          )}
          {changeable && (
            <Group gap="sm">
              <Button
                component="a"
                href={`/api/sessions/${session.id}/calendar.ics`}
                download
                variant="light"
                leftSection={<IconCalendarDown size={18} aria-hidden="true" />}
              >
                Add to calendar
              </Button>
              <RescheduleDialog session={session} />
              <CancelSessionDialog session={session} />
            </Group>
          )}
        </Stack>
      </Paper>
      <Grid gap="xl">
        {/* The checklist first on a phone (what is missing), beside the prep on a wide screen. */}
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            {session.phase !== 'cancelled' && <ReadinessChecklist session={session} />}
            <SessionHistory session={session} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <Stack gap="xl">
            {reviewPanel?.(session)}
            {prepPanel?.(session)}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
