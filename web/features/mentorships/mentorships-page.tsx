import { Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMailForward, IconSearch, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { MentorshipSummary } from '../../../common/schemas/mentorships.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useMentorships } from './api/mentorships-queries.ts';
import { AnswerButtons } from './components/answer-buttons.tsx';
import { MentorshipCard } from './components/mentorship-card.tsx';
import { WithdrawButton } from './components/withdraw-button.tsx';

function Section({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <Stack component="section" aria-labelledby={id} gap="sm">
      <div>
        <Title id={id} order={2} fz="xl">
          {title}
        </Title>
        <Text size="sm" c="gray.7">
          {hint}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {children}
      </SimpleGrid>
    </Stack>
  );
}

/** Nothing yet: what mentoring in Tandem is, and the two ways to begin. */
function EmptyMentorships() {
  return (
    <Paper withBorder radius="lg" p={{ base: 'lg', sm: 'xl' }}>
      <Stack align="flex-start" gap="md" maw={640}>
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden="true">
          <IconUsers size={28} stroke={1.75} />
        </ThemeIcon>
        <Title order={2}>No mentoring yet</Title>
        <Text c="gray.8">
          A mentorship starts with a request. Find a mentor whose experience fits one of your goals
          and tell them what you hope for — or invite someone you already know, like a manager or
          someone from a community, to mentor you or be mentored by you.
        </Text>
        <Text c="gray.8">
          Requests, answers and your ongoing pairs all gather here, including requests from people
          who would like you as their mentor.
        </Text>
        <Group gap="sm">
          <Button
            component={Link}
            to="/mentors"
            leftSection={<IconSearch size={18} aria-hidden="true" />}
          >
            Find a mentor
          </Button>
          <Button
            component={Link}
            to="/mentorships/invite"
            variant="default"
            leftSection={<IconMailForward size={18} aria-hidden="true" />}
          >
            Invite someone you know
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

const ONGOING = ['active', 'paused'];

export function MentorshipsPage() {
  usePageTitle('Mentoring');
  const navigate = useNavigate();
  const query = useMentorships();
  const all = query.data?.mentorships ?? [];
  const pick = (test: (m: MentorshipSummary) => boolean) => all.filter(test);
  const waiting = pick((m) => m.status === 'pending' && m.requestedBy === 'them');
  const ongoing = pick((m) => ONGOING.includes(m.status));
  const sent = pick((m) => m.status === 'pending' && m.requestedBy === 'me');
  const ended = pick((m) => m.status !== 'pending' && !ONGOING.includes(m.status));

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1}>Mentoring</Title>
          <Text c="gray.7" size="lg">
            Everyone you mentor or learn from, and the requests on their way.
          </Text>
        </Stack>
        {all.length > 0 && (
          <Button
            component={Link}
            to="/mentorships/invite"
            variant="light"
            leftSection={<IconMailForward size={18} aria-hidden="true" />}
          >
            Invite someone you know
          </Button>
        )}
      </Group>
      {query.isPending ? (
        <PageLoader label="Loading your mentoring…" />
      ) : query.isError ? (
        <FormErrorAlert error={errorMessage(query.error)} />
      ) : all.length === 0 ? (
        <EmptyMentorships />
      ) : (
        <>
          {waiting.length > 0 && (
            <Section
              id="waiting-title"
              title="Waiting for you"
              hint="Someone asked for your time. An answer either way, even a no, helps them move on."
            >
              {waiting.map((m) => (
                <MentorshipCard key={m.id} mentorship={m} showMessage>
                  <AnswerButtons
                    mentorship={m}
                    onAccepted={(id) => navigate(`/mentorships/${id}`)}
                  />
                </MentorshipCard>
              ))}
            </Section>
          )}
          {ongoing.length > 0 && (
            <Section id="ongoing-title" title="Ongoing" hint="Your pairs, and when you meet next.">
              {ongoing.map((m) => (
                <MentorshipCard key={m.id} mentorship={m} />
              ))}
            </Section>
          )}
          {sent.length > 0 && (
            <Section
              id="sent-title"
              title="Sent"
              hint="Requests and invitations you sent that nobody has answered yet."
            >
              {sent.map((m) => (
                <MentorshipCard key={m.id} mentorship={m} showMessage>
                  <Group gap="sm">
                    <WithdrawButton mentorship={m} />
                  </Group>
                </MentorshipCard>
              ))}
            </Section>
          )}
          {ended.length > 0 && (
            <Section
              id="ended-title"
              title="Ended"
              hint="Requests that did not start, and pairs that finished."
            >
              {ended.map((m) => (
                <MentorshipCard key={m.id} mentorship={m} />
              ))}
            </Section>
          )}
        </>
      )}
    </Stack>
  );
}
