import { List, Paper, Text } from '@mantine/core';
import type { GoalCategory } from '../../../../common/taxonomy/goal-categories.ts';
import { CATEGORY_PROMPTS } from '../category-prompts.ts';
import { categoryLabel } from './category-label.ts';

/** Questions to think with for the chosen category, and one example of a specific goal. */
export function CategoryPromptsPanel({ category }: { category: GoalCategory }) {
  const prompt = CATEGORY_PROMPTS[category];
  return (
    <Paper
      component="aside"
      aria-label={`Prompts for ${categoryLabel(category)}`}
      radius="md"
      p="md"
      bg="tandem.0"
    >
      <Text size="sm" fw={700} c="tandem.9" mb={4}>
        {prompt.intro}
      </Text>
      <List size="sm" spacing={4} c="gray.8" mb="xs">
        {prompt.questions.map((question) => (
          <List.Item key={question}>{question}</List.Item>
        ))}
      </List>
      <Text size="sm" c="gray.8">
        <Text span fw={600} inherit>
          For example:
        </Text>{' '}
        “{prompt.example}”
      </Text>
    </Paper>
  );
}
