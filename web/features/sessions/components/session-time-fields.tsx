import { Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconClock } from '@tabler/icons-react';
import type { PersonRef } from '../../../../common/schemas/mentorships.ts';
import {
  DURATION_MAX,
  DURATION_MIN,
  LOCATION_MAX,
  RECORD_HORIZON_DAYS,
  SCHEDULE_HORIZON_DAYS,
} from '../../../../common/schemas/sessions.ts';
import {
  bothLocalTimes,
  instantToWallTime,
  wallTimeToInstant,
} from '../../../../common/sessions/session-times.ts';
import { longDate } from '../lib/session-format.ts';

export const DURATION_CHOICES = ['30', '45', '60', '90', '120'] as const;
const CUSTOM = 'custom';

/** The time part of the schedule and reschedule forms, as the fields hold it. */
export interface SessionTimeValues {
  /** `YYYY-MM-DDTHH:mm` on the viewer's own clock (their profile zone, not the browser's). */
  startsAt: string;
  /** One of DURATION_CHOICES, or `custom`. */
  durationMinutes: string;
  customMinutes: number | string;
  location: string;
}

export function timeValuesFrom(
  session: { startsAt: string; durationMinutes: number; location: string } | null,
  timeZone: string,
): SessionTimeValues {
  if (!session) return { startsAt: '', durationMinutes: '60', customMinutes: '', location: '' };
  const preset = (DURATION_CHOICES as readonly string[]).includes(String(session.durationMinutes));
  return {
    startsAt: instantToWallTime(session.startsAt, timeZone),
    durationMinutes: preset ? String(session.durationMinutes) : CUSTOM,
    customMinutes: preset ? '' : session.durationMinutes,
    location: session.location,
  };
}

export function minutesOf(values: SessionTimeValues): number {
  return values.durationMinutes === CUSTOM
    ? Number(values.customMinutes)
    : Number(values.durationMinutes);
}

/** The start as an instant, read in the viewer's zone; null until the field holds a full time. */
export function startOf(values: SessionTimeValues, timeZone: string): Date | null {
  return values.startsAt ? wallTimeToInstant(values.startsAt, timeZone) : null;
}

/**
 * The same checks the server makes, so most mistakes show before saving. The server still
 * decides ("now" is its clock), and its field messages land on these same fields.
 */
export function validateTimeValues(
  values: SessionTimeValues,
  timeZone: string,
  now: Date,
  { held = false } = {},
) {
  const errors: Record<string, string> = {};
  const start = startOf(values, timeZone);
  if (!start) errors.startsAt = 'Pick a date and a time.';
  else if (held) {
    // A session that already happened is recorded with the time it took place.
    if (start > now) errors.startsAt = 'Pick the time you met: it is in the past.';
    else if (start.getTime() < now.getTime() - RECORD_HORIZON_DAYS * 86_400_000) {
      errors.startsAt = `You can record a session from the last ${RECORD_HORIZON_DAYS} days.`;
    }
  } else if (start <= now)
    errors.startsAt = 'That time has already passed. Pick a time in the future.';
  else if (start.getTime() > now.getTime() + SCHEDULE_HORIZON_DAYS * 86_400_000) {
    errors.startsAt = 'Pick a time within the next year.';
  }
  if (values.durationMinutes === CUSTOM) {
    const minutes = Number(values.customMinutes);
    if (values.customMinutes === '' || !Number.isInteger(minutes)) {
      errors.customMinutes = 'Give the length in whole minutes.';
    } else if (minutes < DURATION_MIN || minutes > DURATION_MAX) {
      errors.customMinutes = `Between ${DURATION_MIN} minutes and ${DURATION_MAX / 60} hours.`;
    }
  }
  if (values.location.trim().length > LOCATION_MAX) {
    errors.location = `Keep the place or link under ${LOCATION_MAX} characters.`;
  }
  return errors;
}

const durationOptions = [
  ...DURATION_CHOICES.map((value) => ({
    value,
    label:
      Number(value) < 60
        ? `${value} minutes`
        : Number(value) === 60
          ? '1 hour'
          : `${Number(value) / 60} hours`,
  })),
  { value: CUSTOM, label: 'Another length…' },
];

interface Props<T extends SessionTimeValues> {
  form: UseFormReturnType<T>;
  myTimeZone: string;
  counterpart: PersonRef;
}

/** Date and time on my clock (with the other person's beside it as I type), length, place. */
export function SessionTimeFields<T extends SessionTimeValues>({
  form,
  myTimeZone,
  counterpart,
}: Props<T>) {
  const values = form.getValues();
  const start = startOf(values, myTimeZone);
  const min = instantToWallTime(new Date(), myTimeZone);
  // The field's own error (if any) says what is wrong; the live line says what it means.
  const live = start
    ? `${longDate(start.toISOString(), myTimeZone)} · ${bothLocalTimes(start, myTimeZone, counterpart)}`
    : `Type a time on your own clock; ${counterpart.name.split(' ')[0]}’s appears here.`;

  return (
    <Stack gap="md">
      <div>
        <TextInput
          type="datetime-local"
          label="Date and time"
          description={`On your clock (${myTimeZone.replace(/_/g, ' ')})`}
          required
          min={min}
          w={{ base: '100%', xs: 280 }}
          {...form.getInputProps('startsAt')}
        />
        <Group gap={6} mt={6} wrap="nowrap" align="flex-start">
          <IconClock size={16} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" c="gray.8" aria-live="polite" data-testid="both-times">
            {live}
          </Text>
        </Group>
      </div>
      <Group gap="md" align="flex-start">
        <Select
          label="Length"
          data={durationOptions}
          allowDeselect={false}
          w={{ base: '100%', xs: 200 }}
          {...form.getInputProps('durationMinutes')}
        />
        {values.durationMinutes === CUSTOM && (
          <NumberInput
            label="Minutes"
            min={DURATION_MIN}
            max={DURATION_MAX}
            step={5}
            allowDecimal={false}
            w={{ base: '100%', xs: 140 }}
            {...form.getInputProps('customMinutes')}
          />
        )}
      </Group>
      <TextInput
        label="Place or video link"
        description="Optional. A web address shows as a link for both of you."
        placeholder="https://meet.example.com/… or Café Lumen, 2nd floor"
        maxLength={LOCATION_MAX}
        {...form.getInputProps('location')}
      />
    </Stack>
  );
}
