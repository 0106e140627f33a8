import { Anchor, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../lib/page-title.ts';
import { AuthFrame } from './components/auth-frame.tsx';
import { SignUpForm } from './components/sign-up-form.tsx';

export function SignUpPage() {
  usePageTitle('Create your account');
  const location = useLocation();
  return (
    <AuthFrame
      title="Create your account"
      subtitle="It takes a minute. Then you can write down your first goal."
      asideTitle="What you will do first"
      asidePoints={[
        'Write one goal in your own words, and how you will know it is done.',
        'Find a mentor whose strengths match that goal, with the reasons spelled out.',
        'Prepare your first session: questions, links, and what you hope to leave with.',
      ]}
    >
      <SignUpForm />
      <Text size="sm" c="gray.7" mt="lg" ta="center">
        Already have an account?{' '}
        <Anchor component={Link} to="/sign-in" state={location.state} fw={600}>
          Sign in
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
