import { Table, Text } from '@mantine/core';
import { aggregateScores } from '../../../../common/interviews/score-summary.ts';
import type { InterviewDetail, Scorecard } from '../../../../common/schemas/interviews.ts';
import { DisagreeFlag } from './disagree-flag.tsx';

/**
 * Submitted scorecards next to each other, one row per criterion, with the spread. A spread of
 * 2 or more says "Reviewers disagree" in words, not only with colour.
 */
export function SideBySide({
  interview,
  cards,
}: {
  interview: InterviewDetail;
  cards: Scorecard[];
}) {
  const { criteria } = aggregateScores(interview.rubric, cards);
  const scoreOf = (card: Scorecard, criterionId: string) =>
    card.scores.find((s) => s.criterionId === criterionId);
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped withTableBorder verticalSpacing="sm">
        <Table.Caption>
          Scores from 1 to 5 for each criterion, with the spread between them
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Criterion</Table.Th>
            {cards.map((card) => (
              <Table.Th scope="col" key={card.reviewer.id}>
                {card.reviewer.id === interview.mine?.reviewer.id ? 'You' : card.reviewer.name}
              </Table.Th>
            ))}
            <Table.Th scope="col">Spread</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {criteria.map((row) => (
            <Table.Tr key={row.criterionId}>
              <Table.Th scope="row" fw={500}>
                {row.name}
              </Table.Th>
              {cards.map((card) => {
                const s = scoreOf(card, row.criterionId);
                return (
                  <Table.Td key={card.reviewer.id}>
                    <Text fw={600}>{s ? s.score : '—'}</Text>
                    {s?.note && (
                      <Text size="xs" c="gray.7">
                        {s.note}
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
              <Table.Td>
                {row.spread === null ? (
                  '—'
                ) : (
                  <>
                    <Text span>{row.spread}</Text> {row.disagree && <DisagreeFlag />}
                  </>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
