import {
  Box,
  Container,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface AuthFrameProps {
  title: string;
  subtitle: string;
  /** A short, encouraging list beside the form on wide screens. */
  asideTitle: string;
  asidePoints: string[];
  children: ReactNode;
}

/** The shared frame of the sign-in and sign-up pages: the form card and a calm side panel. */
export function AuthFrame({ title, subtitle, asideTitle, asidePoints, children }: AuthFrameProps) {
  return (
    <Container size={1000} py={{ base: 'xl', md: 64 }} px={{ base: 'md', sm: 'xl' }}>
      <SimpleGrid
        cols={{ base: 1, md: 2 }}
        spacing={{ base: 'xl', md: 64 }}
        style={{ alignItems: 'start' }}
      >
        <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 36 }}>
          <Stack gap={4} mb="lg">
            <Title order={1} fz={{ base: 26, sm: 30 }}>
              {title}
            </Title>
            <Text c="gray.7">{subtitle}</Text>
          </Stack>
          {children}
        </Paper>
        <Box visibleFrom="md" pt={48}>
          <Paper radius="lg" p={36} bg="tandem.0">
            <Text fw={700} fz="lg" c="tandem.9" mb="md">
              {asideTitle}
            </Text>
            <List
              spacing="md"
              center={false}
              icon={
                <ThemeIcon size={24} radius="xl" color="tandem" aria-hidden="true">
                  <IconCheck size={14} stroke={3} />
                </ThemeIcon>
              }
            >
              {asidePoints.map((point) => (
                <List.Item key={point}>
                  <Text c="gray.8">{point}</Text>
                </List.Item>
              ))}
            </List>
          </Paper>
        </Box>
      </SimpleGrid>
    </Container>
  );
}
