import { Box, Button, Collapse, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconFilter } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../lib/page-title.ts';
import { useMentorSearch } from './api/use-mentor-search.ts';
import { FilterFields } from './components/filter-fields.tsx';
import { GoalPicker } from './components/goal-picker.tsx';
import { ImportancePanel } from './components/importance-panel.tsx';
import { SearchBox } from './components/search-box.tsx';
import { SearchResults } from './components/search-results.tsx';
import {
  countFilters,
  readFilters,
  type SearchFilters,
  writeFilters,
} from './lib/search-params.ts';

/** /mentors: rank mentors by fit, with every choice kept in the address bar. */
export function MentorSearchPage() {
  usePageTitle('Find a mentor');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  // Replace, not push: tweaking filters should not fill the Back button with every step.
  const update = (next: SearchFilters) => setParams(writeFilters(next), { replace: true });
  const search = useMentorSearch(filters);
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const [filtersOpened, { toggle: toggleFilters }] = useDisclosure(false);
  const active = countFilters(filters);

  const filterColumn = (
    <Stack gap="md">
      <ImportancePanel filters={filters} onChange={update} />
      <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="filters-title">
        <Title id="filters-title" order={2} fz="md" mb="sm">
          Filters
        </Title>
        <FilterFields filters={filters} onChange={update} />
      </Paper>
    </Stack>
  );

  return (
    <Box maw={1200}>
      <Stack gap={4} mb="lg">
        <Title order={1}>Find a mentor</Title>
        <Text c="gray.7" size="lg">
          Mentors ranked by how well they fit you, with the reasons spelled out for each one.
        </Text>
      </Stack>

      <Paper withBorder radius="lg" p="md" mb="lg">
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <GoalPicker
              value={filters.goalId}
              onChange={(goalId) => update({ ...filters, goalId })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <SearchBox value={filters.q} onChange={(q) => update({ ...filters, q })} />
          </Grid.Col>
        </Grid>
      </Paper>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, sm: 5, lg: 4 }}>
          {isPhone ? (
            <>
              <Button
                variant="default"
                fullWidth
                leftSection={<IconFilter size={18} aria-hidden="true" />}
                onClick={toggleFilters}
                aria-expanded={filtersOpened}
                aria-controls="search-filters"
              >
                {filtersOpened ? 'Hide filters' : 'Show filters'}
                {active > 0 ? ` (${active} on)` : ''}
              </Button>
              <Collapse expanded={filtersOpened} id="search-filters" mt="md">
                {filterColumn}
              </Collapse>
            </>
          ) : (
            filterColumn
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 7, lg: 8 }}>
          <Box component="section" aria-labelledby="results-title">
            <Title id="results-title" order={2} fz="xl" mb="xs">
              Mentors for you
            </Title>
            <SearchResults search={search} filters={filters} onChange={update} />
          </Box>
        </Grid.Col>
      </Grid>
    </Box>
  );
}
