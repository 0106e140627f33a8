/**
 * A session's time as each participant sees it. Sessions are stored as instants; people think
 * in wall-clock times of their own zone, and a pair can sit on opposite sides of a DST change.
 */

interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a zone. */
export function wallTimeIn(instant: Date, timeZone: string): WallParts {
  const parts = wallFormatter(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const weekdayIndex = WEEKDAYS.indexOf(get('weekday'));
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    weekday: weekdayIndex + 1,
  };
}

/** Minutes after local midnight of an instant in a zone (for "usual hours" checks). */
export function minuteOfDayIn(instant: Date, timeZone: string): number {
  const wall = wallTimeIn(instant, timeZone);
  return wall.hour * 60 + wall.minute;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "18:00" in a zone. */
export function clockTimeIn(instant: Date, timeZone: string): string {
  const wall = wallTimeIn(instant, timeZone);
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** "Tue 18:00" in a zone. */
export function dayAndTimeIn(instant: Date, timeZone: string): string {
  const wall = wallTimeIn(instant, timeZone);
  return `${WEEKDAYS[wall.weekday - 1]} ${pad(wall.hour)}:${pad(wall.minute)}`;
}

/**
 * "Tue 18:00 for you · 09:00 for Sam" — the other person's day is named too when it differs
 * from the viewer's ("Tue 23:30 for you · Wed 08:30 for Sam"); one zone alone when both share it.
 */
export function bothLocalTimes(
  startsAt: Date | string,
  mine: string,
  theirs: { name: string; timeZone: string },
): string {
  const instant = new Date(startsAt);
  const me = wallTimeIn(instant, mine);
  const them = wallTimeIn(instant, theirs.timeZone);
  const forMe = `${dayAndTimeIn(instant, mine)} for you`;
  if (me.hour === them.hour && me.minute === them.minute && me.day === them.day) {
    return `${forMe} and ${firstName(theirs.name)}`;
  }
  const sameDay = me.year === them.year && me.month === them.month && me.day === them.day;
  const theirText = sameDay
    ? clockTimeIn(instant, theirs.timeZone)
    : dayAndTimeIn(instant, theirs.timeZone);
  return `${forMe} · ${theirText} for ${firstName(theirs.name)}`;
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/**
 * The instant at which a wall-clock time (`YYYY-MM-DDTHH:mm`, as a datetime-local field gives
 * it) happens in `timeZone`. In a DST gap (02:30 on a spring-forward night) the clock jumps:
 * the time is read with the offset from before the jump, landing just after it. In a repeated
 * hour (autumn) the earlier of the two moments is chosen.
 */
export function wallTimeToInstant(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const before = asUtc - offsetMinutes(new Date(asUtc - 86_400_000), timeZone) * 60_000;
  const after = asUtc - offsetMinutes(new Date(asUtc + 86_400_000), timeZone) * 60_000;
  // One of the offsets in force a day either side reads back correctly, unless the time falls
  // in a gap; then the offset from before the jump puts it just after the gap.
  for (const candidate of [Math.min(before, after), Math.max(before, after)]) {
    const wall = wallTimeIn(new Date(candidate), timeZone);
    const same =
      wall.year === y &&
      wall.month === mo &&
      wall.day === d &&
      wall.hour === h &&
      wall.minute === mi;
    if (same) return new Date(candidate);
  }
  return new Date(before);
}

/** The zone's offset from UTC at an instant, in minutes (Paris in winter: 60). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const wall = wallTimeIn(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** `YYYY-MM-DDTHH:mm` for a datetime-local field showing an instant in a zone. */
export function instantToWallTime(instant: Date | string, timeZone: string): string {
  const wall = wallTimeIn(new Date(instant), timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}
