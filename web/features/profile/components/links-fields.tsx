import { ActionIcon, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { MAX_LINKS } from '../../../../common/schemas/profile.ts';
import type { ProfileValues } from '../profile-values.ts';

/** Up to eight named links (portfolio, blog, GitHub…), one row each. */
export function LinksFields({ form }: { form: UseFormReturnType<ProfileValues> }) {
  const links = form.getValues().mentor.links;
  return (
    <Stack gap="xs">
      <div>
        <Text fw={500} size="sm">
          Links
        </Text>
        <Text size="xs" c="dimmed">
          Where mentees can learn more about you: a portfolio, a blog, a GitHub profile.
        </Text>
      </div>
      {links.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
        <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
          {/* Side by side on wide screens, one under the other on a phone. */}
          <SimpleGrid
            cols={{ base: 1, sm: 2 }}
            spacing="xs"
            verticalSpacing="xs"
            style={{ flex: 1 }}
          >
            <TextInput
              label={`Link ${index + 1} name`}
              placeholder="Portfolio"
              {...form.getInputProps(`mentor.links.${index}.label`)}
            />
            <TextInput
              label={`Link ${index + 1} address`}
              placeholder="https://"
              type="url"
              {...form.getInputProps(`mentor.links.${index}.url`)}
            />
          </SimpleGrid>
          <ActionIcon
            variant="subtle"
            color="red.9"
            size="lg"
            mt={26}
            aria-label={`Remove link ${index + 1}`}
            onClick={() => form.removeListItem('mentor.links', index)}
          >
            <IconTrash size={18} aria-hidden="true" />
          </ActionIcon>
        </Group>
      ))}
      {form.errors['mentor.links'] && (
        <Text size="sm" c="var(--mantine-color-error)">
          {form.errors['mentor.links']}
        </Text>
      )}
      {links.length < MAX_LINKS && (
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => form.insertListItem('mentor.links', { label: '', url: '' })}
          >
            Add a link
          </Button>
        </Group>
      )}
    </Stack>
  );
}
