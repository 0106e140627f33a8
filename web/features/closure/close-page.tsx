import {
  Anchor,
  Button,
  Group,
  List,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CLOSE_REASON_CHOICES } from '../../../common/mentorships/close-reasons.ts';
import {
  CLOSE_NOTE_MAX,
  CLOSE_REASONS,
  type CloseReason,
  type Closure,
  closeMentorshipInput,
} from '../../../common/schemas/closure.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { LoadFailure } from '../../components/load-failure.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../lib/form-errors.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useCloseMentorship, useClosure } from './api/closure-queries.ts';
import { ClosedDetails } from './components/closed-details.tsx';

interface Values {
  reason: string;
  note: string;
}
const validate = zodValidate(closeMentorshipInput) as (values: Values) => Record<string, string>;

function sessionsWord(n: number) {
  return n === 1 ? 'The upcoming session will be' : `The ${n} upcoming sessions will be`;
}

function CloseForm({ closure }: { closure: Closure }) {
  const them = firstName(closure.counterpart.name);
  const close = useCloseMentorship(closure.mentorshipId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { reason: '', note: '' },
    validate: (values) => validate(values),
  });
  const submit = form.onSubmit((values) => {
    setFormError(null);
    close.mutate(
      { reason: values.reason as CloseReason, note: values.note || undefined },
      {
        onError: (error) => {
          if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormErrorAlert error={formError} />
        <Radio.Group
          label="Why are you closing it?"
          description={`${them} sees the reason in neutral words; nobody is blamed.`}
          {...form.getInputProps('reason')}
        >
          <Stack gap="xs" mt="xs">
            {CLOSE_REASONS.map((reason) => (
              <Radio key={reason} value={reason} label={CLOSE_REASON_CHOICES[reason]} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={`A note to ${them} (optional)`}
          description="A thank-you, what comes next for you, or an open door for later."
          placeholder="Thank you for the Tuesday evenings. I will let you know how the new job goes."
          autosize
          minRows={3}
          maxRows={10}
          maxLength={CLOSE_NOTE_MAX}
          {...form.getInputProps('note')}
        />
        <Paper
          withBorder
          radius="md"
          p="md"
          bg="gray.0"
          component="section"
          aria-labelledby="what-happens"
        >
          <Title id="what-happens" order={2} fz="md" mb="xs">
            What happens when you close it
          </Title>
          <List spacing={6} size="sm">
            <List.Item>
              {closure.upcomingSessions > 0
                ? `${sessionsWord(closure.upcomingSessions)} cancelled, and both calendars updated.`
                : 'There are no upcoming sessions to cancel.'}
            </List.Item>
            <List.Item>{them} will see that it ended, with your reason and your note.</List.Item>
            <List.Item>
              Goals, notes, reviews and action items stay available to both of you, and each of you
              can download a summary to keep.
            </List.Item>
            <List.Item>You can both write what you appreciated about the other.</List.Item>
          </List>
        </Paper>
        <Group gap="sm">
          <Button type="submit" loading={close.isPending}>
            Close the mentorship
          </Button>
          <Button component={Link} to={`/mentorships/${closure.mentorshipId}`} variant="default">
            Keep it going
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Ending a mentorship calmly: why, a word to the other person, and what follows. */
export function ClosePage() {
  const { id = '' } = useParams();
  const query = useClosure(id);
  const closure = query.data;
  const them = closure ? firstName(closure.counterpart.name) : '';
  const closed = closure?.status === 'closed';
  usePageTitle(
    closure
      ? closed
        ? `Your mentorship with ${them} has ended`
        : `Close your mentorship with ${them}`
      : 'Close a mentorship',
  );

  if (query.isPending) return <PageLoader label="Loading the mentorship…" />;
  if (query.isError || !closure) {
    return (
      <LoadFailure
        error={query.error}
        missingTitle="We could not find that mentorship"
        missingText="The link may be incomplete, or it belongs to someone else’s mentoring. Yours are all on the Mentoring page."
        failedTitle="This mentorship did not load"
        action={{ to: '/mentorships', label: 'Go to Mentoring' }}
      />
    );
  }
  const open = closure.status === 'active' || closure.status === 'paused';
  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to={`/mentorships/${id}`} size="sm">
        Back to you and {them}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>
          {closed ? `Your mentorship with ${them} has ended` : `Close your mentorship with ${them}`}
        </Title>
        <Text c="gray.7" size="lg">
          {closed
            ? 'Thank you both for the time you gave it.'
            : 'Ending well is part of mentoring. Take a moment; nothing happens until you confirm.'}
        </Text>
      </Stack>
      {closed && (
        <Paper withBorder radius="lg" p="lg">
          <ClosedDetails closure={closure} />
        </Paper>
      )}
      {open && <CloseForm closure={closure} />}
      {!open && !closed && (
        <Text>
          This mentorship has not started, so there is nothing to close. A request that waits can be
          withdrawn or declined from its page.
        </Text>
      )}
    </Stack>
  );
}
