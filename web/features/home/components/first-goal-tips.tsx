import { List, Paper, Text, Title } from '@mantine/core';

// Starting points a member can use today, before any session exists: a goal is just a sentence.
const examples = [
  'Which roles fit what I already know, and which one should I aim for first?',
  'What should I learn in the next three months to apply for junior data roles?',
  'How do I explain my career change in an interview without apologising for it?',
  'How do I ask for help in my new team without feeling like a burden?',
];

export function FirstGoalTips() {
  return (
    <Paper component="section" aria-labelledby="first-goal-title" radius="lg" p="lg" bg="tandem.0">
      <Title id="first-goal-title" order={2} fz="lg" mb="xs" c="tandem.9">
        Not sure where to start?
      </Title>
      <Text size="sm" c="gray.8" mb="sm">
        A good goal is one honest question. Borrow one of these and make it yours:
      </Text>
      <List size="sm" spacing="xs" c="gray.8">
        {examples.map((example) => (
          <List.Item key={example}>{example}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
