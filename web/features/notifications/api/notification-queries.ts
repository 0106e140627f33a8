import {
  type InfiniteData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { NotificationList, UnreadCount } from '../../../../common/schemas/notifications.ts';
import { apiRequest } from '../../../lib/api-client.ts';

const all = ['notifications'] as const;
const unreadKey = [...all, 'unread-count'] as const;
const latestKey = [...all, 'latest'] as const;
const pagesKey = [...all, 'pages'] as const;

/** How often the bell asks for news; TanStack Query pauses it while the tab is hidden. */
const POLL_MS = 30_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: unreadKey,
    queryFn: ({ signal }) =>
      apiRequest<UnreadCount>('GET', '/api/notifications/unread-count', { signal }),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
  });
}

/** The newest few, for the bell's popover; fetched only while it is open. */
export function useLatestNotifications(enabled: boolean) {
  return useQuery({
    queryKey: latestKey,
    queryFn: ({ signal }) =>
      apiRequest<NotificationList>('GET', '/api/notifications?limit=10', { signal }),
    enabled,
  });
}

export function useNotificationPages() {
  return useInfiniteQuery({
    queryKey: pagesKey,
    queryFn: ({ signal, pageParam }) =>
      apiRequest<NotificationList>(
        'GET',
        `/api/notifications?limit=20${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ''}`,
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore,
  });
}

/** Shows the change at once in every list, then asks the server for the truth. */
function useMarkReadLocally() {
  const queryClient = useQueryClient();
  return (matches: (id: string) => boolean) => {
    const stamp = new Date().toISOString();
    const mark = (list: NotificationList): NotificationList => ({
      ...list,
      items: list.items.map((n) => (n.readAt || !matches(n.id) ? n : { ...n, readAt: stamp })),
    });
    queryClient.setQueryData<NotificationList>(latestKey, (old) => old && mark(old));
    queryClient.setQueryData<InfiniteData<NotificationList>>(
      pagesKey,
      (old) => old && { ...old, pages: old.pages.map(mark) },
    );
  };
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  const markLocally = useMarkReadLocally();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<UnreadCount>('POST', `/api/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: (count, id) => {
      markLocally((other) => other === id);
      queryClient.setQueryData(unreadKey, count);
    },
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  const markLocally = useMarkReadLocally();
  return useMutation({
    mutationFn: () =>
      apiRequest<{ marked: number; unreadCount: number }>('POST', '/api/notifications/read-all'),
    onSuccess: ({ unreadCount }) => {
      markLocally(() => true);
      queryClient.setQueryData(unreadKey, { unreadCount });
    },
  });
}
