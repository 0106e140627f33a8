import {
  Alert,
  Anchor,
  Badge,
  Button,
  Container,
  Grid,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { responseTimeWords } from '../../../common/mentorships/mentorship-labels.ts';
import type { PublicMentor } from '../../../common/schemas/profile.ts';
import { CAREER_STAGES } from '../../../common/taxonomy/career-stages.ts';
import { EDUCATION_PATHS } from '../../../common/taxonomy/education-paths.ts';
import { GOAL_CATEGORIES } from '../../../common/taxonomy/goal-categories.ts';
import { KNOWLEDGE_AREAS } from '../../../common/taxonomy/knowledge-areas.ts';
import { LANGUAGES } from '../../../common/taxonomy/languages.ts';
import { labelLookup } from '../../../common/taxonomy/lookup.ts';
import { PageLoader } from '../../components/page-loader.tsx';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { useMentor } from './api/use-mentor.ts';
import { Chips, FactBlock } from './components/fact-block.tsx';
import { MentorClock } from './components/mentor-clock.tsx';

const stageLabel = labelLookup(CAREER_STAGES);

const labelsOf = (list: readonly { id: string; label: string }[], ids: readonly string[]) =>
  ids.map(labelLookup(list));

function MentorNotFound() {
  return (
    <Stack align="flex-start" gap="md" py="xl">
      <Title order={1}>We could not find that mentor</Title>
      <Text c="gray.7" size="lg">
        The link may be mistyped, or this person is not mentoring at the moment. Mentors can pause
        whenever they need to.
      </Text>
      <Button component={Link} to="/home">
        Go to Home
      </Button>
    </Stack>
  );
}

function experienceLine(m: PublicMentor): string {
  const stage = m.careerStage ? stageLabel(m.careerStage) : null;
  const years =
    m.yearsExperience === null
      ? null
      : `${m.yearsExperience} ${m.yearsExperience === 1 ? 'year' : 'years'} of experience`;
  return [m.currentRole, stage, years].filter(Boolean).join(' · ');
}

function MentorProfile({ mentor }: { mentor: PublicMentor }) {
  const me = useCurrentUser();
  // Keeps `?goalId=` from the search, so the request starts with that goal ticked.
  const location = useLocation();
  const line = experienceLine(mentor);
  return (
    <Stack gap="xl">
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Title order={1}>{mentor.name}</Title>
          <Badge color={mentor.acceptingRequests ? 'tandem' : 'gray.8'} variant="filled" size="lg">
            {mentor.acceptingRequests ? 'Accepting requests' : 'Not accepting requests'}
          </Badge>
        </Group>
        {mentor.headline && (
          <Text size="xl" c="gray.8">
            {mentor.headline}
          </Text>
        )}
        {line && <Text c="gray.7">{line}</Text>}
        <Group gap="md" mt="xs">
          {mentor.id !== me.id && (
            <Button
              component={Link}
              to={`/mentors/${encodeURIComponent(mentor.id)}/request${location.search}`}
            >
              Ask for mentoring
            </Button>
          )}
          {mentor.responseTime && (
            <Text size="sm" c="gray.7">
              Usually answers within {responseTimeWords(mentor.responseTime.medianHours)}.
            </Text>
          )}
        </Group>
      </Stack>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {mentor.bio && (
              <FactBlock title="About">
                <Text style={{ whiteSpace: 'pre-wrap' }}>{mentor.bio}</Text>
              </FactBlock>
            )}
            <FactBlock title="Tech stack">
              <Chips items={mentor.stack} empty="No stack listed yet." />
            </FactBlock>
            <FactBlock title="Knowledge areas">
              <Chips items={labelsOf(KNOWLEDGE_AREAS, mentor.areas)} empty="None listed yet." />
            </FactBlock>
            <FactBlock title="Can help with">
              <Chips items={labelsOf(GOAL_CATEGORIES, mentor.topics)} empty="None listed yet." />
            </FactBlock>
            {mentor.experiences.length > 0 && (
              <FactBlock title="Experiences they chose to share">
                <Chips items={mentor.experiences.map((e) => e.label)} empty="" />
              </FactBlock>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder radius="lg" p="lg">
            <Stack gap="lg">
              <FactBlock title="Time zone">
                <MentorClock mentorZone={mentor.timeZone} viewerZone={me.timeZone} />
              </FactBlock>
              <FactBlock title="Availability">
                <Text>
                  {mentor.acceptingRequests
                    ? `Open to new mentees, up to ${mentor.capacity} at a time.`
                    : 'Not taking new mentees right now.'}
                </Text>
              </FactBlock>
              <FactBlock title="Languages">
                <Text>{labelsOf(LANGUAGES, mentor.languages).join(', ') || 'Not listed yet.'}</Text>
              </FactBlock>
              <FactBlock title="How they got into tech">
                <Text>
                  {labelsOf(EDUCATION_PATHS, mentor.education).join(', ') || 'Not listed yet.'}
                </Text>
              </FactBlock>
              {mentor.links.length > 0 && (
                <FactBlock title="Links">
                  <List spacing={4} listStyleType="none" p={0}>
                    {mentor.links.map((link) => (
                      <List.Item key={`${link.label}-${link.url}`}>
                        <Anchor href={link.url} target="_blank" rel="noopener noreferrer">
                          {link.label}
                          <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                </FactBlock>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export function MentorPage() {
  const { id = '' } = useParams();
  const mentor = useMentor(id);
  const notFound = mentor.error instanceof ApiError && mentor.error.status === 404;
  usePageTitle(notFound ? 'Mentor not found' : (mentor.data?.name ?? 'Mentor'));
  return (
    <Container size="lg" px={0}>
      {mentor.isPending ? (
        <PageLoader />
      ) : notFound ? (
        <MentorNotFound />
      ) : mentor.isError ? (
        <Stack gap="md">
          <Title order={1}>Mentor</Title>
          <Alert color="red" variant="light" title="This page did not load">
            {errorMessage(mentor.error)}
          </Alert>
        </Stack>
      ) : (
        <MentorProfile mentor={mentor.data} />
      )}
    </Container>
  );
}
