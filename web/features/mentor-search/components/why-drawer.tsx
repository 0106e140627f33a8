import { Drawer, Group, Progress, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { FitReason, MentorSearchResult } from '../../../../common/schemas/mentor-search.ts';
import { CRITERIA, SCORE_EXPLANATION } from '../lib/criteria.ts';
import { FitScore } from './fit-score.tsx';

const points = (n: number) => {
  const rounded = Math.round(n * 10) / 10;
  return `${rounded} point${rounded === 1 ? '' : 's'}`;
};

function ReasonRow({ reason }: { reason: FitReason }) {
  const { label } = CRITERIA[reason.criterion];
  const counted = reason.weight > 0;
  const share = counted ? Math.round((reason.contribution / reason.weight) * 100) : 0;
  const labelId = `why-${reason.criterion}`;
  return (
    <Stack component="li" gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text id={labelId} fw={600} size="sm">
          {label}
        </Text>
        <Text size="sm" c="gray.7">
          {counted
            ? `${points(reason.contribution)} of ${Math.round(reason.weight * 10) / 10}`
            : 'Not counted'}
        </Text>
      </Group>
      {counted && (
        <Progress
          value={share}
          size="sm"
          color={share >= 50 ? 'tandem.8' : 'tandem.5'}
          // The points are written out just above: the bar is a picture of them.
          aria-hidden="true"
        />
      )}
      <Text size="sm" c="gray.8">
        {reason.sentence}
      </Text>
    </Stack>
  );
}

/**
 * The full explanation behind one score: every criterion with what it earned out of its weight,
 * strongest first, then those that did not count. Mantine traps focus inside and gives it
 * back to the "Why this mentor" button on close.
 */
export function WhyDrawer({
  result,
  onClose,
}: {
  result: MentorSearchResult | null;
  onClose: () => void;
}) {
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const reasons = [...(result?.reasons ?? [])].sort(
    (a, b) => Number(b.weight > 0) - Number(a.weight > 0) || b.contribution - a.contribution,
  );
  return (
    <Drawer
      opened={result !== null}
      onClose={onClose}
      position={isPhone ? 'bottom' : 'right'}
      size={isPhone ? '85%' : 'md'}
      // Mantine renders the title as the dialog's h2 and names the dialog after it.
      title={result ? `How ${result.mentor.name} fits your search` : ''}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
      closeButtonProps={{ 'aria-label': 'Close' }}
      transitionProps={{ duration: 0 }}
    >
      {result && (
        <Stack gap="lg">
          <Group wrap="nowrap" gap="md">
            <FitScore score={result.score} size={80} />
            <Text size="sm" c="gray.7">
              {SCORE_EXPLANATION}
            </Text>
          </Group>
          <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
            {reasons.map((reason) => (
              <ReasonRow key={reason.criterion} reason={reason} />
            ))}
          </Stack>
        </Stack>
      )}
    </Drawer>
  );
}
