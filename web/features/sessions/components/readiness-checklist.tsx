import { Group, List, Paper, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import type { ReadinessItem, SessionDetail } from '../../../../common/schemas/sessions.ts';
import { bothLocalTimes, firstName } from '../../../../common/sessions/session-times.ts';
import { dayDateTime } from '../lib/session-format.ts';

/** The checklist label with what the mentee has so far ("3 questions"). */
function labelOf(item: ReadinessItem, session: SessionDetail): string {
  const { prep } = session;
  if (item.key === 'questions' && prep.questionCount > 0) {
    return prep.questionCount === 1 ? '1 question' : `${prep.questionCount} questions`;
  }
  if (item.key === 'resources' && prep.resourceCount > 0) {
    return prep.resourceCount === 1 ? '1 link added' : `${prep.resourceCount} links added`;
  }
  if (item.key === 'shared-on-time' && prep.sharedAt) {
    const when = dayDateTime(prep.sharedAt, session.myTimeZone);
    return item.done ? `Shared on time (${when})` : `Shared after the deadline (${when})`;
  }
  return item.label;
}

function Tick({ done }: { done: boolean }) {
  return (
    <ThemeIcon
      size={22}
      radius="xl"
      color={done ? 'tandem' : 'gray.6'}
      variant={done ? 'filled' : 'light'}
      aria-hidden="true"
    >
      {done ? <IconCheck size={14} stroke={3} /> : <IconCircleDashed size={14} />}
    </ThemeIcon>
  );
}

/**
 * What the mentee still has to do before the session: goal, questions, links (optional), shared
 * on time. The mentor sees only that prep is not shared yet until it is: a draft is private.
 */
export function ReadinessChecklist({ session }: { session: SessionDetail }) {
  const them = firstName(session.counterpart.name);
  const isMentee = session.myRole === 'mentee';
  const ahead = session.phase === 'upcoming';
  const deadline = bothLocalTimes(session.prepDueAt, session.myTimeZone, session.counterpart);
  const hidden = !isMentee && !session.prep.sharedAt;
  const required = session.readiness.filter((item) => !item.optional);
  const doneCount = required.filter((item) => item.done).length;

  return (
    <Paper
      component="section"
      aria-labelledby="readiness-title"
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="baseline">
          <Title id="readiness-title" order={2} fz="xl">
            {isMentee ? 'Getting ready' : `${them}’s prep`}
          </Title>
          {!hidden && (
            <Text size="sm" c="gray.7">
              {doneCount} of {required.length} done
            </Text>
          )}
        </Group>
        <Text size="sm" c="gray.8">
          {ahead ? `Prep is due ${deadline}.` : `Prep was due ${deadline}.`}
        </Text>
        {hidden ? (
          <Text c="gray.9">
            {ahead
              ? `${them} has not shared their prep yet. You will see their goal and questions here once they do.`
              : `${them} did not share prep for this session.`}
          </Text>
        ) : (
          <List spacing="xs" listStyleType="none" aria-label="Readiness checklist">
            {session.readiness.map((item) => (
              <List.Item key={item.key} icon={<Tick done={item.done} />}>
                <Text component="span" c={item.done ? 'gray.9' : 'gray.8'}>
                  {labelOf(item, session)}
                </Text>
                {item.optional && (
                  <Text component="span" size="sm" c="gray.7">
                    {' '}
                    (optional)
                  </Text>
                )}
                <VisuallyHidden>{item.done ? ' — done' : ' — not yet'}</VisuallyHidden>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
