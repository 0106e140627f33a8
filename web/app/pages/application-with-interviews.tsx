import { Paper, Stack } from '@mantine/core';
import { DecisionPanel } from '../../features/interviews/components/decision-panel.tsx';
import { InterviewsPanel } from '../../features/interviews/components/interviews-panel.tsx';
import { ScoresSummary } from '../../features/interviews/components/scores-summary.tsx';
import { ApplicationPage } from '../../features/programs/application-page.tsx';

/** The staff view of an application, with its interviews, the scores so far and the decision. */
export function ApplicationWithInterviews() {
  return (
    <ApplicationPage
      panels={(applicationId) => (
        <Stack gap="xl">
          <Paper withBorder radius="lg" p="lg">
            <InterviewsPanel applicationId={applicationId} />
          </Paper>
          <Paper withBorder radius="lg" p="lg">
            <ScoresSummary applicationId={applicationId} />
          </Paper>
          <Paper withBorder radius="lg" p="lg">
            <DecisionPanel applicationId={applicationId} />
          </Paper>
        </Stack>
      )}
    />
  );
}
