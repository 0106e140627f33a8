import {
  Alert,
  Button,
  Container,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { InvitationPreview } from '../../../common/schemas/mentorships.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import type { AuthPageState } from '../../lib/return-path.ts';
import { useMe } from '../../lib/session.ts';
import { useAcceptInvitation, useInvitationPreview } from './api/mentorships-queries.ts';

const CLOSED_WORDS: Partial<Record<InvitationPreview['status'], string>> = {
  active: 'This invitation has already been accepted.',
  paused: 'This invitation has already been accepted.',
  closed: 'This invitation was accepted, and the mentorship has since ended.',
  declined: 'This invitation was declined.',
  withdrawn: 'This invitation was withdrawn by the person who sent it.',
  expired: 'This invitation expired before anyone accepted it.',
};

function AcceptArea({ token, preview }: { token: string; preview: InvitationPreview }) {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const closed = CLOSED_WORDS[preview.status];
  if (closed) {
    return (
      <Alert color="gray" variant="light" title={closed}>
        If you still want to work together, ask {firstName(preview.inviterName)} for a new
        invitation.
      </Alert>
    );
  }
  if (me.isPending) return null;
  if (!me.data) {
    // Come back to this very page once signed in or signed up.
    const state: AuthPageState = { from: location.pathname };
    return (
      <Stack gap="sm">
        <Text c="gray.8">
          To accept, sign in to Tandem, or create an account: it takes a minute.
        </Text>
        <Group gap="sm">
          <Button component={Link} to="/sign-up" state={state}>
            Sign up to accept
          </Button>
          <Button component={Link} to="/sign-in" state={state} variant="default">
            Sign in to accept
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <FormErrorAlert error={accept.isError ? errorMessage(accept.error) : null} />
      <Group gap="sm">
        <Button
          size="md"
          loading={accept.isPending}
          onClick={() =>
            accept.mutate(undefined, {
              onSuccess: (mentorship) => navigate(`/mentorships/${mentorship.id}`),
            })
          }
        >
          Accept invitation
        </Button>
        <Text size="sm" c="gray.7">
          Signed in as {me.data.name}.
        </Text>
      </Group>
    </Stack>
  );
}

/** What anyone holding an invitation link sees, signed in or not. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);
  const p = preview.data;
  usePageTitle(p ? `${p.inviterName} invites you` : 'Invitation');

  let body: ReactNode;
  if (preview.isPending) body = <PageLoader label="Opening the invitation…" />;
  else if (preview.isError || !p) {
    const broken =
      preview.error instanceof ApiError &&
      (preview.error.status === 404 || preview.error.status === 400);
    body = (
      <Stack gap="md" align="flex-start">
        <Title order={1} fz={{ base: 26, sm: 30 }}>
          {broken ? 'This invitation link does not work' : 'This page did not load'}
        </Title>
        <Text c="gray.7" size="lg">
          {broken
            ? 'It may be incomplete, or the person who sent it made a new one. Ask them to send the link again.'
            : errorMessage(preview.error)}
        </Text>
        <Button component={Link} to="/" variant="default">
          What is Tandem?
        </Button>
      </Stack>
    );
  } else {
    const who = firstName(p.inviterName);
    body = (
      <Stack gap="lg">
        <Stack gap="sm">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden="true">
            <IconHeartHandshake size={28} stroke={1.75} />
          </ThemeIcon>
          <Stack gap={4}>
            <Title order={1} fz={{ base: 26, sm: 30 }}>
              {p.inviteeRole === 'mentor'
                ? `${p.inviterName} would like you to mentor them`
                : `${p.inviterName} offers to mentor you`}
            </Title>
            <Text c="gray.7">
              An invitation to a mentoring relationship on Tandem, where {who} and you would set
              goals, prepare each session and keep track of what you agree on.
            </Text>
          </Stack>
        </Stack>
        <Paper bg="gray.0" radius="md" p="lg">
          <Text size="sm" fw={600} c="gray.7" mb={4}>
            {who} wrote
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{p.message}</Text>
        </Paper>
        <AcceptArea token={token} preview={p} />
      </Stack>
    );
  }

  return (
    <Container size="sm" py={{ base: 'xl', md: 64 }} px={{ base: 'md', sm: 'xl' }}>
      <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 36 }}>
        {body}
      </Paper>
    </Container>
  );
}
