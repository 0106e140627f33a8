import { Grid, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a page: what it is for on the left, its fields in a card on the right. */
export function PageSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <Grid component="section" aria-labelledby={id} gap={{ base: 'sm', md: 'xl' }}>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Title id={id} order={2} fz="xl">
          {title}
        </Title>
        <Text component="div" size="sm" c="gray.7" mt={4}>
          {description}
        </Text>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
          {children}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
