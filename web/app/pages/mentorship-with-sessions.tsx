import { MentorshipActionItems } from '../../features/agenda/mentorship-action-items.tsx';
import { ClosurePanel } from '../../features/closure/closure-panel.tsx';
import { FitCheckCard } from '../../features/fit-check/fit-check-card.tsx';
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
        closure: (mentorship) => <ClosurePanel mentorship={mentorship} />,
        fitCheck: (mentorship) => <FitCheckCard mentorship={mentorship} />,
        sessions: (mentorship) => (
          <MentorshipSessions
            mentorshipId={mentorship.id}
            status={mentorship.status}
            counterpart={mentorship.counterpart}
            myRole={mentorship.myRole}
          />
        ),
        actionItems: (mentorship) => (
          <MentorshipActionItems
            mentorshipId={mentorship.id}
            counterpart={mentorship.counterpart}
            status={mentorship.status}
          />
        ),
        progress: (mentorship) =>
          mentorship.status === 'pending' ? null : <ProgressPanel mentorship={mentorship} />,
      }}
    />
  );
}
