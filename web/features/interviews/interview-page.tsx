import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { InterviewDetail } from '../../../common/schemas/interviews.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { formatDateTime } from '../../lib/time.ts';
import { useInterview } from './api/interview-queries.ts';
import { DescriptorList } from './components/descriptor-list.tsx';
import { ScorecardForm } from './components/scorecard-form.tsx';
import { SideBySide } from './components/side-by-side.tsx';

const others = (n: number) =>
  n === 0
    ? 'No other reviewer has submitted yet.'
    : n === 1
      ? 'One other reviewer has submitted.'
      : `${n} other reviewers have submitted.`;

function Details({ interview }: { interview: InterviewDetail }) {
  return (
    <Paper withBorder radius="lg" p="lg">
      <Stack gap={6}>
        <Text>
          <strong>When:</strong> {interview.localStart} ({interview.durationMinutes} minutes, your
          time)
        </Text>
        {interview.location && (
          <Text>
            <strong>Where:</strong> {interview.location}
          </Text>
        )}
        <Text>
          <strong>Panel:</strong> {interview.panel.map((p) => p.name).join(', ')}
        </Text>
        <Text>
          <strong>Program:</strong> {interview.programName} ({interview.cohortName})
        </Text>
      </Stack>
    </Paper>
  );
}

function Submitted({ interview }: { interview: InterviewDetail }) {
  const mine = interview.mine;
  const cards = [...(mine ? [mine] : []), ...(interview.others ?? [])];
  return (
    <Stack gap="md" component="section" aria-labelledby="scores-heading">
      <Title id="scores-heading" order={2}>
        {mine ? 'Your scores beside the others' : 'Submitted scorecards'}
      </Title>
      {mine?.submittedAt && (
        <Text c="gray.7">
          You submitted on {formatDateTime(mine.submittedAt, interview.timeZone)}. Your scorecard is
          final.
        </Text>
      )}
      {cards.length === 0 ? (
        <Text>No scorecard has been submitted yet.</Text>
      ) : (
        <SideBySide interview={interview} cards={cards} />
      )}
      {cards
        .filter((c) => c.notes.trim())
        .map((c) => (
          <Paper key={c.reviewer.id} withBorder radius="md" p="md">
            <Text fw={600}>
              {c.reviewer.id === mine?.reviewer.id ? 'Your' : `${c.reviewer.name}’s`} overall notes
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{c.notes}</Text>
          </Paper>
        ))}
    </Stack>
  );
}

/** One interview's scorecard: blind until I submit mine, then side by side with the others. */
export function InterviewPage() {
  const { interviewId = '' } = useParams();
  const query = useInterview(interviewId);
  const interview = query.data;
  usePageTitle(interview ? `Interview with ${interview.candidate.name}` : 'Interview');
  if (query.isPending) return <PageLoader label="Loading the interview…" />;
  if (query.isError || !interview) {
    return (
      <LoadFailure
        error={query.error}
        missingTitle="We could not find that interview"
        missingText="The link may be incomplete, or you are not on this interview’s panel."
        failedTitle="This interview did not load"
        action={{ to: '/programs', label: 'Go to Programs' }}
      />
    );
  }
  const cancelled = interview.status === 'cancelled';
  const mine = interview.mine;
  const drafting = mine && mine.state !== 'submitted' && !cancelled;
  return (
    <Stack gap="lg" maw={920}>
      <Anchor component={Link} to={`/applications/${interview.applicationId}`} size="sm">
        Back to the application
      </Anchor>
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1}>Interview with {interview.candidate.name}</Title>
          {cancelled && (
            <Badge color="gray.7" variant="outline">
              Cancelled
            </Badge>
          )}
        </Group>
        <Text c="gray.7" size="lg">
          {drafting
            ? 'Score each criterion on its own, from what you heard. Your draft is yours alone.'
            : 'The scorecard for this interview.'}
        </Text>
      </Stack>
      <Details interview={interview} />
      {interview.viewer.blind && (
        <Alert variant="light" color="blue" title="Scoring is blind">
          Other reviewers’ scores stay hidden until you submit yours, so every view counts on its
          own. {others(interview.othersSubmitted)}
        </Alert>
      )}
      {cancelled && mine && mine.state !== 'submitted' && (
        <Alert variant="light" color="gray" title="This interview was cancelled">
          There is nothing to score.
        </Alert>
      )}
      {drafting ? (
        <ScorecardForm interview={interview} />
      ) : interview.viewer.blind ? (
        <Stack gap="sm">
          <Title order={2}>The rubric</Title>
          {interview.rubric.map((c) => (
            <Stack key={c.id} gap={4}>
              <Text fw={600}>{c.name}</Text>
              <DescriptorList descriptors={c.descriptors} />
            </Stack>
          ))}
        </Stack>
      ) : (
        <Submitted interview={interview} />
      )}
    </Stack>
  );
}
