import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { SessionDetail } from '../../../../common/schemas/sessions.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { CHANGE_COLOR } from './change-mark.tsx';
import { When } from './prep-share.tsx';

/**
 * What the mentor sees of the prep on the session page: whether it is shared, and the way to
 * the brief. (The page's readiness checklist already counts questions and links.)
 */
export function MentorPrepCard({ session }: { session: SessionDetail }) {
  const mentee = firstName(session.counterpart.name);
  const { prep } = session;
  const zone = session.myTimeZone;

  return (
    <Paper
      component="section"
      aria-labelledby="mentor-prep-title"
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Stack gap="sm">
        {/* Not "Jo's prep": the session page's readiness card already carries that title. */}
        <Title id="mentor-prep-title" order={2} fz="xl">
          Session brief
        </Title>
        {prep.sharedAt ? (
          <>
            <Text size="sm" c={prep.changedSinceRead ? CHANGE_COLOR : 'gray.7'}>
              {prep.changedSinceRead
                ? `${mentee} changed the prep since you last read it; the brief marks what is new.`
                : prep.lastReadAt
                  ? 'You have read the latest version. It is one page, ready to print.'
                  : `${mentee} shared their prep: the goal, the questions and the links, on one page. ${mentee} will see when you have opened it.`}
            </Text>
            <Group>
              <Button
                component={Link}
                to={`/sessions/${session.id}/brief`}
                leftSection={<IconFileText size={18} aria-hidden="true" />}
              >
                Open the brief
              </Button>
            </Group>
          </>
        ) : (
          <Text c="gray.7">
            {mentee} has not shared their prep yet · due{' '}
            <When iso={session.prepDueAt} timeZone={zone} />
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
