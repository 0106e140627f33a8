import { Alert, Anchor, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconPrinter } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import type { Brief } from '../../../common/schemas/prep.ts';
import { bothLocalTimes, firstName } from '../../../common/sessions/session-times.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useBrief } from './api/prep-queries.ts';
import classes from './brief.module.css';
import {
  BriefActionItems,
  BriefCarriedQuestions,
  BriefGoal,
  BriefLinks,
  BriefQuestions,
  BriefSharedGoals,
} from './components/brief-sections.tsx';
import { When } from './components/prep-share.tsx';

/** The mentor brief: one printable page with everything the mentor needs before the session. */
export function BriefPage() {
  const { id = '' } = useParams();
  const brief = useBrief(id);
  usePageTitle(
    brief.data
      ? `Brief: ${firstName(brief.data.menteeName)}’s prep`
      : brief.isError
        ? 'Brief not available'
        : 'Brief',
  );

  if (brief.isPending) return <PageLoader label="Loading the brief…" />;
  if (brief.isError) return <BriefUnavailable sessionId={id} error={brief.error} />;
  return <BriefSheet brief={brief.data} />;
}

function isUrl(text: string) {
  return /^https?:\/\/\S+$/i.test(text);
}

function BriefSheet({ brief }: { brief: Brief }) {
  const { session, prep } = brief;
  const isMentee = session.myRole === 'mentee';
  const mentor = firstName(brief.mentorName);
  const mentee = firstName(brief.menteeName);
  const zone = session.myTimeZone;

  return (
    <Stack gap="md" className={classes.page}>
      <Group justify="space-between" className={classes.noPrint}>
        <Anchor component={Link} to={`/sessions/${session.id}`} size="sm">
          Back to the session
        </Anchor>
        <Button
          variant="default"
          leftSection={<IconPrinter size={18} aria-hidden="true" />}
          onClick={() => window.print()}
        >
          Print
        </Button>
      </Group>
      {isMentee && (
        <Alert
          className={classes.noPrint}
          variant="light"
          icon={<IconEye aria-hidden="true" />}
          title={`Preview — this is what ${mentor} will see`}
        >
          {prep.sharedAt
            ? `Only ${mentor} opening it counts as read; your preview never does.`
            : `You have not shared it yet: ${mentor} sees it once you press “Share with ${mentor}”.`}
        </Alert>
      )}
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} className={classes.sheet}>
        <Stack gap="lg">
          <Stack gap={4} component="header">
            <Text size="sm" fw={700} c="tandem.8" tt="uppercase" lts={0.8}>
              Session brief
            </Text>
            <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
              {mentee}’s prep for your session
            </Title>
            <Text c="gray.8" fw={600}>
              {bothLocalTimes(session.startsAt, zone, session.counterpart)} ·{' '}
              {session.durationMinutes} min
              {session.status === 'cancelled' && ' · cancelled'}
            </Text>
            <Text c="gray.8" style={{ overflowWrap: 'anywhere' }}>
              {session.location ? (
                isUrl(session.location) ? (
                  <Anchor
                    href={session.location}
                    target="_blank"
                    rel="noopener noreferrer"
                    className={classes.link}
                  >
                    Video link
                  </Anchor>
                ) : (
                  session.location
                )
              ) : (
                'Place or link not set yet'
              )}
            </Text>
            <Text size="sm" c="gray.7">
              {brief.menteeName} with {brief.mentorName}
              {prep.sharedAt && (
                <>
                  {' '}
                  · shared <When iso={prep.sharedAt} timeZone={zone} />
                </>
              )}
            </Text>
          </Stack>
          {!isMentee && prep.changesSinceRead?.any && (
            <Alert variant="light" color="orange" className={classes.noPrint}>
              {mentee} changed the prep since you last read it. What is new is marked below.
            </Alert>
          )}
          <BriefGoal brief={brief} />
          <BriefQuestions brief={brief} />
          <BriefCarriedQuestions brief={brief} />
          <BriefLinks brief={brief} />
          <BriefSharedGoals brief={brief} />
          <BriefActionItems brief={brief} />
        </Stack>
      </Paper>
    </Stack>
  );
}

function BriefUnavailable({ sessionId, error }: { sessionId: string; error: unknown }) {
  const notShared = error instanceof ApiError && error.code === 'prep_not_shared';
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <Container size="sm" px={0} py="xl">
      <Stack align="flex-start" gap="md">
        <Title order={1}>
          {notShared
            ? 'The prep is not shared yet'
            : missing
              ? 'We could not find that session'
              : 'The brief did not load'}
        </Title>
        <Text c="gray.7" size="lg">
          {missing
            ? 'It may have been removed, or the link may be incomplete.'
            : errorMessage(error)}
        </Text>
        <Button component={Link} to={missing ? '/home' : `/sessions/${sessionId}`}>
          {missing ? 'Go to Home' : 'Back to the session'}
        </Button>
      </Stack>
    </Container>
  );
}
