import { Box, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { RunSummary } from '../../../../common/schemas/cohort-matching.ts';

/** Pairs per band of ten points: bars to look at, and the same figures as a table. */
export function ScoreDistribution({ summary }: { summary: RunSummary }) {
  const most = Math.max(1, ...summary.distribution.map((b) => b.pairs));
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap={4} h={120} aria-hidden="true">
        {summary.distribution.map((b) => (
          <Stack key={b.from} gap={2} align="center" w={44}>
            <Text size="xs">{b.pairs}</Text>
            <Box
              w={32}
              h={Math.max(2, (80 * b.pairs) / most)}
              bg="tandem.8"
              style={{ borderRadius: 3 }}
            />
            <Text size="xs" c="gray.8">
              {b.from}
            </Text>
          </Stack>
        ))}
      </Group>
      <details>
        <summary>
          <Text span size="sm">
            The distribution as a table
          </Text>
        </summary>
        <Table withTableBorder mt="xs" maw={320}>
          <VisuallyHidden component="caption">Pairs per score band</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Score</Table.Th>
              <Table.Th>Pairs</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.distribution.map((b) => (
              <Table.Tr key={b.from}>
                <Table.Td>
                  {b.from}–{b.to}
                </Table.Td>
                <Table.Td>{b.pairs}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </Stack>
  );
}
