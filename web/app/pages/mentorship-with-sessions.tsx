import { MentorshipPage } from '../../features/mentorships/mentorship-page.tsx';
import { MentorshipSessions } from '../../features/sessions/mentorship-sessions.tsx';

/**
 * The mentorship page with its sessions: two features meet here, in the app layer, so neither
 * imports the other.
 */
export function MentorshipWithSessions() {
  return (
    <MentorshipPage
      sessionsPanel={(mentorship) => (
        <MentorshipSessions
          mentorshipId={mentorship.id}
          status={mentorship.status}
          counterpart={mentorship.counterpart}
          myRole={mentorship.myRole}
        />
      )}
    />
  );
}
