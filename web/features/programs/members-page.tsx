import { Badge, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { CohortMember } from '../../../common/schemas/programs.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { errorMessage } from '../../lib/api-client.ts';
import { useMembers, useRemoveMember, useUpdateMember } from './api/programs-queries.ts';
import { CohortFrame } from './components/cohort-frame.tsx';
import { ROLE_LABELS } from './program-words.ts';

function MemberRow({ cohortId, member }: { cohortId: string; member: CohortMember }) {
  const update = useUpdateMember(cohortId);
  const remove = useRemoveMember(cohortId);
  const [capacity, setCapacity] = useState<number | string>(member.capacity);
  const [team, setTeam] = useState(member.team ?? '');
  const left = member.leftAt !== null;
  const changed = capacity !== member.capacity || team !== (member.team ?? '');
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600}>{member.name}</Text>
        {member.profile?.headline && (
          <Text size="sm" c="gray.7">
            {member.profile.headline}
          </Text>
        )}
        {(update.error || remove.error) && (
          <FormErrorAlert error={errorMessage(update.error ?? remove.error)} />
        )}
      </Table.Td>
      <Table.Td>
        {ROLE_LABELS[member.role]}
        {left && (
          <Badge ml="xs" color="gray.8">
            Left
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{member.joinedVia === 'invite' ? 'Invite' : 'Application'}</Table.Td>
      <Table.Td>
        {member.role === 'mentor' ? (
          <NumberInput
            aria-label={`Mentees ${member.name} takes`}
            min={1}
            max={3}
            w={80}
            value={capacity}
            onChange={setCapacity}
            disabled={left}
          />
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={`Team of ${member.name}`}
          value={team}
          onChange={(e) => setTeam(e.currentTarget.value)}
          disabled={left}
          w={140}
        />
      </Table.Td>
      <Table.Td>
        {!left && (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              disabled={!changed}
              loading={update.isPending}
              onClick={() =>
                update.mutate({
                  userId: member.userId,
                  ...(member.role === 'mentor' ? { capacity: Number(capacity) } : {}),
                  team: team.trim() || null,
                })
              }
              aria-label={`Save changes for ${member.name}`}
            >
              Save
            </Button>
            <Button
              size="xs"
              variant="default"
              loading={remove.isPending}
              onClick={() => remove.mutate(member.userId)}
              aria-label={`Mark ${member.name} as left`}
            >
              Left
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function Members({ cohortId }: { cohortId: string }) {
  const members = useMembers(cohortId);
  if (members.isError) return <FormErrorAlert error={errorMessage(members.error)} />;
  const list = members.data?.members ?? [];
  if (!members.isPending && list.length === 0) {
    return (
      <Text c="gray.7">
        Nobody has joined yet. Invite mentors and mentees from the program page.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Joined by</Table.Th>
            <Table.Th>Capacity</Table.Th>
            <Table.Th>Team</Table.Th>
            <Table.Th>Changes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((m) => (
            <MemberRow key={m.userId} cohortId={cohortId} member={m} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function MembersPage() {
  return (
    <CohortFrame section="Members">
      {(cohort) =>
        cohort.myRole === 'admin' ? (
          <Stack>
            <Members cohortId={cohort.id} />
          </Stack>
        ) : (
          <Text c="gray.7">Only the program’s admins manage members.</Text>
        )
      }
    </CohortFrame>
  );
}
