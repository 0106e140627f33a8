import { Button, Checkbox, Group, Stack, Text, Textarea, ThemeIcon } from '@mantine/core';
import { useState } from 'react';
import type { QuestionOutcomeInput } from '../../../../common/schemas/agenda.ts';
import { type AgendaQuestion, ANSWER_MAX } from '../../../../common/schemas/agenda.ts';

interface Props {
  question: AgendaQuestion;
  /** Its number in this session's list; carried questions have a line saying where from. */
  index?: number;
  from?: string;
  editable: boolean;
  /** Carried questions can be dropped too; a session's own are covered or left open. */
  canDrop?: boolean;
  onChange: (change: QuestionOutcomeInput) => Promise<unknown>;
}

/** One question on the agenda: a "Covered" tick and a short answer note, opened on demand. */
export function AgendaQuestionRow({ question, index, from, editable, canDrop, onChange }: Props) {
  const [noteOpen, setNoteOpen] = useState(false);
  const [draft, setDraft] = useState(question.answer);
  const [saving, setSaving] = useState(false);
  const covered = question.state === 'covered';
  const dropped = question.state === 'dropped';
  const noteId = `answer-${question.id}`;

  const saveNote = async () => {
    setSaving(true);
    try {
      // Writing the answer means it was covered.
      await onChange({ state: 'covered', answer: draft });
      setNoteOpen(false);
    } catch {
      // The row shows the error through its caller's notification; the draft stays for a retry.
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack component="li" gap={6} py={6}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        {index !== undefined && (
          <ThemeIcon size={24} radius="xl" variant="light" fz="xs" fw={700} aria-hidden="true">
            {index + 1}
          </ThemeIcon>
        )}
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text
            c={dropped ? 'gray.7' : 'gray.9'}
            td={dropped ? 'line-through' : undefined}
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          >
            {question.text}
          </Text>
          {from && (
            <Text size="sm" c="gray.7">
              {from}
              {dropped && ' · dropped'}
            </Text>
          )}
          {question.answer && !noteOpen && (
            <Text size="sm" c="gray.8" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <Text span fw={600}>
                Answer:
              </Text>{' '}
              {question.answer}
            </Text>
          )}
        </Stack>
        <Checkbox
          mt={2}
          label="Covered"
          checked={covered}
          disabled={!editable || dropped}
          onChange={(event) =>
            onChange({ state: event.currentTarget.checked ? 'covered' : 'open' }).catch(() => {})
          }
          aria-label={`Covered: ${question.text}`}
        />
      </Group>
      {editable && (
        <Group gap={4} pl={index !== undefined ? 36 : 0}>
          {!noteOpen && !dropped && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => {
                setDraft(question.answer);
                setNoteOpen(true);
              }}
              aria-expanded={false}
              aria-controls={noteId}
            >
              {question.answer ? 'Edit the answer' : 'Note the answer'}
            </Button>
          )}
          {canDrop && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => onChange({ state: dropped ? 'open' : 'dropped' }).catch(() => {})}
              aria-label={`${dropped ? 'Bring back' : 'Drop'}: ${question.text}`}
            >
              {dropped ? 'Bring back' : 'Drop'}
            </Button>
          )}
        </Group>
      )}
      {noteOpen && (
        <Stack gap={6} pl={index !== undefined ? 36 : 0} id={noteId}>
          <Textarea
            label="Short answer"
            description="What you took away, in a line or two. You both see it."
            autosize
            minRows={2}
            maxLength={ANSWER_MAX}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
          />
          <Group gap="sm">
            <Button size="sm" onClick={saveNote} loading={saving}>
              Save answer
            </Button>
            <Button size="sm" variant="default" onClick={() => setNoteOpen(false)}>
              Cancel
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
