import { Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import type { Cohort } from '../../../common/schemas/programs.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { useUpdateCohort } from './api/programs-queries.ts';
import { CohortFrame } from './components/cohort-frame.tsx';
import { LinkBox } from './components/program-invites.tsx';

function Overview({ cohort }: { cohort: Cohort }) {
  const update = useUpdateCohort(cohort.id);
  const applyUrl = `${window.location.origin}/apply/${cohort.id}`;
  const isAdmin = cohort.myRole === 'admin';
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {(
          [
            ['Mentors', cohort.counts.mentors],
            ['Mentees', cohort.counts.mentees],
            ['Applications', cohort.counts.applications],
          ] as const
        ).map(([label, n]) => (
          <Paper key={label} withBorder radius="md" p="md">
            <Text size="sm" c="gray.7">
              {label}
            </Text>
            <Text fz="xl" fw={700}>
              {n}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Paper
        withBorder
        radius="md"
        p="md"
        component="section"
        aria-labelledby="applications-heading"
      >
        <Stack gap="sm">
          <Title id="applications-heading" order={2} fz="lg">
            Taking applications
          </Title>
          <Switch
            label="Applications are open"
            description="While open, anyone signed in with the link can read the form and apply."
            checked={cohort.applicationsOpen}
            disabled={!isAdmin || update.isPending}
            onChange={(e) => update.mutate({ applicationsOpen: e.currentTarget.checked })}
          />
          <FormErrorAlert error={update.error ? errorMessage(update.error) : null} />
          {cohort.applicationsOpen && <LinkBox url={applyUrl} label="Apply link to share" />}
        </Stack>
      </Paper>
    </Stack>
  );
}

export function CohortPage() {
  return <CohortFrame section="Cohort">{(cohort) => <Overview cohort={cohort} />}</CohortFrame>;
}
