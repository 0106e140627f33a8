import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Cohort } from '../../../../common/schemas/programs.ts';
import { CohortNav } from '../../../components/cohort-nav.tsx';
import { LoadFailure } from '../../../components/load-failure.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useCohort } from '../api/programs-queries.ts';
import { formatDates } from '../program-words.ts';

/** The heading and section nav every cohort page shares, around the section's own content. */
export function CohortFrame({
  section,
  children,
}: {
  section: string;
  children: (cohort: Cohort) => ReactNode;
}) {
  const { programId = '', cohortId = '' } = useParams();
  const cohort = useCohort(cohortId);
  usePageTitle(cohort.data ? `${section} · ${cohort.data.name}` : section);
  if (cohort.isPending) return <PageLoader />;
  if (cohort.isError || cohort.data.programId !== programId) {
    return (
      <LoadFailure
        error={cohort.error}
        missingTitle="We could not find that cohort"
        missingText="It may have been removed, or you are not on the staff of its program."
        failedTitle="The cohort did not load"
        action={{ to: `/programs/${programId}`, label: 'Back to the program' }}
      />
    );
  }
  const c = cohort.data;
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={`/programs/${c.programId}`} size="sm">
          {c.programName}
        </Anchor>
        <Group gap="sm" align="baseline">
          <Title order={1}>{c.name}</Title>
          <Text c="gray.7">{formatDates(c.startsOn, c.endsOn)}</Text>
        </Group>
      </div>
      <CohortNav programId={c.programId} cohortId={c.id} />
      {children(c)}
    </Stack>
  );
}
