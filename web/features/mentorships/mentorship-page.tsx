import { Anchor, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { allowedActions } from '../../../common/mentorships/mentorship-actions.ts';
import { CADENCE_LABELS } from '../../../common/mentorships/mentorship-labels.ts';
import type { MentorshipDetail } from '../../../common/schemas/mentorships.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { useMentorship } from './api/mentorships-queries.ts';
import { PairPanel } from './components/pair-panel.tsx';
import { SettingsForm } from './components/settings-form.tsx';
import { SharedGoals } from './components/shared-goals.tsx';
import { StatusPanel } from './components/status-panel.tsx';
import { MentorshipTimeline } from './components/timeline.tsx';
import { relationLine } from './mentorship-text.ts';

function MentorshipNotFound({ error }: { error: unknown }) {
  return (
    <LoadFailure
      error={error}
      missingTitle="We could not find that mentorship"
      missingText="The link may be incomplete, or it belongs to someone else’s mentoring. Yours are all on the Mentoring page."
      failedTitle="This mentorship did not load"
      action={{ to: '/mentorships', label: 'Go to Mentoring' }}
    />
  );
}

/** "You and Sam", or who the invitation waits for. */
function pageTitle(m: MentorshipDetail): string {
  if (m.counterpart) return `You and ${m.counterpart.name}`;
  return m.inviteEmail ? `Your invitation to ${m.inviteEmail}` : 'Your invitation';
}

function RequestMessage({ m }: { m: MentorshipDetail }) {
  const author =
    m.requestedBy === 'me' ? 'You wrote' : `${firstName(m.counterpart?.name ?? 'They')} wrote`;
  return (
    <Stack component="section" aria-labelledby="message-title" gap="xs">
      <Title id="message-title" order={2} fz="lg">
        {m.origin === 'invitation' ? 'The invitation' : 'The request'}
      </Title>
      <Text size="sm" c="gray.7">
        {author}:
      </Text>
      <Text
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          borderLeft: '3px solid var(--mantine-color-tandem-2)',
          paddingLeft: 12,
        }}
      >
        {m.message}
      </Text>
      {m.status === 'pending' && (
        <Text size="sm" c="gray.7">
          {m.cadence
            ? `Proposed rhythm: ${CADENCE_LABELS[m.cadence].toLowerCase()}.`
            : 'No rhythm proposed yet: you can settle it together.'}
        </Text>
      )}
    </Stack>
  );
}

type Panel = (mentorship: MentorshipDetail) => ReactNode;

/**
 * What other features show on this page, composed in by the app layer (web/app/pages), each
 * rendered where it belongs; a panel not supplied is simply not shown.
 */
export interface MentorshipPanels {
  /** Closing the mentorship, or its summary once closed: first, under the status. */
  closure?: Panel;
  /** The private "does this still make sense?" check when a round is open. */
  fitCheck?: Panel;
  /** Sessions past and upcoming. */
  sessions?: Panel;
  /** Every action item of the pair, overdue ones first. */
  actionItems?: Panel;
  /** Charts of how the pair is doing over time. */
  progress?: Panel;
}

export function MentorshipPage({ panels = {} }: { panels?: MentorshipPanels }) {
  const { id = '' } = useParams();
  const query = useMentorship(id);
  const m = query.data;
  usePageTitle(m ? pageTitle(m) : query.isError ? 'Mentorship not found' : 'Mentorship');

  if (query.isPending) return <PageLoader label="Loading the mentorship…" />;
  if (query.isError || !m) return <MentorshipNotFound error={query.error} />;
  const canUpdate = allowedActions(m).includes('update');

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/mentorships" size="sm">
        All mentoring
      </Anchor>
      <Stack gap={4}>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {pageTitle(m)}
        </Title>
        <Text c="gray.7" size="lg">
          {relationLine(m)}.
        </Text>
      </Stack>
      <PairPanel mentorship={m} />
      <StatusPanel mentorship={m} />
      {panels.closure?.(m)}
      {panels.fitCheck?.(m)}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="xl">
            {panels.sessions?.(m)}
            {panels.actionItems?.(m)}
            {panels.progress?.(m)}
            <Paper withBorder radius="lg" p="lg">
              <SharedGoals mentorship={m} />
            </Paper>
            <Paper withBorder radius="lg" p="lg">
              <RequestMessage m={m} />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            {canUpdate && (
              <Paper
                withBorder
                radius="lg"
                p="lg"
                component="section"
                aria-labelledby="settings-title"
              >
                <Title id="settings-title" order={2} fz="lg" mb="sm">
                  How you work together
                </Title>
                <SettingsForm
                  key={`${m.cadence}-${m.prepDeadlineHours}-${m.fitCheckEvery}`}
                  mentorship={m}
                />
              </Paper>
            )}
            <Paper withBorder radius="lg" p="lg">
              <MentorshipTimeline mentorship={m} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <Text size="sm" c="gray.7">
        {m.counterpart
          ? `Only you and ${m.counterpart.name} can see this page.`
          : 'Only you can see this page until someone accepts your invitation.'}
      </Text>
    </Stack>
  );
}
