import { Alert, Container, Stack, Text, Title } from '@mantine/core';
import { PageLoader } from '../../components/page-loader.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useOwnProfile } from './api/use-own-profile.ts';
import { ProfileForm } from './components/profile-form.tsx';

export function ProfilePage() {
  usePageTitle('Profile');
  const profile = useOwnProfile();
  return (
    <Container size="lg" px={0}>
      <Stack gap={4} mb="xl">
        <Title order={1}>Your profile</Title>
        <Text c="gray.7" size="lg">
          Tell Tandem how you take part. Mentees find mentors by these strengths, and you decide
          what anyone else may see.
        </Text>
      </Stack>
      {profile.isPending ? (
        <PageLoader />
      ) : profile.isError ? (
        <Alert color="red" variant="light" title="Your profile did not load">
          {errorMessage(profile.error)}
        </Alert>
      ) : (
        <ProfileForm profile={profile.data} />
      )}
    </Container>
  );
}
