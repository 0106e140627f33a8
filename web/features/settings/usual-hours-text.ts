/** Times and weekdays of usual hours, as the form offers and the status line says them. */

export const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

/** `540` → `09:00`; the end of the day (1440) reads `24:00`. */
export function formatMinute(minute: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/**
 * Half-hour choices from `first` to `last` minute, plus `current` when it is off that grid
 * (hours saved through the API keep their exact minute instead of being silently rounded).
 */
export function timeOptions(first: number, last: number, current: number) {
  const minutes = new Set<number>([current]);
  for (let m = first; m <= last; m += 30) minutes.add(m);
  return [...minutes]
    .sort((a, b) => a - b)
    .map((m) => ({
      value: String(m),
      label: m === 1440 ? '24:00 (midnight)' : formatMinute(m),
    }));
}

/** `[1,2,3,4,5]` → "Monday to Friday"; `[1,3]` → "Mon and Wed"; `[2,4,6]` → "Tue, Thu and Sat". */
export function describeDays(days: number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return 'every day';
  const first = sorted[0];
  const last = sorted.at(-1);
  const contiguous =
    first !== undefined && last !== undefined && last - first + 1 === sorted.length;
  if (contiguous && sorted.length >= 3) {
    return `${WEEKDAY_NAMES[first - 1]} to ${WEEKDAY_NAMES[last - 1]}`;
  }
  if (sorted.length === 1 && first !== undefined) return `${WEEKDAY_NAMES[first - 1]}s`;
  const labels = sorted.map((d) => WEEKDAY_LABELS[d - 1]);
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

export function describeUsualHours(hours: {
  startMinute: number;
  endMinute: number;
  days: number[];
}): string {
  return `${describeDays(hours.days)}, ${formatMinute(hours.startMinute)}–${formatMinute(hours.endMinute)}`;
}
