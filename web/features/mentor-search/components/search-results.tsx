import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { MentorSearchResult } from '../../../../common/schemas/mentor-search.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import type { useMentorSearch } from '../api/use-mentor-search.ts';
import { EMPTY_FILTERS, type SearchFilters } from '../lib/search-params.ts';
import { MentorResultCard } from './mentor-result-card.tsx';
import { WhyDrawer } from './why-drawer.tsx';

type Search = ReturnType<typeof useMentorSearch>;

function LoadingCards() {
  return (
    <Stack gap="md" role="status" aria-label="Loading mentors">
      {[0, 1, 2].map((i) => (
        <Paper key={i} withBorder radius="lg" p="lg" aria-hidden="true">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap="xs" style={{ flex: 1 }}>
              <Skeleton height={20} width="40%" />
              <Skeleton height={14} width="80%" />
              <Skeleton height={12} width="50%" />
            </Stack>
            <Skeleton height={72} circle />
          </Group>
          <Stack gap={8} mt="md">
            <Skeleton height={12} width="70%" />
            <Skeleton height={12} width="60%" />
            <Skeleton height={12} width="65%" />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** Nothing matched: say which choices to loosen, each one a click away. */
function EmptyState({
  filters,
  onChange,
}: {
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
}) {
  const ideas: { label: string; next: SearchFilters }[] = [];
  if (filters.must.length)
    ideas.push({ label: 'Make must-haves nice to have', next: { ...filters, must: [] } });
  if (filters.q.trim())
    ideas.push({ label: 'Clear the search words', next: { ...filters, q: '' } });
  if (filters.tzWindow !== null)
    ideas.push({ label: 'Allow any time zone', next: { ...filters, tzWindow: null } });
  if (filters.accepting)
    ideas.push({ label: 'Include mentors who are full', next: { ...filters, accepting: false } });
  if (filters.stack.length > 1)
    ideas.push({
      label: 'Keep only your first stack tag',
      next: { ...filters, stack: filters.stack.slice(0, 1) },
    });
  return (
    <Paper withBorder radius="lg" p="xl" ta="center">
      <Title order={3} fz="lg">
        No mentor matches all of that yet
      </Title>
      <Text c="gray.7" mt="xs" mb="md">
        Every choice narrows the list. Loosen one or two and the people close to what you want will
        show up.
      </Text>
      <Group justify="center" gap="sm">
        {ideas.map((idea) => (
          <Button key={idea.label} variant="light" onClick={() => onChange(idea.next)}>
            {idea.label}
          </Button>
        ))}
        <Button
          variant="subtle"
          onClick={() => onChange({ ...EMPTY_FILTERS, goalId: filters.goalId })}
        >
          Clear all filters
        </Button>
      </Group>
    </Paper>
  );
}

export function SearchResults({
  search,
  filters,
  onChange,
}: {
  search: Search;
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
}) {
  const [explained, setExplained] = useState<MentorSearchResult | null>(null);

  if (search.isPending) return <LoadingCards />;
  if (search.isError && !search.data) {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertCircle aria-hidden="true" />}
        title="We could not load mentors"
      >
        <Text size="sm" mb="sm">
          {errorMessage(search.error)}
        </Text>
        <Button size="xs" variant="white" color="red" onClick={() => search.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  }

  const results = search.data.pages.flatMap((page) => page.results);
  const updating = search.isPlaceholderData;
  return (
    <Stack gap="md">
      <Text role="status" size="sm" c="gray.7">
        {updating
          ? 'Updating the list…'
          : results.length === 0
            ? 'No mentors found.'
            : `${results.length}${search.hasNextPage ? '+' : ''} mentor${results.length === 1 ? '' : 's'}, best fit first.`}
      </Text>
      {results.length === 0 ? (
        <EmptyState filters={filters} onChange={onChange} />
      ) : (
        <Stack
          component="ul"
          gap="md"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-busy={updating}
          aria-label="Mentors"
        >
          {results.map((result) => (
            <li key={result.mentor.id}>
              <MentorResultCard result={result} onExplain={setExplained} goalId={filters.goalId} />
            </li>
          ))}
        </Stack>
      )}
      {search.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            onClick={() => search.fetchNextPage()}
            loading={search.isFetchingNextPage}
          >
            Load more mentors
          </Button>
        </Group>
      )}
      {search.isFetchNextPageError && (
        <Text size="sm" c="red.9" ta="center">
          {errorMessage(search.error)}
        </Text>
      )}
      {!search.hasNextPage && results.length > 0 && (
        <Text size="sm" c="gray.7" ta="center">
          That is everyone who matches this search.
        </Text>
      )}
      <WhyDrawer result={explained} onClose={() => setExplained(null)} />
    </Stack>
  );
}
