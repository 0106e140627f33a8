import { Button, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTarget } from '@tabler/icons-react';
import { Link } from 'react-router';

/** No goal yet: say why one helps, and make writing it the obvious next step. */
export function EmptyGoals() {
  return (
    <Paper withBorder radius="lg" p={{ base: 'lg', sm: 'xl' }}>
      <Stack align="flex-start" gap="md" maw={620}>
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden="true">
          <IconTarget size={28} stroke={1.75} />
        </ThemeIcon>
        <Title order={2}>Write your first goal</Title>
        <Text c="gray.8">
          A mentor can help most when they know what you are aiming for. A good goal fits in one
          sentence and says how you will know you got there. For example:
        </Text>
        <List spacing="xs" c="gray.8">
          <List.Item>
            Practise three mock system design interviews before my onsite in March.
          </List.Item>
          <List.Item>
            Ask for a code review after 45 minutes of being stuck, not after a day.
          </List.Item>
          <List.Item>
            Rewrite my resume for product design roles and get feedback from two designers.
          </List.Item>
        </List>
        <Text c="gray.8">It takes two minutes, and you can change it whenever your plans do.</Text>
        <Button component={Link} to="/goals/new" size="md">
          Write my first goal
        </Button>
      </Stack>
    </Paper>
  );
}
