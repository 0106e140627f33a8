import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { todayIn } from '../../../../common/calendar-date.ts';
import { goalNudges } from '../../../../common/goals/goal-nudges.ts';
import {
  CRITERION_MAX,
  type CreateGoalInput,
  createGoalInput,
  type GoalStatus,
  TITLE_MAX,
} from '../../../../common/schemas/goals.ts';
import type { GoalCategory } from '../../../../common/taxonomy/goal-categories.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { CategoryPicker } from './category-picker.tsx';
import { CategoryPromptsPanel } from './category-prompts-panel.tsx';
import { NudgeList } from './nudge-list.tsx';

export interface GoalFormValues {
  category: string;
  title: string;
  successCriterion: string;
  /** `YYYY-MM-DD`, or '' for none (what a date input holds when empty). */
  targetDate: string;
}

/** Form values → the API's input: an empty date input means "no target date". */
export function toGoalInput(values: GoalFormValues): CreateGoalInput {
  return {
    title: values.title,
    category: values.category as GoalCategory,
    successCriterion: values.successCriterion,
    targetDate: values.targetDate || null,
  };
}

const validateInput = zodValidate(createGoalInput);

interface Props {
  initialValues: GoalFormValues;
  /** The goal's status, for the past-date nudge (a new goal is active). */
  status?: GoalStatus;
  cancelTo: string;
  saving: boolean;
  /** Saves; rejects with the API error so fields can show the server's messages. */
  onSave: (
    values: GoalFormValues,
    dirty: (field: keyof GoalFormValues) => boolean,
  ) => Promise<unknown>;
}

export function GoalForm({ initialValues, status = 'active', cancelTo, saving, onSave }: Props) {
  const me = useCurrentUser();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<GoalFormValues>({
    initialValues,
    validate: (values) => validateInput(toGoalInput(values)),
  });
  const values = form.getValues();
  const nudges = goalNudges(
    { ...values, targetDate: values.targetDate || null, status },
    todayIn(me.timeZone),
  );
  const started = values.title.trim().length > 0 || values.successCriterion.trim().length > 0;

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await onSave(values, (field) => form.isDirty(field));
    } catch (error) {
      if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormErrorAlert error={formError} />
        <CategoryPicker
          value={values.category}
          onChange={(category) => form.setFieldValue('category', category)}
          error={form.errors.category}
        />
        {values.category && <CategoryPromptsPanel category={values.category as GoalCategory} />}
        <TextInput
          label="Your goal"
          description="One sentence: what you want to do, and what it is for."
          placeholder="Practise three mock system design interviews before my onsite"
          required
          maxLength={TITLE_MAX}
          {...form.getInputProps('title')}
        />
        <Textarea
          label="I’ll know it’s done when…"
          description="Something you and your mentor could both check: a number, a date, a thing that exists."
          placeholder="I have done three mock interviews and got written feedback on each."
          autosize
          minRows={2}
          maxLength={CRITERION_MAX}
          {...form.getInputProps('successCriterion')}
        />
        <TextInput
          type="date"
          label="Target date (optional)"
          description="Helps you plan sessions around it."
          min="2000-01-01"
          max="2100-12-31"
          w={{ base: '100%', xs: 240 }}
          {...form.getInputProps('targetDate')}
        />
        <NudgeList nudges={nudges} started={started} />
        <Group justify="flex-end" gap="sm">
          <Button component={Link} to={cancelTo} variant="default">
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Save goal
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
