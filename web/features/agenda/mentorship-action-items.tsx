import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { MentorshipStatus, PersonRef } from '../../../common/schemas/mentorships.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { useActionItems } from './api/agenda-queries.ts';
import { ActionItemsList } from './components/action-items-list.tsx';

interface Props {
  mentorshipId: string;
  counterpart: PersonRef | null;
  status: MentorshipStatus;
}

/** Only a mentorship that started has a list (kept as a record once closed). */
const STARTED: MentorshipStatus[] = ['active', 'paused', 'closed'];

/** The mentorship page's list of every action item: open (overdue first), then the rest folded. */
export function MentorshipActionItems({ mentorshipId, counterpart, status }: Props) {
  const query = useActionItems(mentorshipId);
  if (!counterpart || !STARTED.includes(status)) return null;
  const overdue = query.data?.items.filter((item) => item.overdue).length ?? 0;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="action-items-title">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title id="action-items-title" order={2} fz="lg">
            Action items
          </Title>
          <Text size="sm" c="gray.7">
            One list you keep together. Open items show up on every session’s agenda until they are
            done or dropped.
            {overdue > 0 && ` ${overdue === 1 ? 'One is' : `${overdue} are`} overdue.`}
          </Text>
        </Stack>
        {query.isPending ? (
          <Skeleton height={80} radius="md" />
        ) : query.isError ? (
          <Text c="red.9">{errorMessage(query.error)}</Text>
        ) : (
          <ActionItemsList
            mentorshipId={mentorshipId}
            items={query.data.items}
            myRole={query.data.myRole}
            them={firstName(counterpart.name)}
            editable={query.data.editable}
            collapseResolved
          />
        )}
      </Stack>
    </Paper>
  );
}
