import { Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useId } from 'react';

export interface ChartTable {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * One chart with its name, its one-line summary and, for screen readers, the same numbers as a
 * table. The drawing itself is hidden from assistive tech: the table says it better.
 */
export function ChartFigure({
  title,
  summary,
  table,
  children,
}: {
  title: string;
  summary: string;
  table: ChartTable;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Paper component="figure" withBorder radius="md" p="md" m={0} aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title id={titleId} order={3} fz="md">
          {title}
        </Title>
        <Text component="figcaption" size="sm" c="gray.8">
          {summary}
        </Text>
        <div aria-hidden="true">{children}</div>
        <VisuallyHidden>
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.join('|')}>
                  {row.map((cell, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row keep their order
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </VisuallyHidden>
      </Stack>
    </Paper>
  );
}
