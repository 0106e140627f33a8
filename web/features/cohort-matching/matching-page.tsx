import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { Cohort } from '../../../common/schemas/programs.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { formatDateTime } from '../../lib/time.ts';
import { CohortFrame } from '../programs/components/cohort-frame.tsx';
import { useRun, useRuns } from './api/matching-queries.ts';
import { RunResult } from './components/run-result.tsx';
import { RunSettings } from './components/run-settings.tsx';
import { MODE_WORDS, STATUS_WORDS } from './matching-words.ts';

function Matching({ cohort }: { cohort: Cohort }) {
  const { programId = '' } = useParams();
  const me = useCurrentUser();
  const runs = useRuns(cohort.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const list = runs.data?.runs ?? [];
  const runId = chosen ?? list[0]?.id ?? null;
  const run = useRun(runId, cohort.id);
  const published = list.some((r) => r.status === 'published');
  const running = list.some((r) => r.status === 'running') || run.data?.status === 'running';
  return (
    <Stack gap="xl">
      {!published && (
        <Stack component="section" aria-labelledby="settings-title" gap="sm">
          <Title id="settings-title" order={2} fz="xl">
            Propose a matching
          </Title>
          <RunSettings cohort={cohort} disabled={running} onStarted={setChosen} />
        </Stack>
      )}
      {runs.isError && <FormErrorAlert error={errorMessage(runs.error)} />}
      {run.data && (
        <Stack component="section" aria-labelledby="result-title" gap="sm">
          <Title id="result-title" order={2} fz="xl">
            {run.data.status === 'published' ? 'The published matching' : 'The proposal'}
          </Title>
          <RunResult run={run.data} programId={programId} />
        </Stack>
      )}
      {run.isError && <FormErrorAlert error={errorMessage(run.error)} />}
      {list.length > 0 && (
        <Stack component="section" aria-labelledby="runs-title" gap="sm">
          <Title id="runs-title" order={2} fz="xl">
            Past proposals
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>How</Table.Th>
                  <Table.Th>Matched</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        onClick={() => setChosen(r.id)}
                        aria-current={r.id === runId ? 'true' : undefined}
                      >
                        {formatDateTime(r.createdAt, me.timeZone)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{MODE_WORDS[r.mode].label}</Table.Td>
                    <Table.Td>
                      {r.matchedCount === null ? '—' : `${r.matchedCount} of ${r.menteeCount}`}
                    </Table.Td>
                    <Table.Td>{STATUS_WORDS[r.status]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {!runs.isPending && list.length === 0 && (
        <Group>
          <Text c="gray.8">No matching has been proposed for this cohort yet.</Text>
        </Group>
      )}
    </Stack>
  );
}

/** `/programs/:programId/cohorts/:cohortId/matching` for the program's admins. */
export function MatchingPage() {
  return <CohortFrame section="Matching">{(cohort) => <Matching cohort={cohort} />}</CohortFrame>;
}
