import { Button, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  ACTION_ITEM_TITLE_MAX,
  ACTION_ITEM_TITLE_MIN,
} from '../../../../common/schemas/action-items.ts';
import type { MentorshipRole } from '../../../../common/schemas/mentorships.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors } from '../../../lib/form-errors.ts';

export interface ActionItemValues {
  title: string;
  ownerRole: MentorshipRole;
  dueDate: string;
}

interface Props {
  myRole: MentorshipRole;
  /** The other person's first name, for the owner choice "Me / Sam". */
  them: string;
  initial?: ActionItemValues;
  submitLabel: string;
  /** Field ids stay unique when several forms are on one page. */
  idPrefix: string;
  onSubmit: (values: ActionItemValues) => Promise<unknown>;
  onCancel?: () => void;
}

/** Add or edit one action item: what, who, and by when (optional). */
export function ActionItemForm({
  myRole,
  them,
  initial,
  submitLabel,
  idPrefix,
  onSubmit,
  onCancel,
}: Props) {
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const theirRole: MentorshipRole = myRole === 'mentee' ? 'mentor' : 'mentee';
  const form = useForm<ActionItemValues>({
    initialValues: initial ?? { title: '', ownerRole: myRole, dueDate: '' },
    validate: {
      title: (value) =>
        value.trim().length < ACTION_ITEM_TITLE_MIN
          ? 'Say what will be done, in a few words.'
          : value.trim().length > ACTION_ITEM_TITLE_MAX
            ? `Keep it under ${ACTION_ITEM_TITLE_MAX} characters.`
            : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setPending(true);
    try {
      await onSubmit(values);
      if (!initial) form.reset();
    } catch (error) {
      if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
    } finally {
      setPending(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormErrorAlert error={formError} />
      <Group align="flex-start" gap="sm" wrap="wrap" mt={formError ? 'sm' : 0}>
        <TextInput
          id={`${idPrefix}-title`}
          label={initial ? 'Action item' : 'New action item'}
          placeholder="e.g. Rewrite the portfolio introduction"
          maxLength={ACTION_ITEM_TITLE_MAX}
          style={{ flex: '1 1 16rem' }}
          {...form.getInputProps('title')}
        />
        <Select
          id={`${idPrefix}-owner`}
          label="Who"
          data={[
            { value: myRole, label: 'Me' },
            { value: theirRole, label: them },
          ]}
          allowDeselect={false}
          w={120}
          {...form.getInputProps('ownerRole')}
        />
        <TextInput
          id={`${idPrefix}-due`}
          type="date"
          label="Due (optional)"
          w={170}
          {...form.getInputProps('dueDate')}
        />
      </Group>
      <Group gap="sm" mt="sm">
        <Button type="submit" size="sm" loading={pending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="default" size="sm" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </Group>
    </form>
  );
}
