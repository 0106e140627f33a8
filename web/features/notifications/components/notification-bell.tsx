import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Divider,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import {
  useLatestNotifications,
  useMarkAllNotificationsRead,
  useUnreadCount,
} from '../api/notification-queries.ts';
import { NotificationRow } from './notification-row.tsx';

function bellLabel(count: number | undefined): string {
  // Until the count is known, say nothing rather than something wrong.
  if (count === undefined) return 'Notifications';
  if (count === 0) return 'Notifications, none unread';
  return `Notifications, ${count} unread`;
}

function LatestList({ onOpen }: { onOpen: () => void }) {
  const me = useCurrentUser();
  const latest = useLatestNotifications(true);
  if (latest.isPending) {
    return (
      <Group justify="center" py="lg">
        <Loader size="sm" aria-label="Loading your notifications" />
      </Group>
    );
  }
  if (latest.isError) {
    return (
      <Text size="sm" c="red.8" p="md" role="alert">
        {errorMessage(latest.error)}
      </Text>
    );
  }
  if (latest.data.items.length === 0) {
    return (
      <Text size="sm" c="gray.7" p="md">
        Nothing yet. Requests, sessions, prep and reviews that need you will show up here.
      </Text>
    );
  }
  return (
    <ScrollArea.Autosize mah={420} type="auto">
      <Stack gap={2} p={4}>
        {latest.data.items.map((n) => (
          <NotificationRow
            key={n.id}
            notification={n}
            timeZone={me.timeZone}
            onOpen={onOpen}
            compact
          />
        ))}
      </Stack>
    </ScrollArea.Autosize>
  );
}

/** The bell in the top bar: how many are unread, and the newest ten one click away. */
export function NotificationBell() {
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount();
  const markAll = useMarkAllNotificationsRead();
  const count = unread.data?.unreadCount ?? 0;
  const close = () => setOpened(false);
  return (
    <Indicator
      // The count is in the button's name; the badge is for the eyes only.
      label={<span aria-hidden="true">{count > 99 ? '99+' : count}</span>}
      size={18}
      offset={6}
      disabled={count === 0}
      color="red.8"
    >
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={360}
        shadow="md"
        withinPortal
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray.9"
            size={40}
            radius="xl"
            aria-label={bellLabel(unread.data?.unreadCount)}
            onClick={() => setOpened((o) => !o)}
          >
            <IconBell size={22} stroke={1.8} aria-hidden="true" />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown
          role="dialog"
          p={0}
          aria-label="Latest notifications"
          style={{ maxWidth: 'calc(100vw - 16px)' }}
        >
          <Group justify="space-between" px="md" py="sm" wrap="nowrap">
            <Text fw={700} size="sm" c="gray.9">
              Notifications
            </Text>
            {count > 0 && (
              <Button
                size="compact-sm"
                variant="subtle"
                loading={markAll.isPending}
                onClick={() => markAll.mutate()}
              >
                Mark all as read
              </Button>
            )}
          </Group>
          <Divider />
          <LatestList onOpen={close} />
          <Divider />
          <Box px="md" py="sm">
            <Anchor component={Link} to="/notifications" size="sm" fw={600} onClick={close}>
              See all notifications
            </Anchor>
          </Box>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
