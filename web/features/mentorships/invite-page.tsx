import {
  Anchor,
  Button,
  Container,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type Cadence,
  INVITE_MESSAGE_MIN,
  type InvitationCreated,
  inviteInput,
  type MentorshipRole,
  REQUEST_MESSAGE_MAX,
} from '../../../common/schemas/mentorships.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { applyFieldErrors, zodValidate } from '../../lib/form-errors.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useCreateInvitation } from './api/mentorships-queries.ts';
import { useActiveGoalsToShare } from './api/use-request-context.ts';
import { CadenceSelect } from './components/cadence-select.tsx';
import { GoalCheckboxes } from './components/goal-checkboxes.tsx';
import { InviteLinkBox } from './components/invite-link-box.tsx';
import { MessageField } from './components/message-field.tsx';

interface InviteValues {
  inviteeRole: MentorshipRole | '';
  email: string;
  message: string;
  goalIds: string[];
  cadence: Cadence | null;
}

/** Form values → the API's input: an empty email means "I will share the link myself". */
function toInput(values: InviteValues) {
  const theyMentor = values.inviteeRole === 'mentor';
  return {
    inviteeRole: values.inviteeRole as MentorshipRole,
    ...(values.email.trim() ? { email: values.email.trim() } : {}),
    message: values.message,
    ...(theyMentor && values.goalIds.length ? { goalIds: values.goalIds } : {}),
    cadence: values.cadence,
  };
}

const validateInput = zodValidate(inviteInput);

const PROMPTS: Record<MentorshipRole | '', string[]> = {
  mentor: [
    'What would you like their help with, and why them?',
    'What have you already tried on your own?',
    'How much of their time are you hoping for?',
  ],
  mentee: [
    'What could you help them with, from what you have seen?',
    'What would a first conversation look like?',
    'How much time can you offer, and for how long?',
  ],
  '': [],
};

function InviteForm({ onCreated }: { onCreated: (created: InvitationCreated) => void }) {
  const goals = useActiveGoalsToShare();
  const create = useCreateInvitation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InviteValues>({
    initialValues: { inviteeRole: '', email: '', message: '', goalIds: [], cadence: null },
    validate: (values) => validateInput(toInput(values)),
  });
  const values = form.getValues();
  const theyMentor = values.inviteeRole === 'mentor';

  const submit = form.onSubmit(async (input) => {
    setFormError(null);
    try {
      onCreated(await create.mutateAsync(toInput(input)));
    } catch (error) {
      if (!applyFieldErrors(form, error)) setFormError(errorMessage(error));
    }
  });

  if (goals.isPending) return <PageLoader />;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <FormErrorAlert error={formError} />
        <Radio.Group
          label="Who would mentor whom?"
          required
          withAsterisk={false}
          {...form.getInputProps('inviteeRole')}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="mentor" label="They would mentor me" />
            <Radio value="mentee" label="I would mentor them" />
          </Stack>
        </Radio.Group>
        <TextInput
          label="Their email (optional)"
          description="If they sign in to Tandem with this address, the invitation is waiting for them there. We do not send emails yet: share the link yourself too."
          type="email"
          autoComplete="off"
          {...form.getInputProps('email')}
        />
        <MessageField
          label="Your message"
          promptsTitle={
            values.inviteeRole ? 'Things worth saying' : 'First choose who would mentor whom'
          }
          prompts={PROMPTS[values.inviteeRole]}
          min={INVITE_MESSAGE_MIN}
          max={REQUEST_MESSAGE_MAX}
          required
          {...form.getInputProps('message')}
          value={values.message}
        />
        {theyMentor && goals.data && (
          <GoalCheckboxes
            goals={goals.data}
            label="Goals to share (optional)"
            description="They see these goals, and how they move along, once they accept."
            value={values.goalIds}
            onChange={(ids) => form.setFieldValue('goalIds', ids)}
            error={form.errors.goalIds}
          />
        )}
        <CadenceSelect
          label="How often would you like to meet?"
          description="A proposal: you can settle it together."
          value={values.cadence}
          onChange={(cadence) => form.setFieldValue('cadence', cadence)}
          w={{ base: '100%', xs: 280 }}
        />
        <Group justify="flex-end" gap="sm">
          <Button component={Link} to="/mentorships" variant="default">
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function InvitePage() {
  usePageTitle('Invite someone you know');
  const [created, setCreated] = useState<InvitationCreated | null>(null);
  return (
    <Container size="md" px={0}>
      <Stack gap={4} mb="xl">
        <Anchor component={Link} to="/mentorships" size="sm">
          All mentoring
        </Anchor>
        <Title order={1}>Invite someone you know</Title>
        <Text c="gray.7" size="lg">
          A manager, a colleague, someone from a meetup or a community: mentoring does not have to
          start in the directory. They accept, and you have the same goals, prep and sessions as any
          pair.
        </Text>
      </Stack>
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
        {created ? (
          <Stack gap="lg">
            <Title order={2} fz="xl">
              Your invitation is ready
            </Title>
            <Text>
              Send this link to them in a message or an email.
              {created.mentorship.inviteEmail &&
                ` If they sign in with ${created.mentorship.inviteEmail}, they will also find it under Mentoring.`}
            </Text>
            <InviteLinkBox url={created.inviteUrl} />
            <Group gap="sm">
              <Button component={Link} to={`/mentorships/${created.mentorship.id}`}>
                Go to the invitation
              </Button>
              <Button variant="default" onClick={() => setCreated(null)}>
                Invite someone else
              </Button>
            </Group>
          </Stack>
        ) : (
          <InviteForm onCreated={setCreated} />
        )}
      </Paper>
    </Container>
  );
}
