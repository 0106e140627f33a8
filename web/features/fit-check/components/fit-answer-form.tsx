import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  FIT_ANSWERS,
  FIT_NOTE_MAX,
  type FitAnswer,
  type FitCheckAnswer,
} from '../../../../common/schemas/fit-check.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors } from '../../../lib/form-errors.ts';
import { useAnswerFitCheck } from '../api/fit-check-queries.ts';
import { FIT_CHOICES, FIT_QUESTION } from './fit-answer-text.ts';

interface Values {
  answer: FitAnswer | '';
  note: string;
}

/** The three choices, each explained, and an optional note the other person reads after the reveal. */
export function FitAnswerForm({
  mentorshipId,
  every,
  round,
  mine,
  them,
  onDone,
}: {
  mentorshipId: string;
  every: number;
  round: number;
  mine: FitCheckAnswer | null;
  them: string;
  onDone?: () => void;
}) {
  const answer = useAnswerFitCheck(mentorshipId, every);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { answer: mine?.answer ?? '', note: mine?.note ?? '' },
    validate: {
      answer: (value) => (value ? null : 'Choose one of the three answers.'),
      note: (value) =>
        value.length > FIT_NOTE_MAX ? `Keep the note under ${FIT_NOTE_MAX} characters.` : null,
    },
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    answer.mutate(
      { round, answer: values.answer as FitAnswer, note: values.note },
      {
        onSuccess: () => onDone?.(),
        onError: (error) => {
          if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Your fit check answer">
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <Radio.Group label={FIT_QUESTION} {...form.getInputProps('answer')}>
          <Stack gap="sm" mt="xs">
            {FIT_ANSWERS.map((value) => (
              <Radio.Card key={value} value={value} radius="md" p="sm" withBorder>
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={3} />
                  <div>
                    <Text fw={600}>{FIT_CHOICES[value].label}</Text>
                    <Text size="sm" c="gray.7">
                      {FIT_CHOICES[value].help}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={`A note for ${them} (optional)`}
          description={`${them} reads it with your answer, once the answers are shown.`}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={FIT_NOTE_MAX}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end" gap="sm">
          {mine && onDone && (
            <Button variant="subtle" onClick={onDone} disabled={answer.isPending}>
              Keep my answer
            </Button>
          )}
          <Button type="submit" loading={answer.isPending}>
            {mine ? 'Save my new answer' : 'Answer privately'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
