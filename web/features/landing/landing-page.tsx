import { Alert, Container } from '@mantine/core';
import { useLocation } from 'react-router';
import { usePageTitle } from '../../lib/page-title.ts';
import { ClosingCall } from './components/closing-call.tsx';
import { Hero } from './components/hero.tsx';
import { LoopSection } from './components/loop-section.tsx';
import { ProgramsSection } from './components/programs-section.tsx';

export function LandingPage() {
  usePageTitle(null);
  const { state } = useLocation();
  const deleted = Boolean((state as { accountDeleted?: boolean } | null)?.accountDeleted);
  return (
    <>
      {deleted && (
        <Container size="lg" px={0} mb="lg">
          <Alert color="tandem" title="Your account has been deleted" role="status">
            Everything that was yours is gone, and you are signed out. Thank you for the time you
            spent mentoring and being mentored here.
          </Alert>
        </Container>
      )}
      <Hero />
      <LoopSection />
      <ProgramsSection />
      <ClosingCall />
    </>
  );
}
