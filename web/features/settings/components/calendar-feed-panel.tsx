import { Alert, Button, Group, List, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconLock } from '@tabler/icons-react';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import {
  useCalendarFeed,
  useCreateCalendarFeed,
  useTurnOffCalendarFeed,
} from '../api/calendar-feed-queries.ts';
import { CalendarLinkField } from './calendar-link-field.tsx';

/** The subscription link: create it, copy it, replace it if it got out, or turn it off. */
export function CalendarFeedPanel() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const turnOff = useTurnOffCalendarFeed();

  if (feed.isPending) return <Loader size="sm" aria-label="Loading your calendar link" />;
  if (feed.isError) return <FormErrorAlert error={errorMessage(feed.error)} />;

  const url = feed.data.url;
  if (!url) {
    return (
      <Stack gap="md" align="flex-start">
        <FormErrorAlert error={create.isError ? errorMessage(create.error) : null} />
        <Text>
          One private link, added to your calendar app once. Every session you plan in Tandem shows
          up there, and moves or disappears when it is rescheduled or cancelled.
        </Text>
        <Button
          leftSection={<IconCalendarPlus size={18} aria-hidden="true" />}
          loading={create.isPending}
          onClick={() => create.mutate()}
        >
          Create my calendar link
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <CalendarLinkField url={url} />
      <Alert variant="light" color="gray" icon={<IconLock aria-hidden="true" />}>
        Anyone with this link can see your session times, where they happen and who you meet. Keep
        it to yourself; if it ends up somewhere it should not, get a new one.
      </Alert>
      <div>
        <Text fw={600} size="sm" mb={4}>
          Where to paste it
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>Google Calendar: Other calendars, then + and From URL.</List.Item>
          <List.Item>Outlook: Add calendar, then Subscribe from web.</List.Item>
          <List.Item>Apple Calendar: File, then New Calendar Subscription.</List.Item>
        </List>
        <Text size="sm" c="gray.7" mt={6}>
          Calendar apps check the link on their own schedule, so a change can take a while to show
          (Google Calendar can take several hours).
        </Text>
      </div>
      <Group justify="flex-end" gap="sm">
        <ConfirmAction
          label="Turn off"
          title="Turn off your calendar link?"
          confirmLabel="Turn it off"
          cancelLabel="Keep it on"
          danger
          buttonProps={{ variant: 'subtle', color: 'red', c: 'red.9' }}
          pending={turnOff.isPending}
          error={turnOff.isError ? errorMessage(turnOff.error) : null}
          onConfirm={(close) =>
            turnOff.mutate(undefined, {
              onSuccess: () => {
                close();
                notifications.show({
                  color: 'tandem',
                  title: 'Calendar link turned off',
                  message: 'Calendars subscribed to it stop receiving your sessions.',
                });
              },
            })
          }
        >
          The link stops working now, and calendars subscribed to it stop updating. Sessions already
          in them may stay until you remove the subscription there. You can create a new link at any
          time.
        </ConfirmAction>
        <ConfirmAction
          label="Get a new link"
          title="Get a new calendar link?"
          confirmLabel="Yes, get a new link"
          cancelLabel="Keep this link"
          pending={create.isPending}
          error={create.isError ? errorMessage(create.error) : null}
          onConfirm={(close) =>
            create.mutate(undefined, {
              onSuccess: () => {
                close();
                notifications.show({
                  color: 'tandem',
                  title: 'New calendar link ready',
                  message: 'Paste it into your calendar app in place of the old one.',
                });
              },
            })
          }
        >
          Your current link stops working straight away. Any calendar subscribed to it stops getting
          your sessions until you add the new link there.
        </ConfirmAction>
      </Group>
    </Stack>
  );
}
