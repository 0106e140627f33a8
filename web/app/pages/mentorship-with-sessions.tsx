import { MentorshipPage } from '../../features/mentorships/mentorship-page.tsx';
import { ProgressPanel } from '../../features/progress/progress-panel.tsx';
import { MentorshipSessions } from '../../features/sessions/mentorship-sessions.tsx';

/**
 * The mentorship page with what other features add to it: features meet here, in the app
 * layer, so none imports another.
 */
export function MentorshipWithSessions() {
  return (
    <MentorshipPage
      panels={{
        sessions: (mentorship) => (
          <MentorshipSessions
            mentorshipId={mentorship.id}
            status={mentorship.status}
            counterpart={mentorship.counterpart}
            myRole={mentorship.myRole}
          />
        ),
        progress: (mentorship) =>
          mentorship.status === 'pending' ? null : <ProgressPanel mentorship={mentorship} />,
      }}
    />
  );
}
