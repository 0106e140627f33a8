/**
 * Current UTC offsets of IANA zones, in minutes. Intl is slow to ask (microseconds per call,
 * far too slow for 100k mentors per search), so each zone's offset is cached and recomputed
 * after an hour: daylight-saving changes land within the hour.
 */
const REFRESH_MS = 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const cache = new Map<string, { minutes: number; at: number }>();

function compute(zone: string, now: number): number {
  let format = formatters.get(zone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      format = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', timeZoneName: 'longOffset' });
    }
    formatters.set(zone, format);
  }
  const name = format.formatToParts(now).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  // "GMT", "GMT+05:30" or "GMT-03:00"
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

export function utcOffsetMinutes(zone: string, now = Date.now()): number {
  const hit = cache.get(zone);
  if (hit && now - hit.at < REFRESH_MS) return hit.minutes;
  const minutes = compute(zone, now);
  cache.set(zone, { minutes, at: now });
  return minutes;
}
