import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { MentorshipDetail } from '../../../../common/schemas/mentorships.ts';
import { GOAL_CATEGORIES } from '../../../../common/taxonomy/goal-categories.ts';
import { labelLookup } from '../../../../common/taxonomy/lookup.ts';
import { formatCalendarDate } from '../../../lib/time.ts';

const categoryLabel = labelLookup(GOAL_CATEGORIES);
const STATUS_WORDS = { active: 'In progress', achieved: 'Achieved', dropped: 'Dropped' } as const;

/** The mentee's goals this pair works on, as they stand today. */
export function SharedGoals({ mentorship }: { mentorship: MentorshipDetail }) {
  const mine = mentorship.myRole === 'mentee';
  return (
    <Stack component="section" aria-labelledby="goals-title" gap="sm">
      <Title id="goals-title" order={2} fz="lg">
        {mine ? 'Goals you shared' : 'Goals they shared'}
      </Title>
      {mentorship.goals.length === 0 ? (
        <Text size="sm" c="gray.7">
          {mine ? 'You have not shared any goals in this mentorship.' : 'No goals to show here.'}
        </Text>
      ) : (
        <List spacing="md" listStyleType="none" p={0}>
          {mentorship.goals.map((goal) => (
            <List.Item key={goal.id}>
              <Stack gap={2}>
                <Group gap="xs">
                  <Badge
                    variant="light"
                    color={goal.status === 'active' ? 'tandem' : 'gray'}
                    c={goal.status === 'active' ? 'tandem.9' : 'gray.8'}
                    radius="sm"
                    tt="none"
                  >
                    {STATUS_WORDS[goal.status]}
                  </Badge>
                  <Text size="xs" c="gray.7">
                    {categoryLabel(goal.category)}
                    {goal.targetDate && ` · by ${formatCalendarDate(goal.targetDate)}`}
                  </Text>
                </Group>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {goal.title}
                </Text>
                {goal.successCriterion && (
                  <Text size="sm" c="gray.8">
                    Done when: {goal.successCriterion}
                  </Text>
                )}
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
