import { Alert, Button, Checkbox, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { CADENCE_LABELS } from '../../../../common/mentorships/mentorship-labels.ts';
import type { NotMeetingPair } from '../../../../common/schemas/program-health.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useNudgePairs } from '../api/health-queries.ts';
import { dayLabel } from '../health-text.ts';

/** Pairs that have not met within their rhythm, with a kind nudge to the ones chosen. */
export function NotMeetingTable({
  cohortId,
  pairs,
}: {
  cohortId: string;
  pairs: NotMeetingPair[];
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const nudge = useNudgePairs(cohortId);
  const open = pairs.filter((p) => !p.nudgedToday);
  const toggle = (id: string, on: boolean) =>
    setChosen((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  const allChosen = open.length > 0 && open.every((p) => chosen.includes(p.mentorshipId));

  if (pairs.length === 0) {
    return <Text c="gray.8">Every pair with an agreed rhythm is meeting within it. Lovely.</Text>;
  }
  const send = () =>
    nudge.mutate(chosen, {
      onSuccess: (result) => {
        setConfirming(false);
        setChosen([]);
        setDone(
          result.nudged === 1
            ? 'One pair was sent a friendly nudge.'
            : `${result.nudged} pairs were sent a friendly nudge.`,
        );
      },
    });
  return (
    <Stack gap="sm">
      {done && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setDone(null)}
        >
          {done}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Caption>Pairs that have not met within their rhythm</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox
                  aria-label="Choose every pair not nudged today"
                  checked={allChosen}
                  disabled={open.length === 0}
                  onChange={(e) =>
                    setChosen(e.currentTarget.checked ? open.map((p) => p.mentorshipId) : [])
                  }
                />
              </Table.Th>
              <Table.Th scope="col">Pair</Table.Th>
              <Table.Th scope="col">Last met</Table.Th>
              <Table.Th scope="col">Rhythm</Table.Th>
              <Table.Th scope="col">Days since</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pairs.map((p) => (
              <Table.Tr key={p.mentorshipId}>
                <Table.Td>
                  {p.nudgedToday ? (
                    <Text size="sm" c="gray.8">
                      Nudged today
                    </Text>
                  ) : (
                    <Checkbox
                      aria-label={`Choose ${p.menteeName} and ${p.mentorName}`}
                      checked={chosen.includes(p.mentorshipId)}
                      onChange={(e) => toggle(p.mentorshipId, e.currentTarget.checked)}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {p.menteeName} with {p.mentorName}
                </Table.Td>
                <Table.Td>{p.lastMetOn ? dayLabel(p.lastMetOn) : 'Not met yet'}</Table.Td>
                <Table.Td>{CADENCE_LABELS[p.cadence]}</Table.Td>
                <Table.Td>{p.daysSince}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group>
        <Button disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
          Send a nudge{chosen.length > 1 ? ` to ${chosen.length} pairs` : ''}
        </Button>
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title="Send a friendly nudge?"
      >
        <Stack gap="md">
          <Text>
            Both people of {chosen.length === 1 ? 'the pair' : `the ${chosen.length} pairs`} get a
            short, kind note suggesting a check-in or a new date. It blames nobody, and it goes once
            a day at most.
          </Text>
          {nudge.isError && (
            <Text c="red.9" size="sm" role="alert">
              {errorMessage(nudge.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Not now
            </Button>
            <Button loading={nudge.isPending} onClick={send}>
              Send the nudge
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
