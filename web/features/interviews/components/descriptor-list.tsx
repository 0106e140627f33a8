import { List } from '@mantine/core';

/** The words for levels 1 to 5 of a criterion, numbered. */
export function DescriptorList({ descriptors }: { descriptors: string[] }) {
  return (
    <List type="ordered" spacing={4} size="sm" c="gray.8">
      {descriptors.map((d, level) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the five levels never move
        <List.Item key={level}>{d}</List.Item>
      ))}
    </List>
  );
}
