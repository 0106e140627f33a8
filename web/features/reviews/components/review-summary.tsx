import { Group, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { OwnReview, SharedReview } from '../../../../common/schemas/reviews.ts';
import { GOAL_MET_LABELS } from './goal-met-labels.ts';

function Answer({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <div>
      <Text size="sm" fw={600} c="gray.8">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text}</Text>
    </div>
  );
}

/** A written review, read-only: the viewer's own (with the private part marked) or the other's. */
export function ReviewSummary({ review }: { review: SharedReview | OwnReview }) {
  const reflection = 'privateReflection' in review ? review.privateReflection : '';
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm" fw={600} c="gray.8">
          Session goal reached:
        </Text>
        <Text fw={700}>{GOAL_MET_LABELS[review.goalMet]}</Text>
      </Group>
      <Answer label="What got in the way" text={review.whyNot} />
      <Answer label="Most useful" text={review.mostUseful} />
      <Answer label="Next steps" text={review.nextSteps} />
      {reflection && (
        <div>
          <Group gap={6} c="gray.8" wrap="nowrap">
            <IconLock size={16} aria-hidden="true" />
            <Text size="sm" fw={600} c="inherit">
              Private reflection · only you see this
            </Text>
          </Group>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{reflection}</Text>
        </div>
      )}
    </Stack>
  );
}
