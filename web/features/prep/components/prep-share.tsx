import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChecks, IconClock, IconEye, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Prep } from '../../../../common/schemas/prep.ts';
import type { SessionDetail } from '../../../../common/schemas/sessions.ts';
import { dayAndTimeIn } from '../../../../common/sessions/session-times.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useSharePrep } from '../api/prep-queries.ts';

/** "Tue 14:02" in the viewer's zone, as a <time> element. */
export function When({ iso, timeZone }: { iso: string; timeZone: string }) {
  return <time dateTime={iso}>{dayAndTimeIn(new Date(iso), timeZone)}</time>;
}

/** Once shared: when, and whether the mentor has opened it since. */
export function PrepReceipt({
  prep,
  timeZone,
  mentorName,
}: {
  prep: Prep;
  timeZone: string;
  mentorName: string;
}) {
  if (!prep.sharedAt) return null;
  return (
    <Paper bg="gray.0" radius="md" p="sm" data-testid="prep-receipt">
      <Stack gap={4}>
        <Group gap={6} wrap="nowrap">
          <IconSend size={16} color="var(--mantine-color-gray-7)" aria-hidden="true" />
          <Text size="sm" fw={600} c="gray.9">
            Shared <When iso={prep.sharedAt} timeZone={timeZone} />
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          {prep.lastReadAt ? (
            <IconChecks size={16} color="var(--mantine-color-tandem-8)" aria-hidden="true" />
          ) : (
            <IconClock size={16} color="var(--mantine-color-gray-7)" aria-hidden="true" />
          )}
          <Text size="sm" fw={600} c={prep.lastReadAt ? 'tandem.8' : 'gray.7'}>
            {prep.lastReadAt ? (
              <>
                Read by {mentorName} · <When iso={prep.lastReadAt} timeZone={timeZone} />
              </>
            ) : (
              'Not opened yet'
            )}
          </Text>
        </Group>
        <Text size="sm" c="gray.7">
          {prep.changesSinceRead?.any
            ? `You changed it since ${mentorName} read it: the changes are marked below, and for ${mentorName} in the brief.`
            : `${mentorName} sees every change you save from now on.`}{' '}
          <Anchor component={Link} to={`/sessions/${prep.sessionId}/brief`} size="sm">
            Preview the brief
          </Anchor>
        </Text>
      </Stack>
    </Paper>
  );
}

/** The share button, with what it still needs; nothing once shared (the receipt says so). */
export function PrepShare({
  prep,
  session,
  mentorName,
}: {
  prep: Prep;
  session: SessionDetail;
  mentorName: string;
}) {
  const share = useSharePrep(prep.sessionId);
  const [error, setError] = useState<string | null>(null);
  const zone = session.myTimeZone;
  const late = new Date(session.prepDueAt).getTime() < Date.now();

  if (prep.sharedAt) return null;
  if (!prep.editable) {
    return (
      <Text size="sm" c="gray.7">
        This prep was never shared.
      </Text>
    );
  }

  const reason = !prep.goal
    ? `Write and save the session goal first: it is the one thing ${mentorName} needs to start.`
    : prep.questions.length === 0
      ? `Questions are optional, but they help ${mentorName} come prepared.`
      : late
        ? `It was due ${dayAndTimeIn(new Date(session.prepDueAt), zone)}; sharing now still helps.`
        : `Due ${dayAndTimeIn(new Date(session.prepDueAt), zone)}. ${mentorName} can read it as soon as you share.`;

  return (
    <Stack gap="xs">
      {error && (
        <Alert color="red" variant="light">
          {error}
        </Alert>
      )}
      <Group gap="sm" wrap="wrap">
        <Button
          leftSection={<IconSend size={18} aria-hidden="true" />}
          disabled={!prep.goal}
          loading={share.isPending}
          aria-describedby="prep-share-hint"
          onClick={() => {
            setError(null);
            share.mutate(undefined, { onError: (failure) => setError(errorMessage(failure)) });
          }}
        >
          Share with {mentorName}
        </Button>
        <Button
          component={Link}
          to={`/sessions/${prep.sessionId}/brief`}
          variant="default"
          leftSection={<IconEye size={18} aria-hidden="true" />}
        >
          Preview the brief
        </Button>
      </Group>
      <Text id="prep-share-hint" size="sm" c="gray.7">
        {reason}
      </Text>
    </Stack>
  );
}
