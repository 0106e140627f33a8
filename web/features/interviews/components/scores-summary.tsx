import { Alert, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useApplicationScores } from '../api/interview-queries.ts';
import { DisagreeFlag } from './disagree-flag.tsx';

const fmt = (n: number | null) => (n === null ? '—' : n.toFixed(2).replace(/\.?0+$/, ''));

/**
 * The application's scores per criterion over the submitted scorecards: mean, range and spread,
 * with "Reviewers disagree" written out where the spread is 2 or more.
 */
export function ScoresSummary({ applicationId }: { applicationId: string }) {
  const query = useApplicationScores(applicationId);
  const scores = query.data;
  return (
    <Stack gap="md" component="section" aria-labelledby="scores-summary-heading">
      <Title id="scores-summary-heading" order={2} fz="lg">
        Scores
      </Title>
      {query.isPending && <Loader size="sm" aria-label="Loading the scores" />}
      {query.isError && <FormErrorAlert error={errorMessage(query.error)} />}
      {scores?.blind && (
        <Alert variant="light" color="blue" title="Scores stay hidden until you submit yours">
          {scores.submittedCount === 1
            ? 'One other reviewer has submitted.'
            : `${scores.submittedCount} other reviewers have submitted.`}
        </Alert>
      )}
      {scores && !scores.blind && scores.submittedCount === 0 && (
        <Text c="gray.7">No scorecard has been submitted yet.</Text>
      )}
      {scores && !scores.blind && scores.submittedCount > 0 && (
        <>
          <Text>
            Overall mean <strong>{fmt(scores.overallMean)}</strong> out of 5, from{' '}
            {scores.submittedCount === 1 ? 'one scorecard' : `${scores.submittedCount} scorecards`}{' '}
            ({scores.reviewers.map((r) => r.name).join(', ')}).
          </Text>
          <Table.ScrollContainer minWidth={520}>
            <Table withTableBorder striped verticalSpacing="sm">
              <Table.Caption>Each criterion across the submitted scorecards</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Criterion</Table.Th>
                  <Table.Th scope="col">Mean</Table.Th>
                  <Table.Th scope="col">Lowest–highest</Table.Th>
                  <Table.Th scope="col">Spread</Table.Th>
                  <Table.Th scope="col">Scored by</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {scores.criteria.map((row) => (
                  <Table.Tr key={row.criterionId}>
                    <Table.Th scope="row" fw={500}>
                      {row.name}
                      {row.archived && (
                        <Text span size="xs" c="gray.7">
                          {' '}
                          (archived)
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{fmt(row.mean)}</Table.Td>
                    <Table.Td>{row.min === null ? '—' : `${row.min}–${row.max}`}</Table.Td>
                    <Table.Td>
                      {row.spread ?? '—'} {row.disagree && <DisagreeFlag />}
                    </Table.Td>
                    <Table.Td>{row.count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
