import { Alert } from '@mantine/core';
import { IconCalendarX } from '@tabler/icons-react';
import type { SessionDetail } from '../../../../common/schemas/sessions.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { formatDateTime } from '../../../lib/time.ts';

/** Who called the session off, when and why: the first thing to know on a cancelled session. */
export function CancelledNotice({ session }: { session: SessionDetail }) {
  const event = session.history.findLast((item) => item.kind === 'cancelled');
  const who = event?.actor === 'me' ? 'You' : firstName(session.counterpart.name);
  return (
    <Alert
      color="gray"
      variant="light"
      title="This session is off"
      icon={<IconCalendarX aria-hidden="true" />}
    >
      {event
        ? `${who} cancelled it on ${formatDateTime(event.createdAt, session.myTimeZone)}${event.reason ? `: “${event.reason}”` : '.'}`
        : 'It was cancelled.'}
    </Alert>
  );
}
