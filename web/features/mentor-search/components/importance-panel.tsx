import {
  Badge,
  Box,
  Collapse,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconChevronDown } from '@tabler/icons-react';
import {
  FIT_CRITERIA,
  IMPORTANCE,
  type Importance,
} from '../../../../common/schemas/mentor-search.ts';
import { CRITERIA, IMPORTANCE_LABELS } from '../lib/criteria.ts';
import { importanceOf, type SearchFilters, withImportance } from '../lib/search-params.ts';

const importanceOptions = IMPORTANCE.map((value) => ({ value, label: IMPORTANCE_LABELS[value] }));

/**
 * "How to rank": per criterion, must-have (only mentors who meet it), nice to have (counts
 * towards the score) or ignore (weighs nothing). Folded by default: the defaults are sensible.
 */
export function ImportancePanel({
  filters,
  onChange,
}: {
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
}) {
  const changed = filters.must.length + filters.ignore.length;
  const [opened, { toggle }] = useDisclosure(changed > 0);
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="how-to-rank-title">
      <Title id="how-to-rank-title" order={2} fz="md">
        <UnstyledButton
          w="100%"
          onClick={toggle}
          aria-expanded={opened}
          aria-controls="how-to-rank-panel"
        >
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap">
              <IconAdjustmentsHorizontal size={18} aria-hidden="true" />
              <span>How to rank</span>
              {changed > 0 && (
                <Badge size="sm" variant="light">
                  {changed} changed
                </Badge>
              )}
            </Group>
            <IconChevronDown
              size={18}
              aria-hidden="true"
              style={{
                transform: opened ? 'rotate(180deg)' : undefined,
                transition: 'transform 150ms',
              }}
            />
          </Group>
        </UnstyledButton>
      </Title>
      <Collapse expanded={opened} id="how-to-rank-panel">
        <Text size="sm" c="gray.7" mt="xs" mb="md">
          A must-have shows only mentors who meet it. Nice to have adds to the score. Ignore leaves
          it out.
        </Text>
        <Stack gap="md">
          {FIT_CRITERIA.map((criterion) => {
            const { label, explanation } = CRITERIA[criterion];
            return (
              <Box key={criterion}>
                <Text fw={600} size="sm">
                  {label}
                </Text>
                <Text size="xs" c="gray.7" mb={6}>
                  {explanation}
                </Text>
                <SegmentedControl
                  fullWidth
                  size="xs"
                  color="tandem"
                  // Not just the label: the filters above have fields named "Time zone" too.
                  aria-label={`${label} importance`}
                  data={importanceOptions}
                  value={importanceOf(filters, criterion)}
                  onChange={(value) =>
                    onChange(withImportance(filters, criterion, value as Importance))
                  }
                />
              </Box>
            );
          })}
        </Stack>
      </Collapse>
    </Paper>
  );
}
