import { Container, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../lib/page-title.ts';
import { useCreateGoal } from './api/goals-queries.ts';
import { GoalForm, toGoalInput } from './components/goal-form.tsx';

export function NewGoalPage() {
  usePageTitle('New goal');
  const createGoal = useCreateGoal();
  const navigate = useNavigate();
  return (
    <Container size="md" px={0}>
      <Stack gap={4} mb="xl">
        <Title order={1}>New goal</Title>
        <Text c="gray.7" size="lg">
          Start with what it is about. The questions that appear will help you make it specific.
        </Text>
      </Stack>
      <GoalForm
        initialValues={{ category: '', title: '', successCriterion: '', targetDate: '' }}
        cancelTo="/goals"
        saving={createGoal.isPending}
        onSave={async (values) => {
          const goal = await createGoal.mutateAsync(toGoalInput(values));
          notifications.show({ color: 'tandem', title: 'Goal saved', message: goal.title });
          navigate(`/goals/${goal.id}`);
        }}
      />
    </Container>
  );
}
