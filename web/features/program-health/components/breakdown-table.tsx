import { Table, Text } from '@mantine/core';
import { type ExperienceGroup, MIN_GROUP_SIZE } from '../../../../common/schemas/program-health.ts';
import { ofWords } from '../health-text.ts';

/** Figures by lived experience; a hidden group says so in words, with no number at all. */
export function BreakdownTable({ people, groups }: { people: number; groups: ExperienceGroup[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped>
        <Table.Caption>
          Counted only for members who chose to be included, and only where both the group and
          everyone else in the cohort ({people} members) have at least {MIN_GROUP_SIZE} people.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Lived experience</Table.Th>
            <Table.Th scope="col">People</Table.Th>
            <Table.Th scope="col">In an active pair</Table.Th>
            <Table.Th scope="col">Sessions each</Table.Th>
            <Table.Th scope="col">Goal met (their reviews)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) =>
            g.group && g.everyoneElse ? (
              <Table.Tr key={g.experience}>
                <Table.Th scope="row" fw={500}>
                  {g.label}
                  <Text size="xs" c="gray.8">
                    Everyone else
                  </Text>
                </Table.Th>
                <Table.Td>
                  {g.group.people}
                  <Text size="xs" c="gray.8">
                    {g.everyoneElse.people}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {ofWords(g.group.inActivePair)}
                  <Text size="xs" c="gray.8">
                    {ofWords(g.everyoneElse.inActivePair)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {g.group.sessionsPerPerson}
                  <Text size="xs" c="gray.8">
                    {g.everyoneElse.sessionsPerPerson}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {ofWords(g.group.goalMet)}
                  <Text size="xs" c="gray.8">
                    {ofWords(g.everyoneElse.goalMet)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              <Table.Tr key={g.experience}>
                <Table.Th scope="row" fw={500}>
                  {g.label}
                </Table.Th>
                <Table.Td colSpan={4}>
                  <Text size="sm" c="gray.8">
                    Not shown: fewer than {MIN_GROUP_SIZE} people on one side
                  </Text>
                </Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
