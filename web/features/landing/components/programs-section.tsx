import { Box, Container, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChartDots, IconClipboardCheck, IconHeartHandshake } from '@tabler/icons-react';

const points = [
  {
    icon: IconClipboardCheck,
    title: 'Fair, recorded selection',
    body: 'Candidates apply, several reviewers interview and score them on the same rubric, and every decision is written down with its reasons.',
  },
  {
    icon: IconHeartHandshake,
    title: 'Matches you can explain',
    body: 'The whole cohort is paired at once, within each mentor’s capacity, and every proposed pair comes with the reasons behind it for an admin to approve.',
  },
  {
    icon: IconChartDots,
    title: 'Health without snooping',
    body: 'Follow how pairs are doing and what they achieve, in aggregate. Private notes are never part of any report.',
  },
];

export function ProgramsSection() {
  return (
    <Box
      component="section"
      id="programs"
      aria-labelledby="programs-title"
      bg="tandem.0"
      py={{ base: 56, md: 88 }}
    >
      <Container size="lg">
        <Stack gap="md" maw={680} mb={40}>
          <Text fw={700} c="tandem.9" tt="uppercase" size="sm" lts={1}>
            For programs
          </Text>
          <Title id="programs-title" order={2}>
            Running a mentorship cohort?
          </Title>
          <Text c="gray.8" size="lg">
            Communities, bootcamps and companies use programs to bring many mentees and mentors
            together. Tandem handles the parts that usually live in spreadsheets.
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xl">
          {points.map(({ icon: Icon, title, body }) => (
            <Stack key={title} gap="sm">
              <ThemeIcon size={44} radius="md" aria-hidden="true">
                <Icon size={24} stroke={1.75} />
              </ThemeIcon>
              <Title order={3} fz="lg">
                {title}
              </Title>
              <Text c="gray.8">{body}</Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Container>
    </Box>
  );
}
