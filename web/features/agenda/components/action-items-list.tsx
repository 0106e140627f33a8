import { Button, Collapse, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ActionItem } from '../../../../common/schemas/action-items.ts';
import type { MentorshipRole } from '../../../../common/schemas/mentorships.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCreateActionItem, useUpdateActionItem } from '../api/agenda-queries.ts';
import { ActionItemForm } from './action-item-form.tsx';
import { ActionItemRow, type ItemActions } from './action-item-row.tsx';

interface Props {
  mentorshipId: string;
  /** On a live page: new items come out of this session, ticks happen during it. */
  sessionId?: string;
  items: ActionItem[];
  myRole: MentorshipRole;
  them: string;
  editable: boolean;
  /** Done and dropped items behind a toggle (the mentorship page) or in the list (an agenda). */
  collapseResolved?: boolean;
}

function notSaved(error: unknown) {
  notifications.show({
    color: 'red',
    title: 'That change was not saved',
    message: errorMessage(error),
  });
}

/** The pair's action items with inline add, tick, drop and edit. */
export function ActionItemsList({
  mentorshipId,
  sessionId,
  items,
  myRole,
  them,
  editable,
  collapseResolved = false,
}: Props) {
  const create = useCreateActionItem(mentorshipId);
  const update = useUpdateActionItem(mentorshipId, sessionId);
  const [showResolved, { toggle }] = useDisclosure(false);
  const during = sessionId ? { sessionId } : {};

  const actions: ItemActions = {
    setStatus: (item, status) =>
      update.mutate(
        { id: item.id, status, ...(status === 'open' ? {} : during) },
        { onError: notSaved },
      ),
    edit: (item, values) =>
      update.mutateAsync({
        id: item.id,
        title: values.title,
        ownerRole: values.ownerRole,
        dueDate: values.dueDate || null,
      }),
  };
  const open = items.filter((item) => item.status === 'open');
  const resolved = items.filter((item) => item.status !== 'open');
  const row = (item: ActionItem) => (
    <ActionItemRow
      key={item.id}
      item={item}
      myRole={myRole}
      them={them}
      editable={editable}
      actions={actions}
    />
  );
  const list = (rows: ActionItem[]) => (
    <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
      {rows.map(row)}
    </Stack>
  );

  return (
    <Stack gap="sm">
      {open.length === 0 ? (
        <Text c="gray.7">No open action items. Add one when you agree on a next step.</Text>
      ) : (
        list(open)
      )}
      {resolved.length > 0 &&
        (collapseResolved ? (
          <Stack gap={4}>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={toggle}
              aria-expanded={showResolved}
              style={{ alignSelf: 'flex-start' }}
            >
              {showResolved ? 'Hide' : 'Show'} done and dropped ({resolved.length})
            </Button>
            <Collapse expanded={showResolved}>{list(resolved)}</Collapse>
          </Stack>
        ) : (
          list(resolved)
        ))}
      {editable && (
        <ActionItemForm
          myRole={myRole}
          them={them}
          idPrefix={sessionId ? `new-item-${sessionId}` : `new-item-${mentorshipId}`}
          submitLabel="Add action item"
          onSubmit={(values) =>
            create.mutateAsync({
              title: values.title,
              ownerRole: values.ownerRole,
              ...(values.dueDate && { dueDate: values.dueDate }),
              ...during,
            })
          }
        />
      )}
    </Stack>
  );
}
