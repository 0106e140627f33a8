import { Anchor, Badge, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { todayIn } from '../../../../common/calendar-date.ts';
import type { Brief } from '../../../../common/schemas/prep.ts';
import { firstName } from '../../../../common/sessions/session-times.ts';
import { GOAL_CATEGORIES } from '../../../../common/taxonomy/goal-categories.ts';
import { labelLookup } from '../../../../common/taxonomy/lookup.ts';
import { formatCalendarDate } from '../../../lib/time.ts';
import classes from '../brief.module.css';
import { CHANGE_COLOR, ChangeMark, removedSummary } from './change-mark.tsx';
import { hostOf } from './prep-resources.tsx';
import { KIND_LABELS } from './resource-form.tsx';

const categoryLabel = labelLookup(GOAL_CATEGORIES);

export function BriefSection({
  id,
  title,
  children,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack component="section" aria-labelledby={id} gap={6} className={classes.section}>
      <Title id={id} order={2} fz="md" tt="uppercase" lts={0.6} c="gray.7">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** Who the marks speak to: the mentor reads "since you last read it", the mentee "since Sam read it". */
function readerOf(brief: Brief) {
  return brief.session.myRole === 'mentor' ? 'you' : firstName(brief.mentorName);
}

export function BriefGoal({ brief }: { brief: Brief }) {
  const { prep, linkedGoal } = brief;
  return (
    <BriefSection id="brief-goal" title="Session goal">
      <Group gap="xs" align="flex-start">
        <Text
          fz="lg"
          fw={600}
          c="gray.9"
          style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}
        >
          {prep.goal || 'No session goal written yet.'}
        </Text>
        {prep.changesSinceRead?.goal && <ChangeMark mark="edited" reader={readerOf(brief)} />}
      </Group>
      {linkedGoal && (
        <Text size="sm" c="gray.7">
          Serves {firstName(brief.menteeName)}’s goal:{' '}
          <Text span fw={600} c="gray.8">
            {linkedGoal.title}
          </Text>
        </Text>
      )}
    </BriefSection>
  );
}

export function BriefQuestions({ brief }: { brief: Brief }) {
  const { prep } = brief;
  const reader = readerOf(brief);
  const removed = removedSummary(prep.changesSinceRead?.removedQuestions ?? [], reader);
  return (
    <BriefSection id="brief-questions" title="Questions">
      {prep.questions.length === 0 ? (
        <Text c="gray.7">No questions this time.</Text>
      ) : (
        <Stack component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {prep.questions.map((question, index) => (
            <Group component="li" key={question.id} gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon size={24} radius="xl" variant="light" fz="xs" fw={700} aria-hidden="true">
                {index + 1}
              </ThemeIcon>
              <Text
                c="gray.9"
                style={{ flex: 1, minWidth: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              >
                {question.text}
              </Text>
              <ChangeMark mark={question.changedSinceRead} reader={reader} />
            </Group>
          ))}
        </Stack>
      )}
      {removed && (
        <Text size="sm" c={CHANGE_COLOR}>
          {removed}
        </Text>
      )}
    </BriefSection>
  );
}

export function BriefLinks({ brief }: { brief: Brief }) {
  const { prep } = brief;
  if (prep.resources.length === 0) return null;
  return (
    <BriefSection id="brief-links" title="Links">
      <Stack component="ul" gap={8} p={0} m={0} style={{ listStyle: 'none' }}>
        {prep.resources.map((resource) => (
          <Stack component="li" key={resource.id} gap={0}>
            <Group gap="xs" wrap="wrap">
              <Anchor
                href={resource.url}
                target="_blank"
                rel="noopener noreferrer"
                fw={600}
                className={classes.link}
                style={{ overflowWrap: 'anywhere' }}
              >
                {resource.title}
              </Anchor>
              <Badge variant="outline" color="gray.7" radius="sm" tt="none" size="sm">
                {KIND_LABELS[resource.kind]}
              </Badge>
              <Text size="xs" c="gray.7" className={classes.noPrint}>
                {hostOf(resource.url)}
              </Text>
              <ChangeMark mark={resource.changedSinceRead} reader={readerOf(brief)} />
            </Group>
            {resource.note && (
              <Text
                size="sm"
                c="gray.8"
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              >
                {resource.note}
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </BriefSection>
  );
}

export function BriefSharedGoals({ brief }: { brief: Brief }) {
  const mentee = firstName(brief.menteeName);
  return (
    <BriefSection id="brief-shared-goals" title={`${mentee}’s goals`}>
      {brief.sharedGoals.length === 0 ? (
        <Text c="gray.7">{mentee} has not shared any goals in this mentorship.</Text>
      ) : (
        <Stack component="ul" gap={8} p={0} m={0} style={{ listStyle: 'none' }}>
          {brief.sharedGoals.map((goal) => (
            <Stack component="li" key={goal.id} gap={0}>
              <Text fw={600} c="gray.9" style={{ overflowWrap: 'anywhere' }}>
                {goal.title}
                {goal.status !== 'active' && (
                  <Text span c="gray.7" fw={400}>
                    {' '}
                    ({goal.status})
                  </Text>
                )}
              </Text>
              <Text size="sm" c="gray.7">
                {categoryLabel(goal.category)}
                {goal.targetDate && ` · by ${formatCalendarDate(goal.targetDate)}`}
              </Text>
              {goal.successCriterion && (
                <Text size="sm" c="gray.8" style={{ overflowWrap: 'anywhere' }}>
                  Done when: {goal.successCriterion}
                </Text>
              )}
            </Stack>
          ))}
        </Stack>
      )}
    </BriefSection>
  );
}

export function BriefActionItems({ brief }: { brief: Brief }) {
  return (
    <BriefSection id="brief-action-items" title="Open action items">
      {brief.openActionItems.length === 0 ? (
        <Text c="gray.7">None open: every action item so far is done or dropped.</Text>
      ) : (
        <Stack component="ul" gap={2} pl="md" m={0}>
          {brief.openActionItems.map((item) => (
            <Text component="li" key={item.id} c="gray.9" style={{ overflowWrap: 'anywhere' }}>
              {item.title} · {firstName(item.owner)}
              {item.dueDate && ` · due ${formatCalendarDate(item.dueDate)}`}
              {item.overdue && (
                <Text span fw={700} c="red.9">
                  {' '}
                  · overdue
                </Text>
              )}
            </Text>
          ))}
        </Stack>
      )}
    </BriefSection>
  );
}

/** Questions of earlier sessions not covered yet: they are on this session's agenda too. */
export function BriefCarriedQuestions({ brief }: { brief: Brief }) {
  if (brief.carriedQuestions.length === 0) return null;
  const zone = brief.session.myTimeZone;
  return (
    <BriefSection id="brief-carried" title="Still open from earlier sessions">
      <Stack component="ul" gap={2} pl="md" m={0}>
        {brief.carriedQuestions.map((question) => (
          <Text
            component="li"
            key={question.id}
            c="gray.9"
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          >
            {question.text}{' '}
            <Text span size="sm" c="gray.7">
              (asked for {formatCalendarDate(todayIn(zone, new Date(question.fromStartsAt)))})
            </Text>
          </Text>
        ))}
      </Stack>
    </BriefSection>
  );
}
