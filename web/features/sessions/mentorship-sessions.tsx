import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type {
  MentorshipRole,
  MentorshipStatus,
  PersonRef,
} from '../../../common/schemas/mentorships.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { useSessions } from './api/sessions-queries.ts';
import { ScheduleSessionButton } from './components/schedule-session-button.tsx';
import { SessionList } from './components/session-list.tsx';

export interface MentorshipSessionsProps {
  mentorshipId: string;
  status: MentorshipStatus;
  /** Null while an invitation waits for someone who has not joined: nothing to schedule yet. */
  counterpart: PersonRef | null;
  myRole: MentorshipRole;
}

/** Why there is no "Schedule" button, in the mentorship's own terms. */
function notSchedulable(status: MentorshipStatus, them: string): string {
  if (status === 'pending')
    return `Once ${them} and you have both said yes, you can plan sessions here.`;
  if (status === 'paused') return 'This mentorship is paused. Resume it to plan new sessions.';
  return 'This mentorship has ended, so no new sessions can be planned. Its sessions stay here.';
}

/**
 * A mentorship's sessions, upcoming and past, and the way to plan the next one. The mentorship
 * page renders it through its `sessionsPanel` slot, with plain props so neither feature
 * imports the other.
 */
export function MentorshipSessions({
  mentorshipId,
  status,
  counterpart,
  myRole,
}: MentorshipSessionsProps) {
  const upcoming = useSessions('upcoming', mentorshipId);
  const past = useSessions('past', mentorshipId);
  const them = counterpart ? firstName(counterpart.name) : 'they';
  const canSchedule = status === 'active' && counterpart !== null;
  const whoPreps =
    myRole === 'mentee'
      ? 'Before each one, share your prep so your mentor arrives ready.'
      : `Before each one, ${them} shares their prep with you.`;

  return (
    <Paper
      component="section"
      aria-labelledby="mentorship-sessions-title"
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title id="mentorship-sessions-title" order={2} fz="xl">
              Sessions
            </Title>
            <Text size="sm" c="gray.7">
              {canSchedule ? whoPreps : notSchedulable(status, them)}
            </Text>
          </div>
          {canSchedule && counterpart && (
            <ScheduleSessionButton mentorshipId={mentorshipId} counterpart={counterpart} />
          )}
        </Group>
        <Stack gap="xs">
          <Title order={3} fz="md">
            Upcoming
          </Title>
          <SessionList
            query={upcoming}
            empty={
              canSchedule
                ? `Nothing planned yet. Pick a time that suits ${them} and you.`
                : 'Nothing planned.'
            }
          />
        </Stack>
        <Stack gap="xs">
          <Title order={3} fz="md">
            Past and cancelled
          </Title>
          <SessionList query={past} empty="None yet." initial={3} />
        </Stack>
      </Stack>
    </Paper>
  );
}
