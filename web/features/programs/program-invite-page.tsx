import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { LoadFailure } from '../../components/load-failure.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useAcceptInvite, useInvitePreview } from './api/programs-queries.ts';

const ROLE_WORDS = {
  admin: 'help run this program as an admin',
  reviewer: 'interview candidates for this program as a reviewer',
  mentor: 'mentor in',
  mentee: 'join as a mentee in',
} as const;

export function ProgramInvitePage() {
  const { token = '' } = useParams();
  const preview = useInvitePreview(token);
  const accept = useAcceptInvite();
  const navigate = useNavigate();
  usePageTitle('Program invite');
  if (preview.isPending) return <PageLoader />;
  if (preview.isError) {
    return (
      <LoadFailure
        error={preview.error}
        missingTitle="This invite link does not work"
        missingText="It may be incomplete, used already, or withdrawn. Ask the program for a new one."
        failedTitle="The invite did not load"
        action={{ to: '/programs', label: 'Go to your programs' }}
      />
    );
  }
  const p = preview.data;
  const what =
    p.role === 'mentor' || p.role === 'mentee'
      ? `${ROLE_WORDS[p.role]} ${p.cohortName ?? 'a cohort'}`
      : ROLE_WORDS[p.role];
  return (
    <Container size="sm" px={0} py="xl">
      <Stack align="flex-start" gap="md">
        <Title order={1}>You are invited to {p.programName}</Title>
        <Text size="lg">You are invited to {what}.</Text>
        {p.programDescription && <Text c="gray.8">{p.programDescription}</Text>}
        {p.forEmail && (
          <Text size="sm" c="gray.7">
            This invite was sent to one email address: accept it signed in with that address.
          </Text>
        )}
        <FormErrorAlert error={accept.error ? errorMessage(accept.error) : null} />
        <Button
          loading={accept.isPending}
          onClick={() =>
            accept.mutate(token, {
              onSuccess: (joined) =>
                navigate(
                  joined.cohortId && !['admin', 'reviewer'].includes(joined.role)
                    ? '/programs'
                    : `/programs/${joined.programId}`,
                ),
            })
          }
        >
          Accept the invite
        </Button>
      </Stack>
    </Container>
  );
}
