import { Button, Group, Stack, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import {
  MAX_QUESTIONS,
  type Prep,
  QUESTION_MAX,
  questionInput,
} from '../../../../common/schemas/prep.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import {
  useAddQuestion,
  useEditQuestion,
  useRemoveQuestion,
  useReorderQuestions,
} from '../api/prep-queries.ts';
import { CHANGE_COLOR, removedSummary } from './change-mark.tsx';
import { QuestionItem } from './question-item.tsx';

/** The mentee's questions, in the order they want to ask them. */
export function PrepQuestions({ prep, mentorName }: { prep: Prep; mentorName: string }) {
  const sessionId = prep.sessionId;
  const add = useAddQuestion(sessionId);
  const edit = useEditQuestion(sessionId);
  const remove = useRemoveQuestion(sessionId);
  const reorder = useReorderQuestions(sessionId);
  const [announcement, setAnnouncement] = useState('');
  const [reorderError, setReorderError] = useState<string | null>(null);
  // After a move, focus follows the question to its new place (keyboard users keep their spot).
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: -1 | 1 } | null>(
    null,
  );
  const moveButtons = useRef(
    new Map<string, { up: HTMLButtonElement | null; down: HTMLButtonElement | null }>(),
  );
  const questions = prep.questions;
  const full = questions.length >= MAX_QUESTIONS;

  const form = useForm({ initialValues: { text: '' }, validate: zodValidate(questionInput) });
  const submit = form.onSubmit(({ text }) => {
    add.mutate(
      { text },
      {
        onSuccess: () => form.reset(),
        onError: (error) => {
          if (!applyFieldErrors(form, error)) form.setFieldError('text', errorMessage(error));
        },
      },
    );
  });

  const move = (index: number, direction: -1 | 1) => {
    const ids = questions.map((q) => q.id);
    const target = index + direction;
    const id = ids[index];
    if (!id || target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target] as string, id];
    setReorderError(null);
    reorder.mutate(ids, {
      onSuccess: () => {
        setAnnouncement(`Question moved to position ${target + 1} of ${ids.length}.`);
        setFocusAfterMove({ id, direction });
      },
      onError: (error) => setReorderError(errorMessage(error)),
    });
  };

  useEffect(() => {
    if (!focusAfterMove) return;
    const buttons = moveButtons.current.get(focusAfterMove.id);
    const preferred = focusAfterMove.direction === -1 ? buttons?.up : buttons?.down;
    const other = focusAfterMove.direction === -1 ? buttons?.down : buttons?.up;
    (preferred && !preferred.disabled ? preferred : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const removed = removedSummary(prep.changesSinceRead?.removedQuestions ?? [], mentorName);

  return (
    <Stack component="section" aria-labelledby="prep-questions-title" gap="sm">
      <Group justify="space-between" gap="xs">
        <Title id="prep-questions-title" order={3} fz="lg">
          Questions
        </Title>
        <Text size="sm" c="gray.7">
          {questions.length} of {MAX_QUESTIONS}
        </Text>
      </Group>
      {questions.length === 0 ? (
        <Text size="sm" c="gray.7">
          No questions yet. Start with the one you would ask if you only had five minutes.
        </Text>
      ) : (
        <Stack component="ol" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
          {questions.map((question, index) => (
            <QuestionItem
              key={question.id}
              question={question}
              index={index}
              count={questions.length}
              editable={prep.editable}
              mentorName={mentorName}
              busy={reorder.isPending || (remove.isPending && remove.variables === question.id)}
              upRef={(el) => {
                const entry = moveButtons.current.get(question.id) ?? { up: null, down: null };
                moveButtons.current.set(question.id, { ...entry, up: el });
              }}
              downRef={(el) => {
                const entry = moveButtons.current.get(question.id) ?? { up: null, down: null };
                moveButtons.current.set(question.id, { ...entry, down: el });
              }}
              onMove={(direction) => move(index, direction)}
              onSave={(text) => edit.mutateAsync({ id: question.id, text })}
              onRemove={() => remove.mutateAsync(question.id)}
            />
          ))}
        </Stack>
      )}
      {prep.changesSinceRead?.reordered && (
        <Text size="sm" c={CHANGE_COLOR}>
          Reordered since {mentorName} read it.
        </Text>
      )}
      {removed && (
        <Text size="sm" c={CHANGE_COLOR} style={{ overflowWrap: 'anywhere' }}>
          {removed}
        </Text>
      )}
      {reorderError && (
        <Text size="sm" c="red.9" role="alert">
          {reorderError}
        </Text>
      )}
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      {prep.editable && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label="Add a question"
              description={
                full
                  ? `That is ${MAX_QUESTIONS} questions, the most a prep holds. Merge or remove one to add another.`
                  : 'Specific questions get specific answers: say what you tried and where you are stuck.'
              }
              placeholder="I froze on the capacity estimate in my last mock. How would you approach it?"
              autosize
              minRows={2}
              maxLength={QUESTION_MAX}
              disabled={full}
              {...form.getInputProps('text')}
            />
            <Group justify="flex-end">
              <Button type="submit" variant="light" loading={add.isPending} disabled={full}>
                Add question
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
