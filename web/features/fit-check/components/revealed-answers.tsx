import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { FitCheckAnswer } from '../../../../common/schemas/fit-check.ts';
import { FIT_CHOICES } from './fit-answer-text.ts';

function AnswerBox({ who, answer }: { who: string; answer: FitCheckAnswer | null }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap={6}>
        <Text size="sm" fw={600} c="gray.8">
          {who}
        </Text>
        {answer ? (
          <>
            <Text fw={700}>{FIT_CHOICES[answer.answer].label}</Text>
            {answer.note && (
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {answer.note}
              </Text>
            )}
          </>
        ) : (
          <Text c="gray.7">Did not answer</Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Both answers of a revealed round, side by side. */
export function RevealedAnswers({
  mine,
  theirs,
  them,
}: {
  mine: FitCheckAnswer | null;
  theirs: FitCheckAnswer | null;
  them: string;
}) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <AnswerBox who="You" answer={mine} />
      <AnswerBox who={them} answer={theirs} />
    </SimpleGrid>
  );
}
