import { MultiSelect, Select, Stack, Switch, TagsInput } from '@mantine/core';
import { CAREER_STAGES } from '../../../../common/taxonomy/career-stages.ts';
import { GOAL_CATEGORIES } from '../../../../common/taxonomy/goal-categories.ts';
import { KNOWLEDGE_AREAS } from '../../../../common/taxonomy/knowledge-areas.ts';
import { LANGUAGES } from '../../../../common/taxonomy/languages.ts';
import { selectOptions } from '../../../../common/taxonomy/lookup.ts';
import { STACK } from '../../../../common/taxonomy/stack.ts';
import type { ListFilter, SearchFilters } from '../lib/search-params.ts';

const stackSuggestions = STACK.map((entry) => entry.label);
const areaOptions = selectOptions(KNOWLEDGE_AREAS);
const stageOptions = selectOptions(CAREER_STAGES);
const topicOptions = selectOptions(GOAL_CATEGORIES);
const languageOptions = selectOptions(LANGUAGES);

const ANY_ZONE = 'any';
const zoneOptions = [
  { value: ANY_ZONE, label: 'Any time zone' },
  ...[0, 1, 2, 3, 4, 6, 8, 10, 12].map((h) => ({
    value: String(h),
    label: h === 0 ? 'Same offset as me' : `Up to ${h} hour${h === 1 ? '' : 's'} apart`,
  })),
];

// Mantine keeps closed option lists in the page, labelled like their input: two elements with
// one name for assistive tech, and hundreds of hidden options. Mount them only when open.
const comboboxProps = { keepMounted: false } as const;

/** Narrowing choices. Every change lands in the address bar at once (see search-params.ts). */
export function FilterFields({
  filters,
  onChange,
}: {
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
}) {
  const setList = (key: ListFilter) => (values: string[]) =>
    onChange({ ...filters, [key]: values });
  return (
    <Stack gap="md">
      <TagsInput
        label="Stack"
        description="Languages, frameworks and tools. Press Enter after each."
        placeholder={filters.stack.length ? undefined : 'e.g. React, Python, k8s'}
        data={stackSuggestions}
        value={filters.stack}
        onChange={(values) => setList('stack')(values.slice(0, 20))}
        maxTags={20}
        limit={8}
        clearable
        comboboxProps={comboboxProps}
      />
      <MultiSelect
        label="Knowledge areas"
        data={areaOptions}
        placeholder={filters.area.length ? undefined : 'Any area'}
        value={filters.area}
        onChange={setList('area')}
        searchable
        clearable
        comboboxProps={comboboxProps}
      />
      <MultiSelect
        label="Career stage"
        description="Where the mentor is now."
        data={stageOptions}
        placeholder={filters.stage.length ? undefined : 'Any stage'}
        value={filters.stage}
        onChange={setList('stage')}
        clearable
        comboboxProps={comboboxProps}
      />
      <MultiSelect
        label="Helps with"
        description="Kinds of goals the mentor offers help with."
        data={topicOptions}
        placeholder={filters.topic.length ? undefined : 'Any kind of goal'}
        value={filters.topic}
        onChange={setList('topic')}
        clearable
        comboboxProps={comboboxProps}
      />
      <MultiSelect
        label="Languages"
        data={languageOptions}
        placeholder={filters.language.length ? undefined : 'Any language'}
        value={filters.language}
        onChange={setList('language')}
        searchable
        clearable
        comboboxProps={comboboxProps}
      />
      <Select
        label="Time zone"
        description="How far from your time zone a mentor may be."
        data={
          filters.tzWindow === null || zoneOptions.some((o) => o.value === String(filters.tzWindow))
            ? zoneOptions
            : [
                ...zoneOptions,
                { value: String(filters.tzWindow), label: `Up to ${filters.tzWindow} hours apart` },
              ]
        }
        value={filters.tzWindow === null ? ANY_ZONE : String(filters.tzWindow)}
        onChange={(v) =>
          onChange({ ...filters, tzWindow: !v || v === ANY_ZONE ? null : Number(v) })
        }
        allowDeselect={false}
        comboboxProps={comboboxProps}
      />
      <Switch
        label="Accepting requests now"
        description="Hide mentors whose schedule is full."
        checked={filters.accepting}
        onChange={(event) => onChange({ ...filters, accepting: event.currentTarget.checked })}
      />
    </Stack>
  );
}
