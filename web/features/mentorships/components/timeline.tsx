import { Timeline as MantineTimeline, Stack, Text, Title } from '@mantine/core';
import type { MentorshipDetail } from '../../../../common/schemas/mentorships.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { formatDateTime } from '../../../lib/time.ts';

type Event = MentorshipDetail['events'][number];

const VERBS: Record<Event['kind'], [mine: string, theirs: string]> = {
  requested: ['You asked for mentoring', 'asked for mentoring'],
  invited: ['You sent the invitation', 'sent the invitation'],
  accepted: ['You accepted', 'accepted'],
  declined: ['You declined', 'declined'],
  withdrawn: ['You withdrew it', 'withdrew it'],
  expired: ['It expired without an answer', 'It expired without an answer'],
  paused: ['You paused the mentorship', 'paused the mentorship'],
  resumed: ['You picked it up again', 'picked it up again'],
  closed: ['You closed the mentorship', 'closed the mentorship'],
  updated: ['You changed the settings', 'changed the settings'],
  matched: ['Your program matched you', 'Your program matched you'],
};

function sentence(event: Event, them: string): string {
  const [mine, theirs] = VERBS[event.kind];
  if (event.actor === 'me') return mine;
  if (event.actor === 'tandem') return theirs;
  return `${them} ${theirs}`;
}

/** What happened, oldest first, each line in the viewer's own time. */
export function MentorshipTimeline({ mentorship }: { mentorship: MentorshipDetail }) {
  const me = useCurrentUser();
  const them = mentorship.counterpart ? firstName(mentorship.counterpart.name) : 'They';
  return (
    <Stack component="section" aria-labelledby="timeline-title" gap="sm">
      <Title id="timeline-title" order={2} fz="lg">
        What happened so far
      </Title>
      <MantineTimeline bulletSize={14} lineWidth={2} color="tandem">
        {mentorship.events.map((event) => (
          <MantineTimeline.Item
            key={`${event.kind}-${event.createdAt}`}
            title={sentence(event, them)}
          >
            {event.note && (
              <Text size="sm" c="gray.8" style={{ whiteSpace: 'pre-wrap' }}>
                {event.note}
              </Text>
            )}
            <Text size="xs" c="gray.7" mt={2}>
              {formatDateTime(event.createdAt, me.timeZone)}
            </Text>
          </MantineTimeline.Item>
        ))}
      </MantineTimeline>
    </Stack>
  );
}
