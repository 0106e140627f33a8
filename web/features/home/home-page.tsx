import { Container, Grid, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../lib/page-title.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { clockIn, useMinuteClock } from '../../lib/time.ts';
import { ActiveGoals } from './components/active-goals.tsx';
import { FirstGoalTips } from './components/first-goal-tips.tsx';
import { LocalTime } from './components/local-time.tsx';
import { NeedsYou } from './components/needs-you.tsx';
import { NextSession } from './components/next-session.tsx';
import { YourLoop } from './components/your-loop.tsx';

/** Greets by the hour where the member is, not where the server or browser happens to be. */
function greetingFor(hour: number): string {
  if (hour < 5) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export function HomePage() {
  usePageTitle('Home');
  const me = useCurrentUser();
  const now = useMinuteClock();
  const firstName = me.name.trim().split(/\s+/)[0] ?? me.name;
  const { hour } = clockIn(now, me.timeZone);

  return (
    <Container size="lg" px={0}>
      <Stack gap="xs" mb={40}>
        <Title order={1}>
          {greetingFor(hour)}, {firstName}
        </Title>
        <LocalTime now={now} timeZone={me.timeZone} />
      </Stack>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            {/* First, on a phone too: what is waiting for the member (requests included). */}
            <NeedsYou />
            <NextSession />
            <ActiveGoals />
            <YourLoop />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <FirstGoalTips />
            <Text size="sm" c="gray.7" px="xs">
              Session times, due dates and reminders in Tandem always use your time zone,{' '}
              {me.timeZone}, so you and your mentor never have to convert.
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}
