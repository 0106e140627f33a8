import { Anchor, Grid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { firstName } from '../../../common/sessions/session-times.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { PrivateNotePanel } from '../../features/notes/private-note-panel.tsx';
import { SharedNotesPanel } from '../../features/notes/shared-notes-panel.tsx';
import { useSession } from '../../features/sessions/api/sessions-queries.ts';
import { sessionBothTimes } from '../../features/sessions/lib/session-format.ts';
import { usePageTitle } from '../../lib/page-title.ts';

/** The session as it happens (and afterwards): the shared notes and the reader's own notes. */
export function LiveSession() {
  const { id = '' } = useParams();
  const query = useSession(id);
  const them = query.data ? firstName(query.data.counterpart.name) : null;
  usePageTitle(them ? `Notes with ${them}` : 'Session notes');

  if (query.isPending) return <PageLoader label="Loading the session…" />;
  if (query.isError) {
    return (
      <LoadFailure
        error={query.error}
        missingTitle="We could not find that session"
        missingText="The link may be incomplete, or the session may belong to someone else’s mentorship."
        failedTitle="This session did not load"
        action={{ to: '/sessions', label: 'See my sessions' }}
      />
    );
  }
  const session = query.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/sessions/${session.id}`} size="sm">
        Back to the session
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>Session with {them}</Title>
        <Text size="lg" c="gray.8">
          {sessionBothTimes(session)}
        </Text>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <SharedNotesPanel sessionId={session.id} counterpartName={session.counterpart.name} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <PrivateNotePanel sessionId={session.id} counterpartName={session.counterpart.name} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
