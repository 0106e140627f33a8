import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MentorSearchResult } from '../../../../common/schemas/mentor-search.ts';
import { CAREER_STAGES } from '../../../../common/taxonomy/career-stages.ts';
import { labelLookup } from '../../../../common/taxonomy/lookup.ts';
import { FitScore } from './fit-score.tsx';

const stageLabel = labelLookup(CAREER_STAGES);

/** "Senior · Staff engineer at Lumen · 9 years": whatever parts the mentor filled in. */
function roleLine({ mentor }: MentorSearchResult): string {
  const parts = [
    mentor.careerStage ? stageLabel(mentor.careerStage) : null,
    mentor.currentRole,
    mentor.yearsExperience !== null
      ? `${mentor.yearsExperience} year${mentor.yearsExperience === 1 ? '' : 's'} in tech`
      : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** One ranked mentor: who they are, how well they fit, and the three strongest reasons. */
export function MentorResultCard({
  result,
  onExplain,
  goalId,
}: {
  result: MentorSearchResult;
  onExplain: (result: MentorSearchResult) => void;
  /** The goal the list is ranked for: the request form starts with it ticked. */
  goalId?: string | null;
}) {
  const { mentor, score } = result;
  const requestTo = `/mentors/${encodeURIComponent(mentor.id)}/request${goalId ? `?goalId=${goalId}` : ''}`;
  const nameId = `mentor-${mentor.id}-name`;
  const topReasons = result.reasons.filter((r) => r.contribution > 0).slice(0, 3);
  return (
    <Paper component="article" aria-labelledby={nameId} withBorder radius="lg" p="lg">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Title id={nameId} order={3} fz="lg">
              {mentor.name}
            </Title>
            {!mentor.acceptingRequests && (
              <Badge color="gray" variant="light" c="gray.8">
                Not taking requests
              </Badge>
            )}
          </Group>
          <Text fw={500} c="gray.8">
            {mentor.headline}
          </Text>
          <Text size="sm" c="gray.7">
            {roleLine(result)}
          </Text>
          {mentor.stack.length > 0 && (
            <Group gap={6} mt={4} aria-label="Stack" role="list">
              {mentor.stack.slice(0, 6).map((tag) => (
                <Badge
                  key={tag}
                  role="listitem"
                  variant="outline"
                  color="gray.6"
                  c="gray.8"
                  tt="none"
                  fw={500}
                >
                  {tag}
                </Badge>
              ))}
              {mentor.stack.length > 6 && (
                <Text role="listitem" size="xs" c="gray.7">
                  +{mentor.stack.length - 6} more
                </Text>
              )}
            </Group>
          )}
        </Stack>
        <FitScore score={score} />
      </Group>

      {topReasons.length > 0 ? (
        <List
          mt="md"
          size="sm"
          spacing={6}
          c="gray.8"
          aria-label={`Top reasons for ${mentor.name}`}
          icon={
            <IconCircleCheck size={18} color="var(--mantine-color-tandem-8)" aria-hidden="true" />
          }
        >
          {topReasons.map((reason) => (
            <List.Item key={reason.criterion}>{reason.sentence}</List.Item>
          ))}
        </List>
      ) : (
        <Text mt="md" size="sm" c="gray.7">
          Nothing in this search matches strongly yet; the panel explains each criterion.
        </Text>
      )}

      <Group mt="md" gap="sm">
        <Button
          variant="light"
          leftSection={<IconInfoCircle size={18} aria-hidden="true" />}
          aria-haspopup="dialog"
          onClick={() => onExplain(result)}
        >
          Why this mentor
        </Button>
        <Button component={Link} to={requestTo} variant="default">
          Ask for mentoring<VisuallyHidden> from {mentor.name}</VisuallyHidden>
        </Button>
        <Anchor component={Link} to={`/mentors/${encodeURIComponent(mentor.id)}`} fw={600}>
          View profile<VisuallyHidden> of {mentor.name}</VisuallyHidden>
        </Anchor>
      </Group>
    </Paper>
  );
}
