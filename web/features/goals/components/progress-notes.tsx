import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { createNoteInput, type Goal, NOTE_MAX } from '../../../../common/schemas/goals.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../../lib/form-errors.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { formatDateTime } from '../../../lib/time.ts';
import { useAddNote, useDeleteNote } from '../api/goals-queries.ts';

/** The start of a note, so each delete button says which note it removes. */
function snippet(body: string): string {
  const line = body.split('\n')[0] ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/** The goal's story: what the member did and noticed, newest first, status changes included. */
export function ProgressNotes({ goal }: { goal: Goal }) {
  const me = useCurrentUser();
  const addNote = useAddNote(goal.id);
  const deleteNote = useDeleteNote(goal.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ initialValues: { body: '' }, validate: zodValidate(createNoteInput) });

  const submit = form.onSubmit(({ body }) => {
    setFormError(null);
    addNote.mutate(body, {
      onSuccess: () => form.reset(),
      onError: (error) => {
        if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
      },
    });
  });

  const remove = (noteId: string) =>
    deleteNote.mutate(noteId, {
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: 'Note not deleted',
          message: errorMessage(error),
        }),
    });

  return (
    <Paper
      component="section"
      aria-labelledby="progress-title"
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Title id="progress-title" order={2} fz="xl" mb={4}>
        Progress notes
      </Title>
      <Text size="sm" c="gray.7" mb="md">
        Small steps count. Write down what you tried, what you learned and what is next, and bring
        it to your next session.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" mb="lg">
          <FormErrorAlert error={formError} />
          <Textarea
            label="Add a progress note"
            placeholder="Did a mock interview with a friend: the caching question went well."
            autosize
            minRows={2}
            maxLength={NOTE_MAX}
            {...form.getInputProps('body')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={addNote.isPending}>
              Add note
            </Button>
          </Group>
        </Stack>
      </form>
      {goal.progressNotes.length === 0 ? (
        <Text c="gray.7" size="sm">
          No notes yet. Your first one could be the very next step you plan to take.
        </Text>
      ) : (
        <Timeline
          bulletSize={14}
          lineWidth={2}
          color="tandem"
          aria-label="Timeline of progress notes"
        >
          {goal.progressNotes.map((note) => {
            const when = formatDateTime(note.createdAt, me.timeZone);
            return (
              <Timeline.Item key={note.id}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <div style={{ minWidth: 0 }}>
                    <Text size="xs" c="gray.7" fw={600}>
                      <time dateTime={note.createdAt}>{when}</time>
                    </Text>
                    <Text
                      size="sm"
                      c="gray.9"
                      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                    >
                      {note.body}
                    </Text>
                  </div>
                  <ActionIcon
                    variant="subtle"
                    color="gray.7"
                    aria-label={`Delete note from ${when}: ${snippet(note.body)}`}
                    loading={deleteNote.isPending && deleteNote.variables === note.id}
                    onClick={() => remove(note.id)}
                  >
                    <IconTrash size={18} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Paper>
  );
}
