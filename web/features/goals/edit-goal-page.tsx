import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from 'react-router';
import type { UpdateGoalInput } from '../../../common/schemas/goals.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { useGoal, useUpdateGoal } from './api/goals-queries.ts';
import { GoalForm, type GoalFormValues, toGoalInput } from './components/goal-form.tsx';
import { GoalNotFound } from './components/goal-not-found.tsx';

export function EditGoalPage() {
  const { id = '' } = useParams();
  const goal = useGoal(id);
  const updateGoal = useUpdateGoal(id);
  const navigate = useNavigate();
  usePageTitle(goal.isError ? 'Goal not found' : 'Edit goal');

  if (goal.isPending) return <PageLoader label="Loading your goal…" />;
  if (goal.isError) return <GoalNotFound error={goal.error} />;
  const { data } = goal;

  return (
    <Container size="md" px={0}>
      <Stack gap={4} mb="xl">
        <Anchor component={Link} to={`/goals/${id}`} size="sm">
          Back to the goal
        </Anchor>
        <Title order={1}>Edit goal</Title>
        <Text c="gray.7" size="lg">
          Goals change as you learn more. Sharpen this one whenever it helps.
        </Text>
      </Stack>
      <GoalForm
        initialValues={{
          category: data.category,
          title: data.title,
          successCriterion: data.successCriterion,
          targetDate: data.targetDate ?? '',
        }}
        status={data.status}
        cancelTo={`/goals/${id}`}
        saving={updateGoal.isPending}
        onSave={async (values, dirty) => {
          const input = toGoalInput(values);
          // Send only what changed: the API takes a partial goal.
          const changes = Object.fromEntries(
            Object.entries(input).filter(([field]) => dirty(field as keyof GoalFormValues)),
          ) as UpdateGoalInput;
          if (Object.keys(changes).length > 0) await updateGoal.mutateAsync(changes);
          notifications.show({ color: 'tandem', title: 'Goal updated', message: values.title });
          navigate(`/goals/${id}`);
        }}
      />
    </Container>
  );
}
