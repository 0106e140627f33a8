import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import type { RunOutput } from '../../../../common/schemas/cohort-matching.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { usePublishRun } from '../api/matching-queries.ts';
import { MODE_WORDS, STAGE_WORDS } from '../matching-words.ts';
import { PairsTable } from './pairs-table.tsx';
import { ScoreDistribution } from './score-distribution.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <Title id={id} order={3} fz="lg">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="sm" c="gray.8">
        {label}
      </Text>
      <Text fz={26} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

function PublishButton({ run }: { run: RunOutput }) {
  const publish = usePublishRun(run.id, run.cohortId);
  const [open, setOpen] = useState(false);
  const n = run.pairs.length;
  return (
    <>
      <Group>
        <Button onClick={() => setOpen(true)} disabled={n === 0}>
          Publish
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title="Publish this matching?">
        <Stack gap="md">
          <Text>
            {n === 1 ? 'One mentorship is' : `${n} mentorships are`} created, one per pair, and both
            people of each pair are told who they are matched with. The matching cannot be changed
            afterwards.
          </Text>
          {publish.isError && (
            <Text c="red.9" size="sm" role="alert">
              {errorMessage(publish.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Not yet
            </Button>
            <Button
              loading={publish.isPending}
              onClick={() => publish.mutate(undefined, { onSuccess: () => setOpen(false) })}
            >
              Publish {n === 1 ? 'the pair' : `${n} pairs`}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** A run: its progress while running, then its figures, pairs and who is left. */
export function RunResult({ run, programId }: { run: RunOutput; programId: string }) {
  if (run.status === 'running') {
    const percent = Math.round(run.progress * 100);
    return (
      <Stack gap="xs" aria-live="polite">
        <Text fw={600}>{STAGE_WORDS[run.stage ?? 'starting']}…</Text>
        <Progress value={percent} aria-label={`Proposing a matching: ${percent}% done`} />
      </Stack>
    );
  }
  if (run.status === 'failed') {
    return (
      <Alert color="red" variant="light" title="This proposal did not finish">
        {run.error}
      </Alert>
    );
  }
  const s = run.summary;
  if (!s) return null;
  const published = run.status === 'published';
  const free = s.mentors.filter((m) => m.taken < m.capacity);
  return (
    <Stack gap="lg">
      <Text c="gray.8">
        {MODE_WORDS[run.mode].label}
        {run.constraints.maxTimeZoneGapHours !== null &&
          ` · at most ${run.constraints.maxTimeZoneGapHours} hours apart`}
        {run.constraints.excludeSameTeam && ' · never the same team'}
        {run.constraints.lockedPairs + run.constraints.excludedPairs > 0 &&
          ` · ${run.constraints.lockedPairs} locked, ${run.constraints.excludedPairs} excluded`}
      </Text>
      {published && run.published && (
        <Alert color="tandem" variant="light" title="Published">
          {run.published.mentorships === 1
            ? 'One mentorship was created'
            : `${run.published.mentorships} mentorships were created`}{' '}
          and both people of each pair were told.{' '}
          {run.published.skipped.length > 0 &&
            `Left out because they already had an open mentorship: ${run.published.skipped
              .map((p) => `${p.menteeName} and ${p.mentorName}`)
              .join('; ')}. `}
          <Anchor component={Link} to={`/programs/${programId}/cohorts/${run.cohortId}/health`}>
            Follow the pairs on the health page
          </Anchor>
          .
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
        <Figure label="Mentees matched" value={`${s.matchedCount} of ${s.menteeCount}`} />
        <Figure label="Mean score" value={String(s.meanScore)} />
        <Figure label="Median score" value={String(s.medianScore)} />
      </SimpleGrid>
      <Section id="distribution-title" title="Scores of the pairs">
        <ScoreDistribution summary={s} />
      </Section>
      <Section id="pairs-title" title="Pairs">
        {run.pairs.length ? (
          <PairsTable run={run} readOnly={published || !run.newest} />
        ) : (
          <Text c="gray.8">No pairs in this proposal.</Text>
        )}
      </Section>
      <Section id="unmatched-title" title="Left without a mentor">
        {s.unmatched.length ? (
          <List spacing="xs">
            {s.unmatched.map((u) => (
              <List.Item key={u.menteeId}>
                <Text span fw={600}>
                  {u.name}
                </Text>
                : {u.why}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text c="gray.8">Every mentee has a mentor.</Text>
        )}
      </Section>
      <Section id="free-title" title="Mentors with free places">
        {free.length ? (
          <List spacing="xs">
            {free.map((m) => (
              <List.Item key={m.mentorId}>
                {m.name}: {m.capacity - m.taken} of {m.capacity} free
              </List.Item>
            ))}
          </List>
        ) : (
          <Text c="gray.8">Every mentor’s places are taken.</Text>
        )}
      </Section>
      {!published && run.newest && <PublishButton run={run} />}
    </Stack>
  );
}
