import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { AnswerValue, ApplicationDetail } from '../../../common/schemas/applications.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { useApplication } from './api/programs-queries.ts';
import { ApplicationStatusBadge } from './components/status-badge.tsx';
import { STATUS_LABELS } from './program-words.ts';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function answerText(value: AnswerValue): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return `${value} out of 5`;
  return value;
}

/**
 * The staff view of one application. `panels` is where other parts of the product add what they
 * know about it (interviews and their scores, the decision), below the answers.
 */
export function ApplicationView({
  application: a,
  panels,
}: {
  application: ApplicationDetail;
  panels?: ReactNode;
}) {
  return (
    <Stack gap="xl">
      <div>
        <Anchor
          component={Link}
          to={`/programs/${a.programId}/cohorts/${a.cohortId}/applications`}
          size="sm"
        >
          Applications to {a.cohortName}
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1}>{a.applicant.name}</Title>
          <ApplicationStatusBadge status={a.status} />
        </Group>
      </div>
      <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="answers-heading">
        <Title id="answers-heading" order={2} fz="lg" mb="md">
          Answers
        </Title>
        <Stack gap="md">
          {a.answers.length === 0 && <Text c="gray.7">No answers were given.</Text>}
          {a.answers.map((answer) => (
            <div key={answer.questionId}>
              <Text fw={600}>{answer.label}</Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{answerText(answer.value)}</Text>
            </div>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="history-heading">
        <Title id="history-heading" order={2} fz="lg" mb="md">
          History
        </Title>
        <List spacing={4}>
          {a.history.map((h) => (
            <List.Item key={`${h.status}-${h.at}`}>
              {STATUS_LABELS[h.status]} · {when.format(new Date(h.at))}
            </List.Item>
          ))}
        </List>
        {a.decisionReason && (
          <Text mt="sm">
            <strong>Reason given:</strong> {a.decisionReason}
          </Text>
        )}
      </Paper>
      {panels}
    </Stack>
  );
}

export function ApplicationPage({ panels }: { panels?: (applicationId: string) => ReactNode }) {
  const { applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  usePageTitle(
    application.data ? `Application · ${application.data.applicant.name}` : 'Application',
  );
  if (application.isPending) return <PageLoader />;
  if (application.isError) {
    return (
      <LoadFailure
        error={application.error}
        missingTitle="We could not find that application"
        missingText="It may have been removed, or it is not one you can read."
        failedTitle="The application did not load"
        action={{ to: '/programs', label: 'Back to programs' }}
      />
    );
  }
  return <ApplicationView application={application.data} panels={panels?.(application.data.id)} />;
}
