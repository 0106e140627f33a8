import { Container, Divider, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { PageSection } from '../../components/page-section.tsx';
import { usePageTitle } from '../../lib/page-title.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { CalendarFeedPanel } from './components/calendar-feed-panel.tsx';
import { NotificationsSection } from './components/notification-preferences-form.tsx';
import { PasswordForm } from './components/password-form.tsx';
import { ProfileForm } from './components/profile-form.tsx';
import { UsualHoursSection } from './components/usual-hours-form.tsx';
import { YourDataSection } from './components/your-data-section.tsx';

export function SettingsPage() {
  usePageTitle('Settings');
  const me = useCurrentUser();
  const { hash } = useLocation();
  // Links such as "choose what reaches you" land on their section (#notifications-title).
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
  return (
    <Container size="lg" px={0}>
      <Stack gap={4} mb="xl">
        <Title order={1}>Settings</Title>
        <Text c="gray.7" size="lg">
          How you appear to mentors and mentees, how your sessions reach your calendar, and how you
          sign in.
        </Text>
      </Stack>
      <Stack gap="xl">
        <PageSection
          id="profile-title"
          title="Profile"
          description="Your name is what the people you meet in Tandem see. Your time zone sets every time and date you are shown."
        >
          <ProfileForm me={me} />
        </PageSection>
        <Divider />
        <PageSection
          id="calendar-title"
          title="Calendar"
          description="Add your Tandem sessions to Google Calendar, Outlook or Apple Calendar. Subscribe once: new sessions appear, and moved or cancelled ones update by themselves."
        >
          <CalendarFeedPanel />
        </PageSection>
        <Divider />
        <PageSection
          id="usual-hours-title"
          title="Usual hours"
          description="When you are usually free for mentoring. Whenever a session with you is planned outside these hours, Tandem says so. It is a heads-up, never a block: the session can still go ahead."
        >
          <UsualHoursSection timeZone={me.timeZone} />
        </PageSection>
        <Divider />
        <PageSection
          id="notifications-title"
          title="Notifications"
          description="Choose how Tandem tells you about each thing: in the app only, by email too, gathered in a digest, or not at all. Whatever you choose, nothing is sent twice."
        >
          <NotificationsSection timeZone={me.timeZone} />
        </PageSection>
        <Divider />
        <PageSection
          id="password-title"
          title="Password"
          description="Choose a password you do not use anywhere else. You will stay signed in on this device."
        >
          <PasswordForm />
        </PageSection>
        <Divider />
        <PageSection
          id="your-data-title"
          title="Your data"
          description="Take a copy of everything that is yours, or leave Tandem."
        >
          <YourDataSection />
        </PageSection>
      </Stack>
    </Container>
  );
}
