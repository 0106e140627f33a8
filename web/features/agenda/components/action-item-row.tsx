import { Badge, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { ActionItem } from '../../../../common/schemas/action-items.ts';
import type { MentorshipRole } from '../../../../common/schemas/mentorships.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { formatCalendarDate } from '../../../lib/time.ts';
import { ActionItemForm, type ActionItemValues } from './action-item-form.tsx';

export interface ItemActions {
  /** Status changes (done, dropped, open again). */
  setStatus: (item: ActionItem, status: ActionItem['status']) => void;
  edit: (item: ActionItem, values: ActionItemValues) => Promise<unknown>;
}

interface Props {
  item: ActionItem;
  myRole: MentorshipRole;
  them: string;
  editable: boolean;
  actions: ItemActions;
}

function lateness(days: number) {
  return days === 1 ? '1 day late' : `${days} days late`;
}

/** Who and by when, with lateness said in words (never colour alone). */
function ItemFacts({ item, myRole }: { item: ActionItem; myRole: MentorshipRole }) {
  const owner = item.ownerRole === myRole ? 'You' : firstName(item.ownerName);
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" c="gray.7">
        {owner}
        {item.dueDate && ` · due ${formatCalendarDate(item.dueDate)}`}
        {item.status === 'done' && ' · done'}
        {item.status === 'dropped' && ' · dropped'}
      </Text>
      {item.overdue && (
        <Badge
          color="red.9"
          variant="filled"
          radius="sm"
          tt="none"
          leftSection={<IconAlertTriangle size={14} aria-hidden="true" />}
        >
          Overdue · {lateness(item.daysOverdue)}
        </Badge>
      )}
    </Group>
  );
}

/** One action item: tick it done, drop it, bring it back, or edit it in place. */
export function ActionItemRow({ item, myRole, them, editable, actions }: Props) {
  const [editing, setEditing] = useState(false);
  const resolved = item.status !== 'open';
  if (editing) {
    return (
      <Stack component="li" gap="xs">
        <ActionItemForm
          myRole={myRole}
          them={them}
          idPrefix={`edit-${item.id}`}
          initial={{ title: item.title, ownerRole: item.ownerRole, dueDate: item.dueDate ?? '' }}
          submitLabel="Save"
          onSubmit={async (values) => {
            await actions.edit(item, values);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </Stack>
    );
  }
  return (
    <Group
      component="li"
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      py={6}
      style={
        item.overdue
          ? { borderLeft: '3px solid var(--mantine-color-red-8)', paddingLeft: 8 }
          : undefined
      }
    >
      <Checkbox
        mt={2}
        checked={item.status === 'done'}
        disabled={!editable || item.status === 'dropped'}
        onChange={(event) => actions.setStatus(item, event.currentTarget.checked ? 'done' : 'open')}
        aria-label={`Done: ${item.title}`}
      />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text
          c={resolved ? 'gray.7' : 'gray.9'}
          td={resolved ? 'line-through' : undefined}
          style={{ overflowWrap: 'anywhere' }}
        >
          {item.title}
        </Text>
        <ItemFacts item={item} myRole={myRole} />
      </Stack>
      {editable && (
        <Group gap={4} wrap="nowrap">
          {item.status === 'dropped' ? (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => actions.setStatus(item, 'open')}
              aria-label={`Bring back: ${item.title}`}
            >
              Bring back
            </Button>
          ) : (
            <>
              {!resolved && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => setEditing(true)}
                  aria-label={`Edit: ${item.title}`}
                >
                  Edit
                </Button>
              )}
              {!resolved && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => actions.setStatus(item, 'dropped')}
                  aria-label={`Drop: ${item.title}`}
                >
                  Drop
                </Button>
              )}
            </>
          )}
        </Group>
      )}
    </Group>
  );
}
