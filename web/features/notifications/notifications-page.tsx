import { Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBellOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useCurrentUser } from '../../lib/session.ts';
import {
  useMarkAllNotificationsRead,
  useNotificationPages,
  useUnreadCount,
} from './api/notification-queries.ts';
import { NotificationRow } from './components/notification-row.tsx';

function EmptyState() {
  return (
    <Paper withBorder radius="lg" p="xl">
      <Stack align="center" gap="xs" ta="center">
        <IconBellOff
          size={32}
          stroke={1.5}
          aria-hidden="true"
          color="var(--mantine-color-gray-7)"
        />
        <Title order={2} fz="lg">
          You are all caught up
        </Title>
        <Text c="gray.7" maw={520}>
          When someone asks you to mentor them, a session is planned or moved, your prep is due, or
          it is time to review a session, you will find it here.
        </Text>
        <Text size="sm" c="gray.7">
          Choose what reaches you, and how, in{' '}
          <Text component={Link} to="/settings#notifications-title" c="tandem.8" fw={600} inherit>
            Settings
          </Text>
          .
        </Text>
      </Stack>
    </Paper>
  );
}

export function NotificationsPage() {
  usePageTitle('Notifications');
  const me = useCurrentUser();
  const pages = useNotificationPages();
  const unread = useUnreadCount();
  const markAll = useMarkAllNotificationsRead();
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const unreadCount = unread.data?.unreadCount ?? 0;

  return (
    <Container size="md" px={0}>
      <Group justify="space-between" align="flex-end" mb="xl" gap="sm">
        <Stack gap={4}>
          <Title order={1}>Notifications</Title>
          <Text c="gray.7" size="lg">
            {unreadCount === 0
              ? 'Nothing unread.'
              : `${unreadCount} unread. Open one to go straight to what it is about.`}
          </Text>
        </Stack>
        {unreadCount > 0 && (
          <Button variant="default" loading={markAll.isPending} onClick={() => markAll.mutate()}>
            Mark all as read
          </Button>
        )}
      </Group>
      <FormErrorAlert error={markAll.isError ? errorMessage(markAll.error) : null} />
      {pages.isPending ? (
        <PageLoader label="Loading your notifications" />
      ) : pages.isError ? (
        <FormErrorAlert error={errorMessage(pages.error)} />
      ) : items.length === 0 ? (
        <EmptyState />
      ) : (
        <Stack gap="md">
          <Paper
            withBorder
            radius="lg"
            p={4}
            component="ul"
            style={{ listStyle: 'none', margin: 0 }}
          >
            {items.map((n) => (
              <li key={n.id}>
                <NotificationRow notification={n} timeZone={me.timeZone} />
              </li>
            ))}
          </Paper>
          {pages.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => pages.fetchNextPage()}
                loading={pages.isFetchingNextPage}
              >
                Show older notifications
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Container>
  );
}
