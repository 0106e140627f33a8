import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { summaryUrl } from '../api/closure-queries.ts';

/**
 * The summary as files to keep: Markdown to read, JSON for other tools. Each holds only what
 * the downloader may see, their own private notes included.
 */
export function SummaryDownloads({
  mentorshipId,
  final,
}: {
  mentorshipId: string;
  final: boolean;
}) {
  return (
    <Stack gap="xs">
      <Group gap="sm" align="center">
        <Text fw={600}>{final ? 'Download summary:' : 'Download the summary so far:'}</Text>
        <Button
          component="a"
          href={summaryUrl(mentorshipId, 'md')}
          download
          variant="light"
          size="compact-md"
          leftSection={<IconDownload size={16} aria-hidden="true" />}
        >
          Markdown
        </Button>
        <Button
          component="a"
          href={summaryUrl(mentorshipId, 'json')}
          download
          variant="subtle"
          size="compact-md"
          leftSection={<IconDownload size={16} aria-hidden="true" />}
        >
          JSON
        </Button>
      </Group>
      <Text size="sm" c="gray.7">
        Goals, sessions, reviews, action items and appreciations, plus your own private notes.
        Nothing private of the other person’s is in it.
      </Text>
    </Stack>
  );
}
