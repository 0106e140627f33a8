import { Alert, Group, Loader, Paper, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconGitMerge, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { NOTES_MAX } from '../../../../common/schemas/notes.ts';
import { MarkdownView } from '../../../components/markdown-view.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { clockIn } from '../../../lib/time.ts';
import type { useNotesDraft } from '../use-notes-draft.ts';
import { NotesConflict } from './notes-conflict.tsx';

type Draft = ReturnType<typeof useNotesDraft>;

export interface NotesEditorProps {
  /** Unique on the page: ids of the heading, tabs and fields derive from it. */
  idPrefix: string;
  title: string;
  intro: React.ReactNode;
  fieldLabel: string;
  draft: Draft;
  /** The saved text, shown when the notes are read-only. */
  savedBody: string;
  readOnly: boolean;
  loading: boolean;
  loadError: unknown;
  timeZone: string;
  /** "Merged with Sam’s edits" / "Merged with your other tab". */
  mergedText: string;
  theirLabel: string;
  /** What the status says when nothing is pending, e.g. "Last saved at 14:02 by Sam". */
  restingText: string;
  emptyText: string;
}

/** The Markdown notes editor both panels share: Write / Preview, autosave status, clashes. */
export function NotesEditor(props: NotesEditorProps) {
  const { idPrefix, title, intro, draft, readOnly, loading, loadError } = props;
  const [tab, setTab] = useState<string | null>('write');
  const titleId = `${idPrefix}-title`;
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Stack gap="md">
        <div>
          <Title id={titleId} order={2} fz="xl">
            {title}
          </Title>
          <Text size="sm" c="gray.7" mt={4}>
            {intro}
          </Text>
        </div>
        {loading ? (
          <Group gap="xs" role="status">
            <Loader size="sm" aria-hidden="true" />
            <Text size="sm" c="gray.7">
              Loading the notes…
            </Text>
          </Group>
        ) : loadError ? (
          <Alert color="red" variant="light" title="The notes did not load">
            {errorMessage(loadError)}
          </Alert>
        ) : readOnly ? (
          <>
            <MarkdownView source={props.savedBody} empty={props.emptyText} />
            {draft.loaded && draft.text !== props.savedBody && <UnsavedText text={draft.text} />}
          </>
        ) : (
          <>
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="write" leftSection={<IconPencil size={16} aria-hidden="true" />}>
                  Write
                </Tabs.Tab>
                <Tabs.Tab value="preview">Preview</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="write" pt="sm">
                <Textarea
                  label={props.fieldLabel}
                  description="Markdown works: # headings, - lists, **bold**, [links](https://…). Saves as you type."
                  value={draft.text}
                  onChange={(event) => draft.edit(event.currentTarget.value)}
                  onBlur={draft.flush}
                  autosize
                  minRows={8}
                  maxRows={30}
                  maxLength={NOTES_MAX}
                  readOnly={draft.conflict !== null}
                />
              </Tabs.Panel>
              <Tabs.Panel value="preview" pt="sm">
                <MarkdownView source={draft.text} empty={props.emptyText} />
              </Tabs.Panel>
            </Tabs>
            <SaveLine {...props} />
            {draft.conflict && (
              <NotesConflict
                key={draft.conflict.version}
                conflict={draft.conflict}
                theirLabel={props.theirLabel}
                idPrefix={idPrefix}
                onResolve={draft.resolve}
              />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** A warm dark orange that keeps AA contrast on white (Mantine's orange shades are too light). */
const ORANGE = '#9a3412';

function SaveLine({ draft, timeZone, mergedText, restingText, theirLabel }: NotesEditorProps) {
  const time = (iso: string) => clockIn(new Date(iso), timeZone).time;
  const { status } = draft;
  const [icon, text, color] = ((): [React.ReactNode, string, string] => {
    switch (status.kind) {
      case 'saving':
        return [<Loader key="i" size={14} aria-hidden="true" />, 'Saving…', 'gray.7'];
      case 'saved':
        return [
          <IconCheck key="i" size={16} aria-hidden="true" />,
          `Saved at ${time(status.at)}`,
          'teal.9',
        ];
      case 'merged':
        return [
          <IconGitMerge key="i" size={16} aria-hidden="true" />,
          `${mergedText} · saved at ${time(status.at)}`,
          'teal.9',
        ];
      case 'kept-theirs':
        return [
          <IconCheck key="i" size={16} aria-hidden="true" />,
          `Kept ${theirLabel.charAt(0).toLowerCase()}${theirLabel.slice(1)}`,
          'gray.7',
        ];
      case 'retrying':
        return [
          <IconAlertTriangle key="i" size={16} aria-hidden="true" />,
          'Could not save — retrying. Your text stays here.',
          ORANGE,
        ];
      case 'conflict':
        return [
          <IconAlertTriangle key="i" size={16} aria-hidden="true" />,
          'Conflict: choose below',
          ORANGE,
        ];
      case 'locked':
        return [<IconAlertTriangle key="i" size={16} aria-hidden="true" />, status.message, ORANGE];
      case 'dirty':
        return [<IconPencil key="i" size={16} aria-hidden="true" />, 'Not saved yet', 'gray.7'];
      default:
        return [null, restingText, 'gray.7'];
    }
  })();
  return (
    <Group gap={6} role="status" c={color} wrap="nowrap" mih={22}>
      {icon}
      <Text size="sm" c="inherit">
        {text}
      </Text>
    </Group>
  );
}

/** Typed, never saved, and the notes closed meanwhile: shown to copy, never dropped. */
function UnsavedText({ text }: { text: string }) {
  return (
    <Alert color="orange" variant="light" title="Your last changes were not saved">
      <Text size="sm">
        These notes closed before your last changes reached Tandem. Here is your text to copy.
      </Text>
      <Text component="pre" size="sm" ff="monospace" style={{ whiteSpace: 'pre-wrap' }} mt="xs">
        {text}
      </Text>
    </Alert>
  );
}
