import { Box, Container, Grid, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { type LoopStepKey, loopSteps } from '../../../components/loop-steps.ts';

const copy: Record<LoopStepKey, { headline: string; body: string }> = {
  goal: {
    headline: 'Name what you want',
    body: 'Every relationship, and every session inside it, starts from a goal you write down: which role suits you, what to learn next, how to get through interviews or your first month in a new job. You also write how you will know it is done, so progress is something you can point at.',
  },
  fit: {
    headline: 'Meet the right person',
    body: 'Look for mentors by what they actually know: languages and tools, areas like product, design, data or security, where they are in their career and how they got there. Every suggestion says why it showed up, and lived experience only counts where a mentor chose to share it.',
  },
  prep: {
    headline: 'Arrive ready',
    body: 'Before you meet, write the goal for this session, your questions, and links to the work you want eyes on, then share it. Your mentor gets a one-page brief ahead of time, you see when they have read it, and a short checklist shows what is still missing.',
  },
  session: {
    headline: 'Spend the hour on what matters',
    body: 'You both follow the same agenda and tick questions off as you go. Shared notes can be edited by both of you without a word going missing, and private notes stay with the person who wrote them.',
  },
  accountability: {
    headline: 'Follow through',
    body: 'Afterwards, each of you says whether the goal was met and what comes next. Action items get an owner and a due date, and anything left open moves to the next agenda on its own. You can also check, privately and under clear rules, whether the pairing still works for you both.',
  },
};

export function LoopSection() {
  return (
    <Box
      component="section"
      id="how-it-works"
      aria-labelledby="loop-title"
      py={{ base: 56, md: 96 }}
    >
      <Container size="lg">
        <Grid gap={{ base: 32, md: 64 }}>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="md" pos={{ base: 'static', md: 'sticky' }} top={32}>
              <Text fw={700} c="tandem.8" tt="uppercase" size="sm" lts={1}>
                How it works
              </Text>
              <Title id="loop-title" order={2}>
                Five steps, one loop, session after session
              </Title>
              <Text c="gray.7" size="lg">
                Good mentoring is rarely about one brilliant conversation. It is a rhythm: know what
                you want, find someone who can help, prepare, talk, and act on it. Tandem keeps that
                rhythm for you.
              </Text>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {loopSteps.map(({ key, name, icon: Icon }, index) => (
                <Paper component="li" key={key} withBorder radius="lg" p="lg">
                  <Box style={{ display: 'flex', gap: 'var(--mantine-spacing-md)' }}>
                    <ThemeIcon size={44} radius="md" variant="light" aria-hidden="true">
                      <Icon size={24} stroke={1.75} />
                    </ThemeIcon>
                    <div>
                      <Text size="sm" fw={700} c="tandem.8">
                        {index + 1}. {name}
                      </Text>
                      <Title order={3} fz="lg" mb={6}>
                        {copy[key].headline}
                      </Title>
                      <Text c="gray.7">{copy[key].body}</Text>
                    </div>
                  </Box>
                </Paper>
              ))}
            </Stack>
          </Grid.Col>
        </Grid>
      </Container>
    </Box>
  );
}
