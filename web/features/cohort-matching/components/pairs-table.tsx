import { Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import type { MatchedPair, RunOutput } from '../../../../common/schemas/cohort-matching.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useEditPairs, usePairRules, useSavePairRules } from '../api/matching-queries.ts';

const NOBODY = '__nobody__';

function topReasons(pair: MatchedPair) {
  return pair.reasons
    .filter((r) => r.contribution > 0)
    .slice(0, 2)
    .map((r) => r.sentence);
}

/** The proposed pairs, with their score and reasons, and what the admin can change. */
export function PairsTable({ run, readOnly }: { run: RunOutput; readOnly: boolean }) {
  const edit = useEditPairs(run.id);
  const rules = usePairRules(run.cohortId);
  const saveRules = useSavePairRules(run.cohortId);
  const mentors = run.summary?.mentors ?? [];
  const addRule = (pair: MatchedPair, rule: 'lock' | 'exclude') => {
    const current = (rules.data?.rules ?? []).filter(
      (r) => !(r.menteeId === pair.menteeId && r.mentorId === pair.mentorId),
    );
    saveRules.mutate({
      rules: [
        ...current
          .filter((r) => !(rule === 'lock' && r.rule === 'lock' && r.menteeId === pair.menteeId))
          .map(({ menteeId, mentorId, rule: kind }) => ({ menteeId, mentorId, rule: kind })),
        { menteeId: pair.menteeId, mentorId: pair.mentorId, rule },
      ],
    });
  };
  const ruleOf = (pair: MatchedPair) =>
    rules.data?.rules.find((r) => r.menteeId === pair.menteeId && r.mentorId === pair.mentorId)
      ?.rule;
  return (
    <Stack gap="sm">
      {edit.isError && <FormErrorAlert error={errorMessage(edit.error)} />}
      {saveRules.isError && <FormErrorAlert error={errorMessage(saveRules.error)} />}
      {saveRules.isSuccess && (
        <Text size="sm" role="status">
          Saved. Locks and exclusions apply when you propose a matching again.
        </Text>
      )}
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Mentee</Table.Th>
              <Table.Th>Mentor</Table.Th>
              <Table.Th>Score</Table.Th>
              <Table.Th>Why they fit</Table.Th>
              {!readOnly && <Table.Th>Changes</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.pairs.map((pair) => {
              const rule = ruleOf(pair);
              const mentorOptions = [
                { value: pair.mentorId, label: pair.mentorName },
                ...mentors
                  .filter((m) => m.mentorId !== pair.mentorId && m.taken < m.capacity)
                  .map((m) => ({
                    value: m.mentorId,
                    label: `${m.name} (${m.capacity - m.taken} free)`,
                  })),
                { value: NOBODY, label: 'Nobody for now' },
              ];
              const swapOptions = run.pairs
                .filter((o) => o.menteeId !== pair.menteeId && o.mentorId !== pair.mentorId)
                .map((o) => ({
                  value: o.menteeId,
                  label: `${o.menteeName} (with ${o.mentorName})`,
                }));
              return (
                <Table.Tr key={pair.menteeId}>
                  <Table.Td>
                    <Text fw={600}>{pair.menteeName}</Text>
                    <Group gap={4}>
                      {pair.locked && <Badge color="gray.8">Locked</Badge>}
                      {pair.edited && <Badge color="gray.8">Changed by hand</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{pair.mentorName}</Table.Td>
                  <Table.Td>{pair.score}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {topReasons(pair).map((s) => (
                        <Text key={s} size="sm">
                          {s}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  {!readOnly && (
                    <Table.Td>
                      <Stack gap="xs" w={260}>
                        <Select
                          label={`Mentor for ${pair.menteeName}`}
                          size="xs"
                          data={mentorOptions}
                          value={pair.mentorId}
                          allowDeselect={false}
                          disabled={edit.isPending}
                          onChange={(value) =>
                            value &&
                            value !== pair.mentorId &&
                            edit.mutate({
                              action: 'move',
                              menteeId: pair.menteeId,
                              mentorId: value === NOBODY ? null : value,
                            })
                          }
                        />
                        {swapOptions.length > 0 && (
                          <Select
                            label={`Swap mentors of ${pair.menteeName} with`}
                            size="xs"
                            placeholder="Choose a mentee"
                            data={swapOptions}
                            value={null}
                            disabled={edit.isPending}
                            onChange={(value) =>
                              value &&
                              edit.mutate({
                                action: 'swap',
                                menteeId: pair.menteeId,
                                otherMenteeId: value,
                              })
                            }
                          />
                        )}
                        <Group gap="xs">
                          <Button
                            size="compact-sm"
                            variant="default"
                            disabled={rule === 'lock' || saveRules.isPending}
                            onClick={() => addRule(pair, 'lock')}
                            aria-label={`Lock ${pair.menteeName} with ${pair.mentorName} for the next proposal`}
                          >
                            {rule === 'lock' ? 'Locked next time' : 'Lock'}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="default"
                            disabled={rule === 'exclude' || saveRules.isPending}
                            onClick={() => addRule(pair, 'exclude')}
                            aria-label={`Never pair ${pair.menteeName} with ${pair.mentorName}`}
                          >
                            {rule === 'exclude' ? 'Excluded next time' : 'Exclude'}
                          </Button>
                        </Group>
                      </Stack>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
