import { usePageTitle } from '../../lib/page-title.ts';
import { ClosingCall } from './components/closing-call.tsx';
import { Hero } from './components/hero.tsx';
import { LoopSection } from './components/loop-section.tsx';
import { ProgramsSection } from './components/programs-section.tsx';

export function LandingPage() {
  usePageTitle(null);
  return (
    <>
      <Hero />
      <LoopSection />
      <ProgramsSection />
      <ClosingCall />
    </>
  );
}
