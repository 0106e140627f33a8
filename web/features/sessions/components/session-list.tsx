import { Button, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { SessionSummary } from '../../../../common/schemas/sessions.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useMinuteClock } from '../../../lib/time.ts';
import { SessionRow } from './session-row.tsx';

interface Props {
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data?: { sessions: SessionSummary[] };
  };
  /** What to say when there is nothing to list. */
  empty: string;
  /** Show this many, with a button for the rest (all when absent). */
  initial?: number;
}

/** A list of sessions in the order the API gave, with its loading, error and empty states. */
export function SessionList({ query, empty, initial }: Props) {
  const now = useMinuteClock();
  const [showAll, setShowAll] = useState(false);
  if (query.isPending) {
    return (
      <Stack gap="sm" aria-hidden="true">
        <Skeleton h={84} radius="md" />
        <Skeleton h={84} radius="md" />
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <Text c="red.9" size="sm">
        {errorMessage(query.error)}
      </Text>
    );
  }
  const sessions = query.data?.sessions ?? [];
  if (sessions.length === 0) {
    return (
      <Text c="gray.7" size="sm">
        {empty}
      </Text>
    );
  }
  const shown = initial && !showAll ? sessions.slice(0, initial) : sessions;
  return (
    <Stack gap="sm">
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {shown.map((session) => (
          <li key={session.id}>
            <SessionRow session={session} now={now} />
          </li>
        ))}
      </Stack>
      {shown.length < sessions.length && (
        <Button
          variant="subtle"
          onClick={() => setShowAll(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          Show all {sessions.length}
        </Button>
      )}
    </Stack>
  );
}
