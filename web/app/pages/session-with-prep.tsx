import { PrepPanel } from '../../features/prep/prep-panel.tsx';
import { ReviewPanel } from '../../features/reviews/review-panel.tsx';
import { SessionPage } from '../../features/sessions/session-page.tsx';

/** The session page with the mentee's prep (or the mentor's way to the brief) and both reviews. */
export function SessionWithPrep() {
  return (
    <SessionPage
      prepPanel={(session) => <PrepPanel session={session} />}
      reviewPanel={(session) => <ReviewPanel session={session} />}
    />
  );
}
