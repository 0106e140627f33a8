import { Alert, Anchor, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { GoalSummary } from '../../../common/schemas/goals.ts';
import {
  type Cadence,
  type MentorshipSummary,
  OPEN_MENTORSHIP_STATUSES,
  REQUEST_MESSAGE_MAX,
  REQUEST_MESSAGE_MIN,
  requestMentorshipInput,
} from '../../../common/schemas/mentorships.ts';
import type { PublicMentor } from '../../../common/schemas/profile.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { LoadFailure } from '../../components/load-failure.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../lib/form-errors.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useMentorships, useRequestMentorship } from './api/mentorships-queries.ts';
import { useActiveGoalsToShare, useMentorToAsk } from './api/use-request-context.ts';
import { CadenceSelect } from './components/cadence-select.tsx';
import { GoalCheckboxes } from './components/goal-checkboxes.tsx';
import { MessageField } from './components/message-field.tsx';

interface RequestValues {
  mentorId: string;
  goalIds: string[];
  message: string;
  cadence: Cadence | null;
}

const validate = zodValidate(requestMentorshipInput);

function alreadyTitle(open: MentorshipSummary, them: string): string {
  if (open.status !== 'pending') return `You and ${them} already work together`;
  return open.requestedBy === 'me'
    ? `You already asked ${them}: the request is waiting for an answer`
    : `${them} already asked you: the request is waiting for your answer`;
}

function RequestForm({ mentor, goals }: { mentor: PublicMentor; goals: GoalSummary[] }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const request = useRequestMentorship();
  const [formError, setFormError] = useState<string | null>(null);
  const preselected = params.get('goalId');
  const name = firstName(mentor.name);
  const form = useForm<RequestValues>({
    initialValues: {
      mentorId: mentor.id,
      goalIds: goals.some((g) => g.id === preselected) && preselected ? [preselected] : [],
      message: '',
      cadence: null,
    },
    validate,
  });
  const values = form.getValues();

  const submit = form.onSubmit(async (input) => {
    setFormError(null);
    try {
      const created = await request.mutateAsync(input);
      notifications.show({
        color: 'tandem',
        title: 'Request sent',
        message: `${name} will find it waiting. You will see their answer under Mentoring.`,
      });
      navigate(`/mentorships/${created.id}`);
    } catch (error) {
      // No field shows the mentor: a problem with them (or with the pair) is the whole form's.
      const aboutMentor = error instanceof ApiError && error.fields.mentorId;
      if (aboutMentor) {
        setFormError(aboutMentor);
      } else if (error instanceof ApiError && error.status === 409) {
        setFormError(error.message);
      } else if (!applyFieldErrors(form, error)) {
        setFormError(errorMessage(error));
      }
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <FormErrorAlert error={formError} />
        <GoalCheckboxes
          goals={goals}
          label="Which goals would you like help with?"
          description={`${name} will see these goals, and how they move along, from now on.`}
          value={values.goalIds}
          onChange={(ids) => form.setFieldValue('goalIds', ids)}
          error={form.errors.goalIds}
        />
        <MessageField
          label={`Your message to ${name}`}
          promptsTitle="A good request answers three questions"
          prompts={[
            'What do you want to achieve, and by when?',
            `Why ${name}? What in their experience made you think of them?`,
            'What have you tried so far, and where did you get stuck?',
          ]}
          min={REQUEST_MESSAGE_MIN}
          max={REQUEST_MESSAGE_MAX}
          required
          {...form.getInputProps('message')}
          value={values.message}
        />
        <CadenceSelect
          label="How often would you like to meet?"
          description="A proposal: you can settle it together once you start."
          value={values.cadence}
          onChange={(cadence) => form.setFieldValue('cadence', cadence)}
          error={form.errors.cadence}
          w={{ base: '100%', xs: 280 }}
        />
        <Group justify="flex-end" gap="sm">
          <Button
            component={Link}
            to={`/mentors/${encodeURIComponent(mentor.id)}`}
            variant="default"
          >
            Cancel
          </Button>
          <Button type="submit" loading={request.isPending} disabled={goals.length === 0}>
            Send request
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RequestMentorshipPage() {
  const { id = '' } = useParams();
  const mentor = useMentorToAsk(id);
  const goals = useActiveGoalsToShare();
  const mine = useMentorships();
  const name = mentor.data?.name;
  usePageTitle(name ? `Ask ${name} for mentoring` : 'Ask for mentoring');

  if (mentor.isPending || goals.isPending || mine.isPending) return <PageLoader />;
  if (mentor.isError) {
    return (
      <LoadFailure
        error={mentor.error}
        missingTitle="We could not find that mentor"
        missingText="The link may be incomplete, or this person is not mentoring at the moment."
        failedTitle="This page did not load"
        action={{ to: '/mentors', label: 'Find a mentor' }}
      />
    );
  }
  const m = mentor.data;
  // One open request or mentorship per pair: point to it instead of a form the server refuses.
  const open = mine.data?.mentorships.find(
    (x) => x.counterpart?.id === m.id && OPEN_MENTORSHIP_STATUSES.includes(x.status),
  );
  return (
    <Container size="md" px={0}>
      <Stack gap={4} mb="xl">
        <Anchor component={Link} to={`/mentors/${encodeURIComponent(m.id)}`} size="sm">
          Back to {m.name}’s profile
        </Anchor>
        <Title order={1}>Ask {m.name} for mentoring</Title>
        <Text c="gray.7" size="lg">
          Mentors say yes more easily when they can see what you are working on and why you chose
          them.
        </Text>
      </Stack>
      {open ? (
        <Alert color="tandem" variant="light" title={alreadyTitle(open, firstName(m.name))}>
          <Button component={Link} to={`/mentorships/${open.id}`} size="xs">
            Open it
          </Button>
        </Alert>
      ) : !m.acceptingRequests ? (
        <Alert
          color="gray"
          variant="light"
          title={`${firstName(m.name)} is not taking new mentees right now`}
        >
          <Text size="sm" mb="sm">
            Mentors pause when their time is full, so they can give their current mentees their
            best. Another mentor who fits your goal may be free sooner.
          </Text>
          <Button component={Link} to="/mentors" size="xs">
            Find another mentor
          </Button>
        </Alert>
      ) : goals.isError ? (
        <FormErrorAlert error={errorMessage(goals.error)} />
      ) : (
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
          <RequestForm mentor={m} goals={goals.data} />
        </Paper>
      )}
    </Container>
  );
}
