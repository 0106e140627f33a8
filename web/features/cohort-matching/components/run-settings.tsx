import { Button, Checkbox, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  MATCHING_MODES,
  type MatchingMode,
  MUST_HAVE_CRITERIA,
  type MustHaveCriterion,
} from '../../../../common/schemas/cohort-matching.ts';
import type { Cohort } from '../../../../common/schemas/programs.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useStartRun } from '../api/matching-queries.ts';
import { MODE_WORDS, MUST_HAVE_WORDS } from '../matching-words.ts';

/** How to match, and the button that proposes a matching. */
export function RunSettings({
  cohort,
  disabled,
  onStarted,
}: {
  cohort: Cohort;
  disabled: boolean;
  onStarted: (runId: string) => void;
}) {
  const start = useStartRun(cohort.id);
  const [mode, setMode] = useState<MatchingMode>('best-total-fit');
  const [gap, setGap] = useState<number | string>(cohort.maxTimeZoneGapHours ?? '');
  const [sameTeam, setSameTeam] = useState(false);
  const [must, setMust] = useState<MustHaveCriterion[]>([]);
  const propose = () =>
    start.mutate(
      {
        mode,
        maxTimeZoneGapHours: gap === '' ? null : Number(gap),
        excludeSameTeam: sameTeam,
        mustHaves: must,
      },
      { onSuccess: (run) => onStarted(run.id) },
    );
  return (
    <Stack gap="md">
      <Radio.Group label="How to match" value={mode} onChange={(v) => setMode(v as MatchingMode)}>
        <Stack gap="xs" mt="xs">
          {MATCHING_MODES.map((m) => (
            <Radio
              key={m}
              value={m}
              label={MODE_WORDS[m].label}
              description={MODE_WORDS[m].explain}
            />
          ))}
        </Stack>
      </Radio.Group>
      <NumberInput
        label="Largest time-zone gap (hours)"
        description="Leave empty for no limit."
        min={0}
        max={12}
        w={260}
        value={gap}
        onChange={setGap}
      />
      <Checkbox
        label="Never pair people from the same team"
        checked={sameTeam}
        onChange={(e) => setSameTeam(e.currentTarget.checked)}
      />
      <Checkbox.Group
        label="Must match for every pair"
        value={must}
        onChange={(v) => setMust(v as MustHaveCriterion[])}
      >
        <Group gap="md" mt="xs">
          {MUST_HAVE_CRITERIA.map((c) => (
            <Checkbox key={c} value={c} label={MUST_HAVE_WORDS[c]} />
          ))}
        </Group>
      </Checkbox.Group>
      <Text size="sm" c="gray.8">
        Lived experiences are not used for program matching.
      </Text>
      {start.isError && <FormErrorAlert error={errorMessage(start.error)} />}
      <Group>
        <Button onClick={propose} loading={start.isPending} disabled={disabled}>
          Propose a matching
        </Button>
      </Group>
    </Stack>
  );
}
