import { Button, Group, Modal, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import {
  type InterviewDetail,
  SCORE_NOTE_MAX,
  SCORECARD_NOTES_MAX,
} from '../../../../common/schemas/interviews.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useSaveScorecard, useSubmitScorecard } from '../api/interview-queries.ts';
import { DescriptorList } from './descriptor-list.tsx';

type Scores = Record<string, { score: string; note: string }>;

function initial(interview: InterviewDetail): Scores {
  const mine = interview.mine?.scores ?? [];
  return Object.fromEntries(
    interview.rubric.map((c) => {
      const s = mine.find((m) => m.criterionId === c.id);
      return [c.id, { score: s ? String(s.score) : '', note: s?.note ?? '' }];
    }),
  );
}

/** My scorecard while it is a draft: a score and a note per criterion, and overall notes. */
export function ScorecardForm({ interview }: { interview: InterviewDetail }) {
  const save = useSaveScorecard(interview.id);
  const submit = useSubmitScorecard(interview.id);
  const [scores, setScores] = useState<Scores>(() => initial(interview));
  const [notes, setNotes] = useState(interview.mine?.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, confirm] = useDisclosure(false);

  const body = () => ({
    scores: interview.rubric.flatMap((c) => {
      const entry = scores[c.id];
      return entry?.score
        ? [{ criterionId: c.id, score: Number(entry.score), note: entry.note }]
        : [];
    }),
    notes,
  });
  const missing = interview.rubric.filter((c) => !scores[c.id]?.score);

  const saveDraft = () => {
    setError(null);
    setStatus(null);
    save.mutate(body(), {
      onSuccess: () => setStatus('Draft saved. Only you can see it.'),
      onError: (e) => setError(errorMessage(e)),
    });
  };
  const submitCard = () => {
    setError(null);
    save.mutate(body(), {
      onSuccess: () =>
        submit.mutate(undefined, {
          onSuccess: () => confirm.close(),
          onError: (e) => {
            confirm.close();
            setError(errorMessage(e));
          },
        }),
      onError: (e) => {
        confirm.close();
        setError(errorMessage(e));
      },
    });
  };

  return (
    <Stack gap="md">
      <FormErrorAlert error={error} />
      {interview.rubric.map((criterion, index) => {
        const entry = scores[criterion.id] ?? { score: '', note: '' };
        const chosen = entry.score ? criterion.descriptors[Number(entry.score) - 1] : null;
        const headingId = `criterion-${criterion.id}`;
        const set = (next: Partial<typeof entry>) =>
          setScores((all) => ({ ...all, [criterion.id]: { ...entry, ...next } }));
        return (
          <Paper
            key={criterion.id}
            withBorder
            radius="md"
            p="md"
            component="section"
            aria-labelledby={headingId}
          >
            <Stack gap="sm">
              <Title id={headingId} order={2} fz="lg">
                {index + 1}. {criterion.name}
              </Title>
              <DescriptorList descriptors={criterion.descriptors} />
              <Radio.Group
                label={`Your score for ${criterion.name}`}
                value={entry.score}
                onChange={(score) => set({ score })}
              >
                <Group gap="lg" mt="xs">
                  {[1, 2, 3, 4, 5].map((n) => (
                    <Radio key={n} value={String(n)} label={String(n)} />
                  ))}
                </Group>
              </Radio.Group>
              <Text size="sm" aria-live="polite" c={chosen ? undefined : 'gray.7'}>
                {chosen ? `${entry.score}: ${chosen}` : 'Not scored yet.'}
              </Text>
              <Textarea
                label={`Note on ${criterion.name} (optional)`}
                autosize
                minRows={2}
                maxRows={6}
                maxLength={SCORE_NOTE_MAX}
                value={entry.note}
                onChange={(e) => set({ note: e.currentTarget.value })}
              />
            </Stack>
          </Paper>
        );
      })}
      <Textarea
        label="Overall notes (optional)"
        description="What stood out, and anything the decision should weigh."
        autosize
        minRows={3}
        maxRows={10}
        maxLength={SCORECARD_NOTES_MAX}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
      />
      <Group gap="sm">
        <Button variant="default" onClick={saveDraft} loading={save.isPending && !confirming}>
          Save draft
        </Button>
        <Button onClick={confirm.open} disabled={interview.rubric.length === 0}>
          Submit scorecard
        </Button>
      </Group>
      {status && (
        <Text size="sm" role="status">
          {status}
        </Text>
      )}
      <Modal opened={confirming} onClose={confirm.close} title="Submit your scorecard?">
        <Stack gap="md">
          {missing.length > 0 ? (
            <Text>
              Score every criterion first. Still to score: {missing.map((c) => c.name).join(', ')}.
            </Text>
          ) : (
            <Text>
              Once submitted, your scores can no longer change, and you will see the other
              reviewers’ scores.
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close}>
              Keep editing
            </Button>
            <Button
              onClick={submitCard}
              disabled={missing.length > 0}
              loading={save.isPending || submit.isPending}
            >
              Submit
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
