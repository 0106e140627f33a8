import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import {
  RESOURCE_KINDS,
  RESOURCE_NOTE_MAX,
  RESOURCE_TITLE_MAX,
  type ResourceInput,
  type ResourceKind,
  resourceInput,
} from '../../../../common/schemas/prep.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';

export const KIND_LABELS: Record<ResourceKind, string> = {
  project: 'Project',
  document: 'Document',
  profile: 'Profile',
  other: 'Other',
};
const kindOptions = RESOURCE_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

interface Values {
  title: string;
  url: string;
  kind: string;
  note: string;
}

const empty: Values = { title: '', url: '', kind: 'project', note: '' };
const toInput = (values: Values): ResourceInput => ({
  ...values,
  kind: values.kind as ResourceKind,
});
const validate = zodValidate(resourceInput);

/** A link's title, address, kind and note; checked here exactly as the server checks them. */
export function ResourceForm({
  initial = empty,
  idPrefix,
  submitLabel,
  saving,
  onSave,
  onCancel,
}: {
  initial?: Values;
  /** Keeps field ids unique when several forms are on the page. */
  idPrefix: string;
  submitLabel: string;
  saving: boolean;
  onSave: (input: ResourceInput) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: initial,
    validate: (values) => validate(toInput(values)),
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await onSave(toInput(values));
      if (!onCancel) form.reset();
    } catch (error) {
      if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormErrorAlert error={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          <TextInput
            id={`${idPrefix}-title`}
            label="Title"
            placeholder="My portfolio"
            required
            maxLength={RESOURCE_TITLE_MAX}
            {...form.getInputProps('title')}
          />
          <Select
            id={`${idPrefix}-kind`}
            label="Kind"
            data={kindOptions}
            allowDeselect={false}
            required
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        <TextInput
          id={`${idPrefix}-url`}
          label="Web address"
          type="url"
          inputMode="url"
          placeholder="https://"
          required
          {...form.getInputProps('url')}
        />
        <Textarea
          id={`${idPrefix}-note`}
          label="Note (optional)"
          placeholder="The checkout flow is the part I would like feedback on."
          autosize
          minRows={1}
          maxLength={RESOURCE_NOTE_MAX}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end" gap="xs">
          {onCancel && (
            <Button variant="default" size="xs" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" variant="light" size={onCancel ? 'xs' : 'sm'} loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
