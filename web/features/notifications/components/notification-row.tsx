import { Badge, Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import type { NotificationItem } from '../../../../common/schemas/notifications.ts';
import { formatDateTime } from '../../../lib/time.ts';
import { useMarkNotificationRead } from '../api/notification-queries.ts';
import classes from './notification-row.module.css';

/** Only paths inside Tandem are followed; anything else opens the full list instead. */
function inAppPath(link: string): string {
  return /^\/(?![/\\])/.test(link) ? link : '/notifications';
}

/**
 * One notification: a link to what it is about that marks it read on the way. Unread ones say
 * "New" in words and in bold, not only by their tint.
 */
export function NotificationRow({
  notification,
  timeZone,
  onOpen,
  compact = false,
}: {
  notification: NotificationItem;
  timeZone: string;
  /** Called as the link is followed (the bell closes its popover). */
  onOpen?: () => void;
  compact?: boolean;
}) {
  const markRead = useMarkNotificationRead();
  const unread = notification.readAt === null;
  return (
    <UnstyledButton
      component={Link}
      to={inAppPath(notification.link)}
      className={classes.row}
      data-unread={unread || undefined}
      onClick={() => {
        if (unread) markRead.mutate(notification.id);
        onOpen?.();
      }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Box className={classes.dot} aria-hidden="true" />
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
            <Text size="sm" fw={unread ? 700 : 500} c="gray.9" lineClamp={compact ? 2 : undefined}>
              {notification.title}
            </Text>
            {unread && (
              <Badge size="sm" variant="filled" color="tandem" style={{ flexShrink: 0 }}>
                New
              </Badge>
            )}
          </Group>
          {notification.body && (
            <Text size="sm" c="gray.7" lineClamp={compact ? 2 : 4}>
              {notification.body}
            </Text>
          )}
          <Text size="xs" c="gray.7">
            {formatDateTime(notification.createdAt, timeZone)}
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
