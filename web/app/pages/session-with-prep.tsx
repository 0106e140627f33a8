import { PrepPanel } from '../../features/prep/prep-panel.tsx';
import { SessionPage } from '../../features/sessions/session-page.tsx';

/** The session page with the mentee's prep (or the mentor's way to the brief) under it. */
export function SessionWithPrep() {
  return <SessionPage prepPanel={(session) => <PrepPanel session={session} />} />;
}
