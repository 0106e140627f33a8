import { Badge } from '@mantine/core';
import type { GoalStatus } from '../../../../common/schemas/goals.ts';

export const STATUS_LABELS: Record<GoalStatus, string> = {
  active: 'Active',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

// Filled and dark: white text stays above 4.5:1 (Mantine's darkest green is just under).
const colors: Record<GoalStatus, string> = {
  active: 'tandem',
  achieved: '#1f7a35',
  dropped: 'gray.7',
};

export function StatusBadge({ status }: { status: GoalStatus }) {
  return (
    <Badge color={colors[status]} variant="filled" radius="sm">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
