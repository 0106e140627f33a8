import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  APPRECIATION_MAX,
  appreciationInput,
  type Closure,
} from '../../../../common/schemas/closure.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import { useSaveAppreciation } from '../api/closure-queries.ts';

const validate = zodValidate(appreciationInput);

/** The caller's own appreciation: written once the mentorship closed, rewritable, read by the other. */
export function AppreciationForm({ closure }: { closure: Closure }) {
  const them = firstName(closure.counterpart.name);
  const mine = closure.appreciations.mine;
  const save = useSaveAppreciation(closure.mentorshipId);
  const [editing, setEditing] = useState(mine === null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ initialValues: { text: mine?.text ?? '' }, validate });

  if (!editing && mine) {
    return (
      <Stack gap={6}>
        <Text fw={600}>What you appreciated about {them}</Text>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{mine.text}</Text>
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
            Edit your words
          </Button>
        </Group>
      </Stack>
    );
  }

  const submit = form.onSubmit((values) => {
    setFormError(null);
    save.mutate(values, {
      onSuccess: (next) => {
        form.setValues({ text: next.appreciations.mine?.text ?? values.text });
        setEditing(false);
      },
      onError: (error) => {
        if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert error={formError} />
        <Textarea
          label={`What did you appreciate about ${them}?`}
          description={`${them} will read this. One specific moment or habit says more than a general thank-you.`}
          placeholder="The way you asked what I had already tried before giving advice."
          autosize
          minRows={3}
          maxRows={10}
          maxLength={APPRECIATION_MAX}
          {...form.getInputProps('text')}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {mine ? 'Save your words' : `Send to ${them}`}
          </Button>
          {mine && (
            <Button variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
