import { ActionIcon, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { MAX_RESOURCES, type Prep } from '../../../../common/schemas/prep.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useAddResource, useEditResource, useRemoveResource } from '../api/prep-queries.ts';
import { CHANGE_COLOR, ChangeMark, removedSummary } from './change-mark.tsx';
import { KIND_LABELS, ResourceForm } from './resource-form.tsx';

type Resource = Prep['resources'][number];

/** The host of a link, shown beside its title so nobody has to hover to know where it goes. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function ResourceItem({
  resource,
  prep,
  mentorName,
}: {
  resource: Resource;
  prep: Prep;
  mentorName: string;
}) {
  const edit = useEditResource(prep.sessionId);
  const remove = useRemoveResource(prep.sessionId);
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-remove'>('view');
  const [error, setError] = useState<string | null>(null);

  if (mode === 'edit') {
    return (
      <Stack component="li" gap="xs" py="xs">
        <ResourceForm
          idPrefix={`resource-${resource.id}`}
          initial={resource}
          submitLabel="Save link"
          saving={edit.isPending}
          onSave={async (input) => {
            await edit.mutateAsync({ id: resource.id, ...input });
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      </Stack>
    );
  }

  return (
    <Stack component="li" gap={4} py="xs">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Anchor
              href={resource.url}
              target="_blank"
              rel="noopener noreferrer"
              fw={600}
              style={{ overflowWrap: 'anywhere' }}
            >
              {resource.title}
            </Anchor>
            <Badge variant="outline" color="gray.7" radius="sm" tt="none">
              {KIND_LABELS[resource.kind]}
            </Badge>
            <ChangeMark mark={resource.changedSinceRead} reader={mentorName} />
          </Group>
          <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
            {hostOf(resource.url)}
          </Text>
          {resource.note && (
            <Text size="sm" c="gray.8" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {resource.note}
            </Text>
          )}
        </Stack>
        {prep.editable && (
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray.7"
              aria-label={`Edit link: ${resource.title}`}
              onClick={() => setMode('edit')}
            >
              <IconPencil size={18} aria-hidden="true" />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray.7"
              aria-label={`Remove link: ${resource.title}`}
              onClick={() => setMode('confirm-remove')}
            >
              <IconTrash size={18} aria-hidden="true" />
            </ActionIcon>
          </Group>
        )}
      </Group>
      {mode === 'confirm-remove' && (
        <Group gap="xs" role="group" aria-label={`Remove ${resource.title}?`}>
          <Text size="sm" c="gray.8">
            Remove this link?
          </Text>
          <Button
            size="xs"
            color="red.8"
            loading={remove.isPending}
            autoFocus
            onClick={() =>
              remove.mutate(resource.id, {
                onError: (failure) => {
                  setError(errorMessage(failure));
                  setMode('view');
                },
              })
            }
          >
            Remove
          </Button>
          <Button size="xs" variant="default" onClick={() => setMode('view')}>
            Keep it
          </Button>
        </Group>
      )}
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** Links to projects, documents and profiles the mentor should look at before the session. */
export function PrepResources({ prep, mentorName }: { prep: Prep; mentorName: string }) {
  const add = useAddResource(prep.sessionId);
  const [adding, setAdding] = useState(false);
  const full = prep.resources.length >= MAX_RESOURCES;
  const removed = removedSummary(prep.changesSinceRead?.removedResources ?? [], mentorName);

  return (
    <Stack component="section" aria-labelledby="prep-links-title" gap="sm">
      <Group justify="space-between" gap="xs">
        <Title id="prep-links-title" order={3} fz="lg">
          Links{' '}
          <Text span c="gray.7" fw={400} fz="sm">
            (optional)
          </Text>
        </Title>
        <Text size="sm" c="gray.7">
          {prep.resources.length} of {MAX_RESOURCES}
        </Text>
      </Group>
      {prep.resources.length === 0 ? (
        <Text size="sm" c="gray.7">
          A repository, a draft CV, a profile: anything your mentor could look at beforehand.
        </Text>
      ) : (
        <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
          {prep.resources.map((resource) => (
            <ResourceItem
              key={resource.id}
              resource={resource}
              prep={prep}
              mentorName={mentorName}
            />
          ))}
        </Stack>
      )}
      {removed && (
        <Text size="sm" c={CHANGE_COLOR} style={{ overflowWrap: 'anywhere' }}>
          {removed}
        </Text>
      )}
      {prep.editable &&
        (full ? (
          <Text size="sm" c="gray.7">
            That is {MAX_RESOURCES} links, the most a prep holds. Remove one to add another.
          </Text>
        ) : adding || prep.resources.length === 0 ? (
          <ResourceForm
            idPrefix="new-resource"
            submitLabel="Add link"
            saving={add.isPending}
            onSave={async (input) => {
              await add.mutateAsync(input);
              setAdding(false);
            }}
            {...(prep.resources.length > 0 ? { onCancel: () => setAdding(false) } : {})}
          />
        ) : (
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={18} aria-hidden="true" />}
              onClick={() => setAdding(true)}
            >
              Add another link
            </Button>
          </Group>
        ))}
    </Stack>
  );
}
