import {
  Anchor,
  Button,
  Container,
  Group,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { lazy, type ReactNode, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { CLOSE_REASON_LABELS } from '../../../common/mentorships/close-reasons.ts';
import { type CohortHealth, MIN_GROUP_SIZE } from '../../../common/schemas/program-health.ts';
import { CohortNav } from '../../components/cohort-nav.tsx';
import { LoadFailure } from '../../components/load-failure.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { useCohortHealth } from './api/health-queries.ts';
import { BreakdownTable } from './components/breakdown-table.tsx';
import { NotMeetingTable } from './components/not-meeting-table.tsx';
import { dayLabel, ofWords, percentWords } from './health-text.ts';

// recharts is heavy: only a cohort with sessions downloads it.
const HealthCharts = lazy(() => import('./components/health-charts.tsx'));

function Stat({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="gray.8">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      <Text size="sm" c="gray.8">
        {detail}
      </Text>
    </Paper>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title id={id} order={2} fz="xl">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

const FIT_WORDS = {
  continue: 'Keep going as they are',
  adjust: 'Keep going with a change',
  'wind-down': 'At least one wants to wind down',
  'no-answer': 'Neither answered',
};

function StatCards({ h }: { h: CohortHealth }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
      <Stat label="Active pairs" value={ofWords(h.activePairs)} detail="pairs meeting now" />
      <Stat
        label="Sessions per pair"
        value={String(h.sessions.perPair)}
        detail={`${h.sessions.held} sessions held`}
      />
      <Stat
        label="Prep shared on time"
        value={ofWords(h.prepOnTime)}
        detail={`${percentWords(h.prepOnTime)} of sessions held`}
      />
      <Stat
        label="Goal met"
        value={ofWords(h.goalMet.rate)}
        detail={`reviews said yes · ${h.goalMet.partly} partly · ${h.goalMet.no} no`}
      />
      <Stat
        label="Action items done"
        value={ofWords(h.actionItems.done)}
        detail={`${h.actionItems.open} open · ${h.actionItems.dropped} dropped`}
      />
      <Stat
        label="Not meeting within their rhythm"
        value={ofWords(h.notMeeting.count)}
        detail="active pairs with a rhythm"
      />
      <Stat
        label="Fit check"
        value={`${h.fitCheck.pairs} ${h.fitCheck.pairs === 1 ? 'pair' : 'pairs'}`}
        detail="with answers both have seen"
      />
      <Stat
        label="Pairs that ended"
        value={String(h.closureReasons.reduce((n, r) => n + r.count, 0))}
        detail="in this period"
      />
    </SimpleGrid>
  );
}

function Dashboard({ h }: { h: CohortHealth }) {
  const csv = `/api/cohorts/${h.cohort.id}/health.csv?from=${h.period.from}&to=${h.period.to}`;
  const ended = h.closureReasons.filter((r) => r.count > 0);
  return (
    <Stack gap="xl">
      <StatCards h={h} />
      <Section id="charts-title" title="Week by week">
        {h.sessions.held === 0 ? (
          <Text c="gray.8">The charts start with the cohort’s first session.</Text>
        ) : (
          <Suspense fallback={<Skeleton h={260} aria-hidden="true" />}>
            <HealthCharts weeks={h.weeks} />
          </Suspense>
        )}
      </Section>
      <Section id="not-meeting-title" title="Pairs that have not met within their rhythm">
        <NotMeetingTable cohortId={h.cohort.id} pairs={h.notMeeting.list} />
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Section id="fit-title" title="Fit check outcomes">
          {h.fitCheck.outcomes ? (
            <List spacing={4}>
              {Object.entries(h.fitCheck.outcomes).map(([outcome, count]) => (
                <List.Item key={outcome}>
                  {FIT_WORDS[outcome as keyof typeof FIT_WORDS]}: {count}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text c="gray.8">
              Shown once {MIN_GROUP_SIZE} pairs have a fit check whose answers both people have seen
              ({h.fitCheck.pairs} so far), so no answer can be traced to a pair.
            </Text>
          )}
        </Section>
        <Section id="closure-title" title="Why pairs ended">
          {ended.length === 0 ? (
            <Text c="gray.8">No pair has ended in this period.</Text>
          ) : (
            <List spacing={4}>
              {ended.map((r) => (
                <List.Item key={r.reason}>
                  {CLOSE_REASON_LABELS[r.reason]}: {r.count}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      </SimpleGrid>
      {h.breakdown && (
        <Section id="breakdown-title" title="By lived experience">
          <BreakdownTable people={h.breakdown.people} groups={h.breakdown.groups} />
        </Section>
      )}
      <Group>
        <Button
          component="a"
          href={csv}
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden="true" />}
        >
          Download CSV
        </Button>
        <Text size="sm" c="gray.8">
          One row per pair: dates and counts only, never anything the pair wrote.
        </Text>
      </Group>
    </Stack>
  );
}

/** A cohort's health, for its program's admins: how the pairs are doing, in aggregate. */
export function HealthPage() {
  const { programId = '', cohortId = '' } = useParams();
  const health = useCohortHealth(cohortId);
  const h = health.data;
  usePageTitle(h ? `Health of ${h.cohort.name}` : 'Cohort health');
  if (health.isPending) return <PageLoader />;
  if (health.isError || !h) {
    return (
      <LoadFailure
        error={health.error}
        missingTitle="We could not find that cohort"
        missingText="It may have been removed, or you may not run its program."
        failedTitle="The cohort’s health did not load"
        action={{ to: `/programs/${programId}`, label: 'Back to the program' }}
      />
    );
  }
  return (
    <Container size="lg" px={0}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Anchor component={Link} to={`/programs/${programId}/cohorts/${cohortId}`} size="sm">
            {h.cohort.name}
          </Anchor>
          <Title order={1}>How the pairs are doing</Title>
          <Text c="gray.8">
            {dayLabel(h.period.from)} to {dayLabel(h.period.to)} · totals only: nobody’s notes,
            reflections or private answers are ever shown here.
          </Text>
        </Stack>
        <CohortNav programId={programId} cohortId={cohortId} />
        {h.pairs === 0 ? (
          <Paper withBorder radius="md" p="lg">
            <Stack gap="xs">
              <Title order={2} fz="lg">
                No pairs yet
              </Title>
              <Text>
                Once the cohort’s matching is published, this page follows its pairs: how many are
                meeting, sessions per pair, prep shared on time, how often session goals are met,
                action items done, and which pairs could use a friendly nudge. Everything is in
                totals; you will never see what a pair writes.
              </Text>
            </Stack>
          </Paper>
        ) : (
          <Dashboard h={h} />
        )}
      </Stack>
    </Container>
  );
}
