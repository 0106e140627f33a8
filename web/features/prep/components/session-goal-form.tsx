import { Button, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { PREP_GOAL_MAX, type Prep, setPrepGoalInput } from '../../../../common/schemas/prep.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import { useSetPrepGoal } from '../api/prep-queries.ts';
import { ChangeMark } from './change-mark.tsx';
import { SaveStatus } from './save-status.tsx';

interface Values {
  goal: string;
  /** '' for "not linked" (what a cleared select holds). */
  goalId: string;
}

const toInput = (values: Values) => ({ goal: values.goal, goalId: values.goalId || null });
const validate = zodValidate(setPrepGoalInput);

/** The one sentence the whole session is for, optionally tied to a goal shared with the mentor. */
export function SessionGoalForm({ prep, mentorName }: { prep: Prep; mentorName: string }) {
  const setGoal = useSetPrepGoal(prep.sessionId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { goal: prep.goal, goalId: prep.goalId ?? '' },
    validate: (values) => validate(toInput(values)),
  });
  const saved = { goal: prep.goal, goalId: prep.goalId ?? '' };
  const dirty = form.isDirty();

  // When the saved goal changes (this form's save, or another tab's), it becomes the baseline.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the saved values matter
  useEffect(() => {
    form.setInitialValues(saved);
    if (!form.isDirty()) form.setValues(saved);
  }, [saved.goal, saved.goalId]);

  const submit = form.onSubmit((values) => {
    setFormError(null);
    setGoal.mutate(toInput(values), {
      onSuccess: (next) => {
        const fresh = { goal: next.goal, goalId: next.goalId ?? '' };
        form.setInitialValues(fresh);
        form.setValues(fresh);
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
      },
    });
  });

  const goalOptions = prep.sharedGoals.map((goal) => ({ value: goal.id, label: goal.title }));

  return (
    <Stack component="section" aria-labelledby="prep-goal-title" gap="sm">
      <Group justify="space-between" gap="xs">
        <Title id="prep-goal-title" order={3} fz="lg">
          Session goal
        </Title>
        {prep.changesSinceRead?.goal && <ChangeMark mark="edited" reader={mentorName} />}
      </Group>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormErrorAlert error={formError} />
          <Textarea
            label="What should be true when this session ends?"
            description={`One specific sentence. It is the first thing ${mentorName} reads.`}
            placeholder="Leave with a study plan for the system design round on 12 January."
            autosize
            minRows={1}
            maxRows={4}
            maxLength={PREP_GOAL_MAX}
            required
            withAsterisk={false}
            readOnly={!prep.editable}
            // One sentence, one line: Enter saves instead of starting a new line.
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
            {...form.getInputProps('goal')}
          />
          <Text size="xs" c="gray.7">
            Vague: “Talk about interviews.” Specific: “Pick the two projects I will present in the
            Acme onsite, and rehearse the first.”
          </Text>
          {goalOptions.length > 0 && (
            <Select
              label="Which of your goals does it serve? (optional)"
              description={`Only goals you shared with ${mentorName} are listed.`}
              placeholder="Not linked to a goal"
              data={goalOptions}
              clearable
              readOnly={!prep.editable}
              {...form.getInputProps('goalId')}
              value={form.getValues().goalId || null}
              onChange={(value) => form.setFieldValue('goalId', value ?? '')}
            />
          )}
          {prep.editable && (
            <Group justify="flex-end" gap="sm">
              <SaveStatus
                dirty={dirty}
                saving={setGoal.isPending}
                saved={Boolean(prep.goal)}
                emptyText="Not written yet"
              />
              <Button type="submit" loading={setGoal.isPending} disabled={!dirty}>
                Save goal
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
