import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import {
  GOAL_MET,
  type GoalMet,
  type OwnReview,
  REVIEW_TEXT_MAX,
  reviewInput,
} from '../../../../common/schemas/reviews.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import { useSaveReview } from '../api/reviews-queries.ts';
import { GOAL_MET_LABELS } from './goal-met-labels.ts';

interface Values {
  goalMet: GoalMet | '';
  whyNot: string;
  mostUseful: string;
  nextSteps: string;
  privateReflection: string;
}

const validate = zodValidate(reviewInput);
const toInput = (values: Values) => ({ ...values, goalMet: values.goalMet as GoalMet });

/**
 * The viewer's review: did we reach the session goal (and why not), what helped most, what
 * comes next, and a private reflection. Each field says who sees it.
 */
export function ReviewForm({
  sessionId,
  mine,
  them,
  onDone,
}: {
  sessionId: string;
  mine: OwnReview | null;
  /** The other person's first name. */
  them: string;
  onDone?: () => void;
}) {
  const save = useSaveReview(sessionId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      goalMet: mine?.goalMet ?? '',
      whyNot: mine?.whyNot ?? '',
      mostUseful: mine?.mostUseful ?? '',
      nextSteps: mine?.nextSteps ?? '',
      privateReflection: mine?.privateReflection ?? '',
    },
    validate: (values) =>
      values.goalMet === ''
        ? { goalMet: 'Say whether you reached the session goal: yes, partly or no.' }
        : validate(toInput(values)),
  });
  const goalMet = form.getValues().goalMet;
  const sees = `${them} sees this.`;

  const submit = form.onSubmit((values) => {
    setFormError(null);
    save.mutate(toInput(values), {
      onSuccess: () => onDone?.(),
      onError: (error) => {
        if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Your review">
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <Radio.Group
          label="Did you reach the session goal?"
          description={sees}
          {...form.getInputProps('goalMet')}
        >
          <Group gap="lg" mt="xs">
            {GOAL_MET.map((value) => (
              <Radio key={value} value={value} label={GOAL_MET_LABELS[value]} />
            ))}
          </Group>
        </Radio.Group>
        {goalMet !== '' && goalMet !== 'yes' && (
          <Textarea
            label="What got in the way?"
            description={`A sentence or two is enough. ${sees}`}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={REVIEW_TEXT_MAX}
            required
            {...form.getInputProps('whyNot')}
          />
        )}
        <Textarea
          label="What was most useful? (optional)"
          description={sees}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={REVIEW_TEXT_MAX}
          {...form.getInputProps('mostUseful')}
        />
        <Textarea
          label="Next steps (optional)"
          description={`What each of you will do before you meet again. ${sees}`}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={REVIEW_TEXT_MAX}
          {...form.getInputProps('nextSteps')}
        />
        <Textarea
          label={
            <Group gap={6} component="span" wrap="nowrap">
              <IconLock size={16} aria-hidden="true" />
              <span>Private reflection (optional)</span>
            </Group>
          }
          description={`Only you see this. ${them} never does.`}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={REVIEW_TEXT_MAX}
          {...form.getInputProps('privateReflection')}
        />
        <Group justify="flex-end" gap="sm">
          {mine && onDone && (
            <Button variant="subtle" onClick={onDone} disabled={save.isPending}>
              Keep it as it was
            </Button>
          )}
          <Button type="submit" loading={save.isPending}>
            {mine ? 'Save changes' : 'Save my review'}
          </Button>
        </Group>
        <Text size="xs" c="gray.7">
          You can change your review later.
        </Text>
      </Stack>
    </form>
  );
}
