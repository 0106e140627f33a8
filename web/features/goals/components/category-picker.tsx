import { Group, Radio, SimpleGrid, Text } from '@mantine/core';
import { GOAL_CATEGORIES } from '../../../../common/taxonomy/goal-categories.ts';

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: React.ReactNode;
}

/** The categories as large radio cards: picking one first frames the rest of the goal. */
export function CategoryPicker({ value, onChange, error }: Props) {
  return (
    <Radio.Group
      label="What is this goal about?"
      description="Pick the closest fit; you can change it later."
      value={value}
      onChange={onChange}
      error={error}
      required
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {GOAL_CATEGORIES.map((category) => (
          <Radio.Card key={category.id} value={category.id} radius="md" p="sm">
            <Group gap="sm" wrap="nowrap">
              <Radio.Indicator />
              <Text fw={600} size="sm">
                {category.label}
              </Text>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
