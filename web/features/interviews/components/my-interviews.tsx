import { Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { ScorecardState } from '../../../../common/schemas/interviews.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useMyInterviews } from '../api/interview-queries.ts';

const SCORE_WORDS: Record<ScorecardState, string> = {
  'not-started': 'Score this interview',
  draft: 'Finish your scorecard',
  submitted: 'See the scorecards',
};

/** My upcoming interviews, as a candidate and as a reviewer, for the Programs page. */
export function MyInterviews() {
  const query = useMyInterviews();
  const data = query.data;
  if (query.isPending) return <Loader size="sm" aria-label="Loading your interviews" />;
  if (query.isError) return <FormErrorAlert error={errorMessage(query.error)} />;
  if (!data || (data.asCandidate.length === 0 && data.asReviewer.length === 0)) return null;
  return (
    <Stack gap="md" component="section" aria-labelledby="my-interviews-heading">
      <Title id="my-interviews-heading" order={2} fz="xl">
        Your interviews
      </Title>
      {data.asCandidate.map((i) => (
        <Paper key={i.id} withBorder radius="md" p="md">
          <Stack gap={4}>
            <Text fw={600}>
              Interview for {i.programName} ({i.cohortName})
            </Text>
            <Text size="sm">
              {i.localStart}, your time · {i.durationMinutes} minutes
            </Text>
            {i.location && <Text size="sm">Where: {i.location}</Text>}
          </Stack>
        </Paper>
      ))}
      {data.asReviewer.map((i) => (
        <Paper key={i.id} withBorder radius="md" p="md">
          <Stack gap={4}>
            <Group justify="space-between">
              <Text fw={600}>
                Interview with {i.candidate.name} · {i.programName}
              </Text>
              <Badge variant="outline" color={i.myScorecard === 'submitted' ? 'teal.9' : 'gray.7'}>
                {i.myScorecard === 'submitted'
                  ? 'Scorecard submitted'
                  : i.myScorecard === 'draft'
                    ? 'Scorecard in draft'
                    : 'Not scored yet'}
              </Badge>
            </Group>
            <Text size="sm">
              {i.localStart}, your time · {i.durationMinutes} minutes
            </Text>
            {i.location && <Text size="sm">Where: {i.location}</Text>}
            <Anchor component={Link} to={`/interviews/${i.id}`} size="sm">
              {SCORE_WORDS[i.myScorecard]}
            </Anchor>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
