import { List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { MentorshipDetail } from '../../../common/schemas/mentorships.ts';
import type { ProgressEvent } from '../../../common/schemas/progress.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { formatCalendarDate } from '../../lib/time.ts';
import { useProgress } from './api/use-progress.ts';

// recharts is the heaviest library we ship: only a mentorship with history downloads it.
const ProgressCharts = lazy(() => import('./components/progress-charts.tsx'));

const GOAL_WORDS = {
  yes: 'the goal was met',
  partly: 'the goal was partly met',
  no: 'the goal was not met',
};

function eventLine(e: ProgressEvent, them: string): string {
  const who = e.actor === 'me' ? 'You' : them;
  switch (e.kind) {
    case 'first-session':
      return 'Your first session together';
    case 'review':
      return `${who} reviewed a session: ${GOAL_WORDS[e.detail as keyof typeof GOAL_WORDS] ?? 'reviewed'}`;
    case 'item-done':
      return `${who} finished “${e.detail}”`;
    case 'paused':
      return `${who} paused the mentorship`;
    case 'resumed':
      return `${who} picked the mentorship back up`;
  }
}

function ChartsLoading() {
  return (
    <Stack gap="md" aria-hidden="true">
      <Skeleton h={260} />
      <Skeleton h={260} />
    </Stack>
  );
}

/** "How it's going": four small charts over the pair's shared history, for both of them. */
export function ProgressPanel({ mentorship }: { mentorship: MentorshipDetail }) {
  const progress = useProgress(mentorship.id);
  const p = progress.data;
  const them = firstName(mentorship.counterpart?.name ?? 'They');
  const dayOf = (iso: string) =>
    new Date(iso).toLocaleDateString('en-CA', { timeZone: p?.timeZone });
  const recent = p?.timeline.slice(-5).reverse() ?? [];

  return (
    <Paper component="section" aria-labelledby="progress-title" withBorder radius="lg" p="lg">
      <Title id="progress-title" order={2} fz="xl" mb="sm">
        How it’s going
      </Title>
      {progress.isPending ? (
        <ChartsLoading />
      ) : progress.isError || !p ? (
        <Text c="red.9" size="sm">
          {errorMessage(progress.error)}
        </Text>
      ) : p.heldCount === 0 ? (
        <Text c="gray.8">
          Your charts fill in after your first session: how often you meet, how each session went
          for both of you, and how your action items are moving.
        </Text>
      ) : (
        <Stack gap="lg">
          <Suspense fallback={<ChartsLoading />}>
            <ProgressCharts progress={p} />
          </Suspense>
          {recent.length > 0 && (
            <Stack gap={6}>
              <Title order={3} fz="md">
                Recent moments
              </Title>
              <List spacing={4} size="sm" c="gray.9">
                {recent.map((e) => (
                  <List.Item key={`${e.kind}-${e.at}-${e.detail}`}>
                    <Text span size="sm" c="gray.7">
                      {formatCalendarDate(dayOf(e.at))}
                    </Text>
                    {' · '}
                    {eventLine(e, them)}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </Stack>
      )}
    </Paper>
  );
}
