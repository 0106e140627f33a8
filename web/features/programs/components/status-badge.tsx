import { Badge } from '@mantine/core';
import type { ApplicationStatus } from '../../../../common/schemas/applications.ts';
import { STATUS_COLORS, STATUS_LABELS } from '../program-words.ts';

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="filled" radius="sm">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
