import { Badge } from '@mantine/core';
import { STATUS_LABELS } from '../../../../common/mentorships/mentorship-labels.ts';
import type { MentorshipStatus } from '../../../../common/schemas/mentorships.ts';

// Filled and dark, so white text stays above 4.5:1 whatever the colour.
const colors: Record<MentorshipStatus, string> = {
  pending: '#8a5300',
  active: 'tandem',
  paused: 'indigo.8',
  closed: 'gray.7',
  declined: 'gray.7',
  withdrawn: 'gray.7',
  expired: 'gray.7',
};

export function MentorshipStatusBadge({ status }: { status: MentorshipStatus }) {
  return (
    <Badge color={colors[status]} variant="filled" radius="sm" tt="none">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
