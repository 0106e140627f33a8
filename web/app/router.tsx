import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { PublicLayout } from './layout/public-layout.tsx';
import { RootLayout } from './layout/root-layout.tsx';
import { SignedInLayout } from './layout/signed-in-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { RouteErrorPage } from './route-error-page.tsx';
import { AnonymousOnly, RequireAuth } from './route-guards.tsx';

// Each page is its own chunk: a visitor reading the landing page never downloads the settings
// forms. Layouts suspend around their <Outlet />, so the frame stays while a page loads.
const LandingPage = lazy(() =>
  import('../features/landing/landing-page.tsx').then((m) => ({ default: m.LandingPage })),
);
const SignInPage = lazy(() =>
  import('../features/auth/sign-in-page.tsx').then((m) => ({ default: m.SignInPage })),
);
const SignUpPage = lazy(() =>
  import('../features/auth/sign-up-page.tsx').then((m) => ({ default: m.SignUpPage })),
);
const HomePage = lazy(() =>
  import('../features/home/home-page.tsx').then((m) => ({ default: m.HomePage })),
);
const MentorSearchPage = lazy(() =>
  import('../features/mentor-search/mentor-search-page.tsx').then((m) => ({
    default: m.MentorSearchPage,
  })),
);
const GoalsPage = lazy(() =>
  import('../features/goals/goals-page.tsx').then((m) => ({ default: m.GoalsPage })),
);
const NewGoalPage = lazy(() =>
  import('../features/goals/new-goal-page.tsx').then((m) => ({ default: m.NewGoalPage })),
);
const GoalPage = lazy(() =>
  import('../features/goals/goal-page.tsx').then((m) => ({ default: m.GoalPage })),
);
const EditGoalPage = lazy(() =>
  import('../features/goals/edit-goal-page.tsx').then((m) => ({ default: m.EditGoalPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page.tsx').then((m) => ({ default: m.SettingsPage })),
);

const ProfilePage = lazy(() =>
  import('../features/profile/profile-page.tsx').then((m) => ({ default: m.ProfilePage })),
);
const MentorPage = lazy(() =>
  import('../features/mentors/mentor-page.tsx').then((m) => ({ default: m.MentorPage })),
);
const SessionsPage = lazy(() =>
  import('../features/sessions/sessions-page.tsx').then((m) => ({ default: m.SessionsPage })),
);
const SessionPage = lazy(() =>
  import('./pages/session-with-prep.tsx').then((m) => ({ default: m.SessionWithPrep })),
);
const BriefPage = lazy(() =>
  import('../features/prep/brief-page.tsx').then((m) => ({ default: m.BriefPage })),
);
const LiveSessionPage = lazy(() =>
  import('./pages/live-session.tsx').then((m) => ({ default: m.LiveSession })),
);
// The session page shows the prep through its `prepPanel` slot; the panel is a chunk of its own.

const MentorshipsPage = lazy(() =>
  import('../features/mentorships/mentorships-page.tsx').then((m) => ({
    default: m.MentorshipsPage,
  })),
);
const MentorshipPage = lazy(() =>
  import('./pages/mentorship-with-sessions.tsx').then((m) => ({
    default: m.MentorshipWithSessions,
  })),
);
const ClosePage = lazy(() =>
  import('../features/closure/close-page.tsx').then((m) => ({ default: m.ClosePage })),
);
const InvitePage = lazy(() =>
  import('../features/mentorships/invite-page.tsx').then((m) => ({ default: m.InvitePage })),
);
const InvitationPage = lazy(() =>
  import('../features/mentorships/invitation-page.tsx').then((m) => ({
    default: m.InvitationPage,
  })),
);
const RequestMentorshipPage = lazy(() =>
  import('../features/mentorships/request-mentorship-page.tsx').then((m) => ({
    default: m.RequestMentorshipPage,
  })),
);
const NotificationsPage = lazy(() =>
  import('../features/notifications/notifications-page.tsx').then((m) => ({
    default: m.NotificationsPage,
  })),
);
const CohortHealthPage = lazy(() =>
  import('../features/program-health/health-page.tsx').then((m) => ({ default: m.HealthPage })),
);
const CohortMatchingPage = lazy(() =>
  import('../features/cohort-matching/matching-page.tsx').then((m) => ({
    default: m.MatchingPage,
  })),
);
const UnsubscribePage = lazy(() =>
  import('../features/notifications/unsubscribe-page.tsx').then((m) => ({
    default: m.UnsubscribePage,
  })),
);
const RubricPage = lazy(() =>
  import('../features/interviews/rubric-page.tsx').then((m) => ({ default: m.RubricPage })),
);
const InterviewPage = lazy(() =>
  import('../features/interviews/interview-page.tsx').then((m) => ({ default: m.InterviewPage })),
);

// Programs: the people who run them, and candidates applying.
const ProgramsPage = lazy(() =>
  import('./pages/programs-with-interviews.tsx').then((m) => ({
    default: m.ProgramsWithInterviews,
  })),
);
const ProgramPage = lazy(() =>
  import('../features/programs/program-page.tsx').then((m) => ({ default: m.ProgramPage })),
);
const CohortPage = lazy(() =>
  import('../features/programs/cohort-page.tsx').then((m) => ({ default: m.CohortPage })),
);
const MembersPage = lazy(() =>
  import('../features/programs/members-page.tsx').then((m) => ({ default: m.MembersPage })),
);
const FormBuilderPage = lazy(() =>
  import('../features/programs/form-builder-page.tsx').then((m) => ({
    default: m.FormBuilderPage,
  })),
);
const ApplicationsPage = lazy(() =>
  import('../features/programs/applications-page.tsx').then((m) => ({
    default: m.ApplicationsPage,
  })),
);
const ApplicationPage = lazy(() =>
  import('./pages/application-with-interviews.tsx').then((m) => ({
    default: m.ApplicationWithInterviews,
  })),
);
const ApplyPage = lazy(() =>
  import('../features/programs/apply-page.tsx').then((m) => ({ default: m.ApplyPage })),
);
const ProgramInvitePage = lazy(() =>
  import('../features/programs/program-invite-page.tsx').then((m) => ({
    default: m.ProgramInvitePage,
  })),
);

export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { index: true, element: <LandingPage /> },
          {
            element: <AnonymousOnly />,
            children: [
              { path: 'sign-in', element: <SignInPage /> },
              { path: 'sign-up', element: <SignUpPage /> },
            ],
          },
          // Signed in or not: the invitation explains itself and offers sign-in or accept.
          { path: 'invitations/:token', element: <InvitationPage /> },
          // A mail's one-click "stop these" link: works signed out.
          { path: 'unsubscribe/:token', element: <UnsubscribePage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <SignedInLayout />,
            children: [
              { path: 'home', element: <HomePage /> },
              { path: 'mentors', element: <MentorSearchPage /> },
              { path: 'goals', element: <GoalsPage /> },
              { path: 'goals/new', element: <NewGoalPage /> },
              { path: 'goals/:id', element: <GoalPage /> },
              { path: 'goals/:id/edit', element: <EditGoalPage /> },
              { path: 'settings', element: <SettingsPage /> },
              { path: 'profile', element: <ProfilePage /> },
              { path: 'mentors/:id', element: <MentorPage /> },
              { path: 'sessions', element: <SessionsPage /> },
              { path: 'sessions/:id', element: <SessionPage /> },
              { path: 'sessions/:id/brief', element: <BriefPage /> },
              { path: 'sessions/:id/live', element: <LiveSessionPage /> },
              { path: 'mentors/:id/request', element: <RequestMentorshipPage /> },
              { path: 'mentorships', element: <MentorshipsPage /> },
              { path: 'mentorships/invite', element: <InvitePage /> },
              { path: 'mentorships/:id', element: <MentorshipPage /> },
              { path: 'mentorships/:id/close', element: <ClosePage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              { path: 'programs', element: <ProgramsPage /> },
              { path: 'programs/:programId', element: <ProgramPage /> },
              { path: 'programs/:programId/cohorts/:cohortId', element: <CohortPage /> },
              { path: 'programs/:programId/cohorts/:cohortId/members', element: <MembersPage /> },
              { path: 'programs/:programId/cohorts/:cohortId/form', element: <FormBuilderPage /> },
              {
                path: 'programs/:programId/cohorts/:cohortId/applications',
                element: <ApplicationsPage />,
              },
              { path: 'applications/:applicationId', element: <ApplicationPage /> },
              // Signed-out visitors sign in first and come back here.
              { path: 'apply/:cohortId', element: <ApplyPage /> },
              { path: 'program-invites/:token', element: <ProgramInvitePage /> },
              {
                path: 'programs/:programId/cohorts/:cohortId/rubric',
                element: <RubricPage />,
              },
              { path: 'interviews/:interviewId', element: <InterviewPage /> },
              {
                path: 'programs/:programId/cohorts/:cohortId/health',
                element: <CohortHealthPage />,
              },
              {
                path: 'programs/:programId/cohorts/:cohortId/matching',
                element: <CohortMatchingPage />,
              },
            ],
          },
        ],
      },
    ],
  },
]);
