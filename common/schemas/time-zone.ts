import { z } from 'zod';

/** True for any IANA zone name the runtime's Intl database knows, plus the `UTC` alias. */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isTimeZone, { message: 'Choose a time zone from the list, such as Europe/Paris.' })
  .meta({ description: 'IANA time zone name', example: 'Europe/Paris' });

/** The zones offered in pickers: the runtime's list, which does not always include UTC. */
export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
