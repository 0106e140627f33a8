import { Group, Select, type SelectProps, Text } from '@mantine/core';
import { useMemo } from 'react';
import { isTimeZone, listTimeZones } from '../../common/schemas/time-zone.ts';
import { utcOffsetLabel } from '../lib/time.ts';

/**
 * The browser's own zone, when the runtime knows it. Some browsers report an alias
 * (Asia/Calcutta) that is valid but absent from the list, so the list learns it.
 */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

type TimeZoneSelectProps = Omit<SelectProps, 'data' | 'searchable' | 'renderOption'>;

/**
 * A searchable list of IANA zones. The option label stays the zone name (what the API stores
 * and what people search for); the current UTC offset is shown beside it as a hint.
 */
export function TimeZoneSelect(props: TimeZoneSelectProps) {
  const value = typeof props.value === 'string' ? props.value : null;
  const zones = useMemo(listTimeZones, []);
  const data = value && !zones.includes(value) && isTimeZone(value) ? [value, ...zones] : zones;
  // Offsets are worked out only for the options actually rendered, once each.
  const offsets = useMemo(() => new Map<string, string>(), []);
  const offsetOf = (zone: string) => {
    let label = offsets.get(zone);
    if (label === undefined) {
      label = utcOffsetLabel(zone);
      offsets.set(zone, label);
    }
    return label;
  };

  return (
    <Select
      {...props}
      data={data}
      searchable
      maxDropdownHeight={280}
      // Mantine keeps the closed list in the DOM, labelled like the input: two elements named
      // "Time zone", and ~400 hidden options on every page with this field.
      comboboxProps={{ keepMounted: false }}
      nothingFoundMessage="No time zone matches. Try a city, like Paris or Chicago."
      renderOption={({ option }) => (
        <Group justify="space-between" wrap="nowrap" w="100%" gap="sm">
          <span>{option.label}</span>
          <Text span size="xs" c="gray.7">
            {offsetOf(option.value)}
          </Text>
        </Group>
      )}
    />
  );
}
