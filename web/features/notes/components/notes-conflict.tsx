import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { NotesConflictState } from '../use-notes-draft.ts';

/**
 * Both versions side by side (stacked on a phone), with a one-click choice or a combined text
 * to edit. Until the person picks, their version stays on screen and in the tab's storage.
 */
export function NotesConflict({
  conflict,
  theirLabel,
  idPrefix,
  onResolve,
}: {
  conflict: NotesConflictState;
  /** "Sam’s version" or "Your other tab’s version". */
  theirLabel: string;
  idPrefix: string;
  onResolve: (body: string) => void;
}) {
  const [combined, setCombined] = useState(conflict.combined);
  const headingId = `${idPrefix}-conflict-title`;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      radius="md"
      p="md"
      bg="var(--mantine-color-orange-light)"
    >
      <Stack gap="md">
        <div>
          <Title id={headingId} order={3} fz="md">
            You both changed the same lines
          </Title>
          <Text size="sm" mt={4}>
            Nothing is lost: pick one version, or combine them below and save that.
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <VersionColumn title="Your version" text={conflict.mine} idPrefix={`${idPrefix}-mine`}>
            <Button variant="default" onClick={() => onResolve(conflict.mine)}>
              Keep mine
            </Button>
          </VersionColumn>
          <VersionColumn title={theirLabel} text={conflict.theirs} idPrefix={`${idPrefix}-theirs`}>
            <Button variant="default" onClick={() => onResolve(conflict.theirs)}>
              Keep theirs
            </Button>
          </VersionColumn>
        </SimpleGrid>
        <Textarea
          label="Combined text"
          description="Both versions of each changed place, theirs first. Edit it into one."
          value={combined}
          onChange={(event) => setCombined(event.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={16}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <Group>
          <Button onClick={() => onResolve(combined)}>Save this version</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function VersionColumn({
  title,
  text,
  idPrefix,
  children,
}: {
  title: string;
  text: string;
  idPrefix: string;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="sm" aria-labelledby={`${idPrefix}-title`} component="section">
      <Stack gap="xs">
        <Title id={`${idPrefix}-title`} order={4} fz="sm">
          {title}
        </Title>
        <Text
          component="pre"
          size="sm"
          ff="monospace"
          m={0}
          style={{
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-word',
            maxHeight: 280,
            overflow: 'auto',
          }}
          tabIndex={0}
          aria-label={title}
        >
          {text === '' ? '(empty)' : text}
        </Text>
        <Group>{children}</Group>
      </Stack>
    </Paper>
  );
}
