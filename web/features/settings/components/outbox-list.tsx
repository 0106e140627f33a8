import { Accordion, Badge, Button, Group, Loader, Stack, Text } from '@mantine/core';
import type { OutboxStatus } from '../../../../common/schemas/notifications.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/time.ts';
import { useOutbox } from '../api/notification-preferences-queries.ts';

const STATUS_BADGE: Record<OutboxStatus, { label: string; color: string }> = {
  'not-sent': { label: 'Not sent', color: 'gray' },
  sending: { label: 'On its way', color: 'blue' },
  sent: { label: 'Sent', color: 'green' },
  failed: { label: 'Could not send', color: 'red' },
};

/** Every mail Tandem wrote to this person, readable here whether or not it was sent. */
export function OutboxList({ timeZone }: { timeZone: string }) {
  const outbox = useOutbox();
  if (outbox.isPending) return <Loader size="sm" aria-label="Loading your outbox" />;
  if (outbox.isError) return <FormErrorAlert error={errorMessage(outbox.error)} />;
  const mails = outbox.data.pages.flatMap((p) => p.items);
  if (mails.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        No mails yet. Whenever Tandem writes to you, a copy appears here.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Accordion variant="contained" radius="md" chevronPosition="right">
        {mails.map((mail) => {
          const badge = STATUS_BADGE[mail.status];
          return (
            <Accordion.Item key={mail.id} value={mail.id}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600} truncate="end">
                      {mail.subject}
                    </Text>
                    <Text size="xs" c="gray.7">
                      {formatDateTime(mail.sentAt ?? mail.createdAt, timeZone)}
                    </Text>
                  </Stack>
                  <Badge variant="light" color={badge.color} style={{ flexShrink: 0 }}>
                    {badge.label}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {mail.lastError && (
                  <Text size="sm" c="red.8" mb="xs">
                    {mail.lastError}
                  </Text>
                )}
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {mail.text}
                </Text>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {outbox.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            size="sm"
            loading={outbox.isFetchingNextPage}
            onClick={() => outbox.fetchNextPage()}
          >
            Show older mails
          </Button>
        </Group>
      )}
    </Stack>
  );
}
