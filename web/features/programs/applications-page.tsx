import { Anchor, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
} from '../../../common/schemas/applications.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { useApplications } from './api/programs-queries.ts';
import { CohortFrame } from './components/cohort-frame.tsx';
import { ApplicationStatusBadge } from './components/status-badge.tsx';
import { STATUS_LABELS } from './program-words.ts';

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

function Applications({ cohortId }: { cohortId: string }) {
  const [status, setStatus] = useState<ApplicationStatus | 'all'>('all');
  const list = useApplications(cohortId, status === 'all' ? undefined : status);
  const counts = list.data?.counts;
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Show applications by status"
        value={status}
        onChange={(v) => setStatus(v as ApplicationStatus | 'all')}
        data={[
          { value: 'all', label: `All (${total})` },
          ...APPLICATION_STATUSES.map((s) => ({
            value: s,
            label: `${STATUS_LABELS[s]} (${counts?.[s] ?? 0})`,
          })),
        ]}
      />
      {list.isError && <FormErrorAlert error={errorMessage(list.error)} />}
      {list.data && list.data.applications.length === 0 && (
        <Text c="gray.7">No applications here yet.</Text>
      )}
      {list.data && list.data.applications.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Candidate</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Sent</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.applications.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/applications/${a.id}`}>
                      {a.applicantName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <ApplicationStatusBadge status={a.status} />
                  </Table.Td>
                  <Table.Td>{dateTime.format(new Date(a.submittedAt))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

export function ApplicationsPage() {
  return (
    <CohortFrame section="Applications">
      {(cohort) => <Applications cohortId={cohort.id} />}
    </CohortFrame>
  );
}
