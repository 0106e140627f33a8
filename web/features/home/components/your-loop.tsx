import { Badge, Box, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { type LoopStepKey, loopSteps } from '../../../components/loop-steps.ts';

// Written to the member, in the second person: what they will do at each step.
const yourPart: Record<LoopStepKey, { lead: string; detail: string }> = {
  goal: {
    lead: 'Write down what you want from mentoring.',
    detail:
      'Pick what it is about (a role that suits you, skills for a role, interviews, a new job, asking for help at work, networking, your portfolio or profiles) and finish the sentence “I will know it is done when…”. A target date is optional.',
  },
  fit: {
    lead: 'Choose a mentor whose strengths match that goal.',
    detail:
      'Compare stacks, knowledge areas, career stage and education path. Each suggestion lists the criteria it matched and how much each one weighed.',
  },
  prep: {
    lead: 'Prepare each session and share it ahead of time.',
    detail:
      'Add the session’s goal, your questions and the links your mentor should look at. The readiness checklist shows what is missing, and you will see when your mentor has opened the brief.',
  },
  session: {
    lead: 'Meet with the agenda in front of you both.',
    detail:
      'Tick questions off as they are answered. Shared notes are for both of you; private notes are yours alone.',
  },
  accountability: {
    lead: 'Review, agree on next steps, and carry them forward.',
    detail:
      'Say whether the goal was met, and if not, why. Next steps get an owner and a due date, and whatever is still open lands on the next agenda by itself.',
  },
};

export function YourLoop() {
  return (
    <Box component="section" aria-labelledby="your-loop-title">
      <Title id="your-loop-title" order={2} mb={4}>
        How Tandem will work for you
      </Title>
      <Text c="gray.7" mb="lg">
        Every mentoring relationship here follows the same five steps, and then starts again for the
        next session.
      </Text>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {loopSteps.map(({ key, name, icon: Icon }, index) => (
          <Paper component="li" key={key} withBorder radius="lg" p="lg">
            <Group gap="md" wrap="nowrap" align="flex-start">
              <ThemeIcon size={40} radius="xl" variant="light" aria-hidden="true">
                <Icon size={22} stroke={1.75} />
              </ThemeIcon>
              <div>
                <Group gap="xs" mb={2}>
                  <Badge variant="light" radius="sm">
                    Step {index + 1}
                  </Badge>
                  <Text fw={700} c="gray.9">
                    {name}
                  </Text>
                </Group>
                <Text fw={600} c="gray.9">
                  {yourPart[key].lead}
                </Text>
                <Text size="sm" c="gray.7" mt={4}>
                  {yourPart[key].detail}
                </Text>
              </div>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Box>
  );
}
