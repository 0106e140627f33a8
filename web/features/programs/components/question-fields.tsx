import { Checkbox, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { AnswerValue, QuestionKind } from '../../../../common/schemas/applications.ts';
import { LONG_ANSWER_MAX, SHORT_ANSWER_MAX } from '../../../../common/schemas/applications.ts';

export interface FieldQuestion {
  id: string;
  kind: QuestionKind;
  label: string;
  help: string;
  required: boolean;
  options: string[];
}

const SCALE_WORDS = ['1 · Not at all', '2', '3', '4', '5 · Very much'];

/** One question of an application form, as the candidate answers it. */
export function QuestionField({
  question: q,
  value,
  error,
  onChange,
}: {
  question: FieldQuestion;
  value: AnswerValue | undefined;
  error?: string | undefined;
  onChange: (value: AnswerValue | undefined) => void;
}) {
  const common = { label: q.label, description: q.help || undefined, required: q.required, error };
  switch (q.kind) {
    case 'short-text':
      return (
        <TextInput
          {...common}
          maxLength={SHORT_ANSWER_MAX}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'long-text':
      return (
        <Textarea
          {...common}
          autosize
          minRows={3}
          maxLength={LONG_ANSWER_MAX}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'single-choice':
      return (
        <Radio.Group
          {...common}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => onChange(v)}
        >
          <Stack gap={6} mt={6}>
            {q.options.map((o) => (
              <Radio key={o} value={o} label={o} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiple-choice':
      return (
        <Checkbox.Group
          {...common}
          value={Array.isArray(value) ? value : []}
          onChange={(v) => onChange(v)}
        >
          <Stack gap={6} mt={6}>
            {q.options.map((o) => (
              <Checkbox key={o} value={o} label={o} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'scale':
      return (
        <Radio.Group
          {...common}
          value={typeof value === 'number' ? String(value) : null}
          onChange={(v) => onChange(Number(v))}
        >
          <Group gap="md" mt={6}>
            {SCALE_WORDS.map((word, i) => (
              <Radio key={word} value={String(i + 1)} label={word} />
            ))}
          </Group>
        </Radio.Group>
      );
  }
}

/** Used only for the form builder's preview, where nothing is sent. */
export function PreviewNote() {
  return (
    <Text size="sm" c="gray.7">
      This is how candidates see the form. Answers here are not saved.
    </Text>
  );
}
