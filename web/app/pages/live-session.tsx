import { LiveSessionPage } from '../../features/agenda/live-session-page.tsx';

/**
 * The live session page. Notes join it through its `notes` slot
 * (`(ctx: { sessionId, counterpartName, readOnly }) => ReactNode`) once they are composed in here;
 * without it the agenda takes the whole width.
 */
export function LiveSession() {
  return <LiveSessionPage />;
}
