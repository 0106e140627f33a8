import { Alert, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { todayIn } from '../../../common/calendar-date.ts';
import type { Agenda, QuestionOutcomeInput } from '../../../common/schemas/agenda.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { LoadFailure } from '../../components/load-failure.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { formatCalendarDate } from '../../lib/time.ts';
import { useAgenda, useSetOutcome } from './api/agenda-queries.ts';
import { ActionItemsList } from './components/action-items-list.tsx';
import { AgendaQuestionRow } from './components/agenda-question.tsx';
import { LiveHeader } from './components/live-header.tsx';

/** What the notes slot is given: the session, whose name to show, and whether it may change. */
export interface LiveNotesContext {
  sessionId: string;
  counterpartName: string;
  readOnly: boolean;
}

export interface LiveSessionPageProps {
  /** The shared and private notes, composed in by the app layer; the agenda alone without it. */
  notes?: (context: LiveNotesContext) => ReactNode;
}

/** The page both people keep open during a session: the agenda on the left, notes on the right. */
export function LiveSessionPage({ notes }: LiveSessionPageProps) {
  const { id = '' } = useParams();
  const query = useAgenda(id);
  const them = query.data ? firstName(query.data.session.counterpart.name) : null;
  usePageTitle(
    them ? `Live: session with ${them}` : query.isError ? 'Session not found' : 'Session',
  );

  if (query.isPending) return <PageLoader label="Loading the agenda…" />;
  if (query.isError) {
    return (
      <LoadFailure
        error={query.error}
        missingTitle="We could not find that session"
        missingText="The link may be incomplete, or the session may belong to someone else’s mentorship."
        failedTitle="The agenda did not load"
        action={{ to: '/sessions', label: 'See my sessions' }}
      />
    );
  }
  const agenda = query.data;
  const notesPanel = notes?.({
    sessionId: agenda.session.id,
    counterpartName: agenda.session.counterpart.name,
    readOnly: !agenda.editable,
  });

  return (
    <Stack gap="lg">
      <LiveHeader session={agenda.session} />
      <SessionGoal agenda={agenda} />
      {!agenda.editable && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden="true" />}>
          {agenda.session.status === 'cancelled'
            ? 'This session was cancelled. Its questions move on to your next session.'
            : 'This mentorship has closed: the agenda is kept as a record.'}
        </Alert>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: notesPanel ? 7 : 12 }}>
          <AgendaColumn agenda={agenda} />
        </Grid.Col>
        {notesPanel && <Grid.Col span={{ base: 12, md: 5 }}>{notesPanel}</Grid.Col>}
      </Grid>
    </Stack>
  );
}

function SessionGoal({ agenda }: { agenda: Agenda }) {
  const mentee =
    agenda.session.myRole === 'mentor' ? firstName(agenda.session.counterpart.name) : null;
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="live-goal"
    >
      <Title id="live-goal" order={2} fz="sm" tt="uppercase" lts={0.6} c="gray.7" mb={4}>
        Session goal
      </Title>
      {mentee && !agenda.prepShared ? (
        <Text c="gray.8">
          {mentee} has not shared the prep yet. The goal and questions appear here once they do.
        </Text>
      ) : (
        <Text fz="lg" fw={600} c="gray.9" style={{ overflowWrap: 'anywhere' }}>
          {agenda.goal || 'No session goal written for this one.'}
        </Text>
      )}
      {agenda.linkedGoalTitle && (
        <Text size="sm" c="gray.7" mt={4}>
          Serves the goal: {agenda.linkedGoalTitle}
        </Text>
      )}
    </Paper>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" aria-labelledby={id} gap="xs">
      <Title id={id} order={2} fz="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function AgendaColumn({ agenda }: { agenda: Agenda }) {
  const { session } = agenda;
  const setOutcome = useSetOutcome(session.id);
  const them = firstName(session.counterpart.name);
  const change = (questionId: string) => (input: QuestionOutcomeInput) =>
    setOutcome.mutateAsync({ questionId, ...input }).catch((error: unknown) => {
      notifications.show({
        color: 'red',
        title: 'That tick was not saved',
        message: errorMessage(error),
      });
      throw error;
    });
  const list = (children: ReactNode) => (
    <Stack component="ol" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
      {children}
    </Stack>
  );

  return (
    <Stack gap="xl">
      <Section id="live-questions" title="Questions">
        {agenda.questions.length === 0 ? (
          <Text c="gray.7">
            {session.myRole === 'mentor' && !agenda.prepShared
              ? `${them}’s questions appear here once the prep is shared.`
              : 'No questions were prepared for this session.'}
          </Text>
        ) : (
          list(
            agenda.questions.map((question, index) => (
              <AgendaQuestionRow
                key={question.id}
                question={question}
                index={index}
                editable={agenda.editable}
                onChange={change(question.id)}
              />
            )),
          )
        )}
      </Section>
      {agenda.carried.length > 0 && (
        <Section id="live-carried" title="Carried from earlier sessions">
          {list(
            agenda.carried.map((question) => (
              <AgendaQuestionRow
                key={question.id}
                question={question}
                from={`From the session of ${formatCalendarDate(todayIn(session.myTimeZone, new Date(question.fromStartsAt)))}${question.fromCancelled ? ' (cancelled)' : ''}`}
                editable={agenda.editable}
                canDrop
                onChange={change(question.id)}
              />
            )),
          )}
        </Section>
      )}
      <Section id="live-action-items" title="Action items">
        <ActionItemsList
          mentorshipId={session.mentorshipId}
          sessionId={session.id}
          items={agenda.actionItems}
          myRole={session.myRole}
          them={them}
          editable={agenda.editable}
        />
      </Section>
    </Stack>
  );
}
