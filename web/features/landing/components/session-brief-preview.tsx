import { Badge, Box, Divider, Group, Paper, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconLink, IconTarget } from '@tabler/icons-react';

const questions = [
  'Which project should I lead with in interviews?',
  'How deep do take-home reviews usually go?',
  'How do I talk about switching careers?',
];

/**
 * An illustration of a prepared session, built from real components so it stays crisp at any
 * size. Screen readers get one sentence instead of every line of the mock-up.
 */
export function SessionBriefPreview() {
  return (
    <Box
      role="img"
      aria-label="Example of a session brief: a goal, three questions, a shared portfolio link and a readiness meter."
      style={{ alignSelf: 'center' }}
    >
      <Paper withBorder shadow="xl" radius="lg" p="xl" maw={480} mx="auto" aria-hidden="true">
        <Group justify="space-between" mb="md">
          <Text size="sm" fw={700} c="gray.7" tt="uppercase" lts={0.6}>
            Session brief
          </Text>
          <Badge variant="light">Thursday, 18:30</Badge>
        </Group>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon size={36} radius="md" variant="light">
            <IconTarget size={20} />
          </ThemeIcon>
          <div>
            <Text fw={700} c="gray.9">
              Get ready for a front-end interview loop
            </Text>
            <Text size="sm" c="gray.7">
              Done when I can present two projects in five minutes each.
            </Text>
          </div>
        </Group>
        <Divider my="md" />
        <Stack gap={10}>
          {questions.map((question, index) => (
            <Group key={question} gap="sm" wrap="nowrap">
              <ThemeIcon size={22} radius="xl" variant="light" fz="xs" fw={700}>
                {index + 1}
              </ThemeIcon>
              <Text size="sm" c="gray.8">
                {question}
              </Text>
            </Group>
          ))}
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={22} radius="xl" variant="light">
              <IconLink size={14} />
            </ThemeIcon>
            <Text size="sm" c="gray.8">
              portfolio.example.dev, shared two days ahead
            </Text>
          </Group>
        </Stack>
        <Divider my="md" />
        <Group justify="space-between" mb={6}>
          <Text size="sm" fw={600} c="gray.8">
            Ready for the session
          </Text>
          <Text size="sm" c="gray.7">
            4 of 5
          </Text>
        </Group>
        <Progress value={80} size="md" radius="xl" />
        <Group gap={6} mt="sm" wrap="nowrap">
          <IconAlertCircle size={16} color="var(--mantine-color-orange-9)" />
          <Text size="xs" c="gray.7">
            Still missing: the link to your take-home exercise
          </Text>
        </Group>
      </Paper>
    </Box>
  );
}
