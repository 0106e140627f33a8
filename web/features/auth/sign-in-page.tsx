import { Anchor, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../lib/page-title.ts';
import type { AuthPageState } from '../../lib/return-path.ts';
import { AuthFrame } from './components/auth-frame.tsx';
import { SignInForm } from './components/sign-in-form.tsx';

export function SignInPage() {
  usePageTitle('Sign in');
  const location = useLocation();
  // History state can hold anything (another version of the app wrote it): check the type.
  const email = (location.state as AuthPageState | null)?.email;

  return (
    <AuthFrame
      title="Sign in"
      subtitle="Welcome back. Your goals, preparation and notes are waiting for you."
      asideTitle="Pick up where you left off"
      asidePoints={[
        'Open questions from your last session are already on the next agenda.',
        'Action items show who owns them and when they are due.',
        'Your private notes stay private, always.',
      ]}
    >
      <SignInForm initialEmail={typeof email === 'string' ? email : ''} />
      <Text size="sm" c="gray.7" mt="lg" ta="center">
        New to Tandem?{' '}
        {/* Keep the "where they were going" note, so signing up also returns them there. */}
        <Anchor component={Link} to="/sign-up" state={location.state} fw={600}>
          Create an account
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
