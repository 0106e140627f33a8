import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A small titled block on the mentor page; says so plainly when the mentor left it empty. */
export function FactBlock({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Title order={2} fz="md" c="gray.8">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function Chips({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {empty}
      </Text>
    );
  }
  return (
    <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <Badge
          key={item}
          component="li"
          variant="light"
          color="tandem"
          c="tandem.9"
          size="lg"
          radius="sm"
          tt="none"
          fw={600}
        >
          {item}
        </Badge>
      ))}
    </Group>
  );
}
