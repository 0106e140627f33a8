import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FitCheck } from '../../../common/schemas/fit-check.ts';
import type { MentorshipDetail } from '../../../common/schemas/mentorships.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { formatDateTime } from '../../lib/time.ts';
import { useFitCheck } from './api/fit-check-queries.ts';
import { FitAnswerForm } from './components/fit-answer-form.tsx';
import { FIT_CHOICES, FIT_QUESTION } from './components/fit-answer-text.ts';
import { RevealedAnswers } from './components/revealed-answers.tsx';

/** A revealed round stays on the page this long, so both people see how the other answered. */
const RECENT_MS = 14 * 86_400_000;

/** Whether the card has anything to say now: an open round, or a recent (or unsettled) reveal. */
function worthShowing(fit: FitCheck, now: number): boolean {
  const current = fit.current;
  if (!current) return false;
  if (fit.state === 'open') return current.answerable || current.mine !== null;
  if (fit.proposeClosure) return true;
  // A round nobody answered has nothing to show.
  if (!current.mine && !current.theirs) return false;
  return current.revealedAt !== null && now - Date.parse(current.revealedAt) < RECENT_MS;
}

/**
 * The private fit check, for the mentorship page's `fitCheck` slot. Shown while a round is open
 * or was recently revealed; otherwise it takes no room.
 */
export function FitCheckCard({ mentorship }: { mentorship: MentorshipDetail }) {
  const query = useFitCheck(mentorship.id, mentorship.fitCheckEvery);
  const fit = query.data;
  if (!fit?.current || !worthShowing(fit, Date.now())) return null;
  return <FitCheckBody mentorship={mentorship} fit={fit} />;
}

function FitCheckBody({ mentorship, fit }: { mentorship: MentorshipDetail; fit: FitCheck }) {
  const me = useCurrentUser();
  const [changing, setChanging] = useState(false);
  const current = fit.current;
  if (!current) return null;
  const them = firstName(mentorship.counterpart?.name ?? 'The other person');
  const revealAt = formatDateTime(current.revealAt, me.timeZone);
  const closeLink = `/mentorships/${mentorship.id}/close`;
  const revealed = fit.state === 'revealed';

  return (
    <Paper
      component="section"
      aria-labelledby="fit-check-title"
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title id="fit-check-title" order={2} fz="xl">
            Fit check
          </Title>
          <Group gap={4} c="gray.7" wrap="nowrap">
            {!revealed && <IconLock size={16} aria-hidden="true" />}
            <Text size="sm" c="inherit">
              {revealed
                ? `Round ${current.number} · shown to both`
                : 'Private until you both answer'}
            </Text>
          </Group>
        </Group>

        {revealed ? (
          <>
            <Text fw={600}>{FIT_QUESTION}</Text>
            <RevealedAnswers mine={current.mine} theirs={current.theirs} them={them} />
          </>
        ) : current.mine && !changing ? (
          <>
            <Text fw={600}>{FIT_QUESTION}</Text>
            <Group gap="xs">
              <Text>
                You answered: <strong>{FIT_CHOICES[current.mine.answer].label}</strong>
              </Text>
              {current.answerable && (
                <Button variant="subtle" size="compact-sm" onClick={() => setChanging(true)}>
                  Change my answer
                </Button>
              )}
            </Group>
            {current.mine.note && (
              <Text
                size="sm"
                c="gray.8"
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              >
                Your note: {current.mine.note}
              </Text>
            )}
            <Text size="sm" c="gray.7">
              {them} hasn’t answered yet. You’ll both see both answers as soon as {them} answers, or
              on {revealAt} at the latest.
            </Text>
            {current.mine.answer === 'wind-down' && (
              <Text size="sm">
                Whenever you’re ready, you can start closing the mentorship yourself from{' '}
                <Link to={closeLink}>the closing page</Link>. {them} learns nothing of your answer
                before then.
              </Text>
            )}
          </>
        ) : (
          <>
            <Text size="sm" c="gray.8">
              Every few sessions, you and {them} each answer one question on your own. Neither of
              you sees the other’s answer until you have both answered, or until {revealAt},
              whichever comes first. Then you both see both answers.
            </Text>
            {current.theyHaveAnswered && (
              <Alert
                variant="light"
                color="tandem"
                icon={<IconLock size={18} aria-hidden="true" />}
              >
                {them} has answered. You’ll both see the answers when you answer.
              </Alert>
            )}
            <FitAnswerForm
              key={current.mine?.answeredAt ?? 'new'}
              mentorshipId={mentorship.id}
              every={mentorship.fitCheckEvery}
              round={current.number}
              mine={current.mine}
              them={them}
              onDone={current.mine ? () => setChanging(false) : undefined}
            />
          </>
        )}

        {fit.proposeClosure && (
          <Alert variant="light" color="tandem" title="Let’s close this well">
            <Stack gap="sm">
              <Text size="sm">
                One of you feels this mentorship has given what it can for now. That is a good
                outcome too: close it together, say what you appreciated, and each keep a summary of
                what you worked on.
              </Text>
              <Group>
                <Button component={Link} to={closeLink}>
                  Close the mentorship well
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
