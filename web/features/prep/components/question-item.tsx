import { ActionIcon, Button, Flex, Group, Stack, Text, Textarea, ThemeIcon } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { type Ref, useState } from 'react';
import { QUESTION_MAX, questionInput } from '../../../../common/schemas/prep.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import { ChangeMark } from './change-mark.tsx';

interface Props {
  question: { id: string; text: string; changedSinceRead: 'added' | 'edited' | null };
  index: number;
  count: number;
  editable: boolean;
  mentorName: string;
  busy: boolean;
  /** The move buttons, so focus can follow a question to its new place. */
  upRef?: Ref<HTMLButtonElement>;
  downRef?: Ref<HTMLButtonElement>;
  onMove: (direction: -1 | 1) => void;
  onSave: (text: string) => Promise<unknown>;
  onRemove: () => Promise<unknown>;
}

/** One question: read, edit in place, move up or down, remove after a confirmation. */
export function QuestionItem(props: Props) {
  const { question, index, count, editable, mentorName, busy } = props;
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-remove'>('view');
  const [error, setError] = useState<string | null>(null);
  const number = index + 1;
  const form = useForm({
    initialValues: { text: question.text },
    validate: zodValidate(questionInput),
  });

  const save = form.onSubmit(async ({ text }) => {
    try {
      await props.onSave(text);
      setMode('view');
    } catch (failure) {
      if (!applyFieldErrors(form, failure)) form.setFieldError('text', errorMessage(failure));
    }
  });

  const remove = async () => {
    setError(null);
    try {
      await props.onRemove();
    } catch (failure) {
      setError(errorMessage(failure));
      setMode('view');
    }
  };

  return (
    <Group component="li" align="flex-start" gap="sm" wrap="nowrap" py={6}>
      <ThemeIcon size={26} radius="xl" variant="light" fz="sm" fw={700} aria-hidden="true">
        {number}
      </ThemeIcon>
      <Flex
        direction={{ base: 'column', xs: 'row' }}
        gap={4}
        align={{ base: 'stretch', xs: 'flex-start' }}
        style={{ flex: 1, minWidth: 0 }}
      >
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          {mode === 'edit' ? (
            <form onSubmit={save} noValidate>
              <Stack gap="xs">
                <Textarea
                  label={`Question ${number}`}
                  autosize
                  minRows={2}
                  maxLength={QUESTION_MAX}
                  data-autofocus
                  autoFocus
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') setMode('view');
                  }}
                  {...form.getInputProps('text')}
                />
                <Group gap="xs" justify="flex-end">
                  <Button variant="default" size="xs" onClick={() => setMode('view')}>
                    Cancel
                  </Button>
                  <Button type="submit" size="xs" loading={busy}>
                    Save question
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : (
            <>
              <Group gap="xs" align="flex-start" wrap="wrap">
                <Text
                  c="gray.9"
                  style={{
                    flex: 1,
                    minWidth: 200,
                    whiteSpace: 'pre-wrap',
                    overflowWrap: 'anywhere',
                  }}
                >
                  {question.text}
                </Text>
                <ChangeMark mark={question.changedSinceRead} reader={mentorName} />
              </Group>
              {mode === 'confirm-remove' && (
                <Group gap="xs" role="group" aria-label={`Remove question ${number}?`}>
                  <Text size="sm" c="gray.8">
                    Remove this question?
                  </Text>
                  <Button size="xs" color="red.8" onClick={remove} loading={busy} autoFocus>
                    Remove
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setMode('view')}>
                    Keep it
                  </Button>
                </Group>
              )}
              {error && (
                <Text size="sm" c="red.9" role="alert">
                  {error}
                </Text>
              )}
            </>
          )}
        </Stack>
        {editable && mode === 'view' && (
          <Group gap={2} wrap="nowrap" justify="flex-end">
            <ActionIcon
              ref={props.upRef}
              variant="subtle"
              color="gray.7"
              aria-label={`Move question ${number} up`}
              disabled={index === 0 || busy}
              onClick={() => props.onMove(-1)}
            >
              <IconArrowUp size={18} aria-hidden="true" />
            </ActionIcon>
            <ActionIcon
              ref={props.downRef}
              variant="subtle"
              color="gray.7"
              aria-label={`Move question ${number} down`}
              disabled={index === count - 1 || busy}
              onClick={() => props.onMove(1)}
            >
              <IconArrowDown size={18} aria-hidden="true" />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray.7"
              aria-label={`Edit question ${number}`}
              onClick={() => {
                form.setValues({ text: question.text });
                setMode('edit');
              }}
            >
              <IconPencil size={18} aria-hidden="true" />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray.7"
              aria-label={`Remove question ${number}`}
              onClick={() => setMode('confirm-remove')}
            >
              <IconTrash size={18} aria-hidden="true" />
            </ActionIcon>
          </Group>
        )}
      </Flex>
    </Group>
  );
}
