/**
 * How a person likes dates and times written. Tandem's words are English, so the choices are
 * English-language conventions: which comes first, the day or the month, and a 24- or 12-hour
 * clock. Each is a BCP 47 tag that `Intl.DateTimeFormat` understands as it is.
 */
export const DATE_LOCALES = {
  'en-GB': 'Day first, 24-hour clock',
  'en-IN': 'Day first, 12-hour clock',
  'en-US': 'Month first, 12-hour clock',
  'en-US-u-hc-h23': 'Month first, 24-hour clock',
} as const;

export type DateLocale = keyof typeof DATE_LOCALES;
export const DATE_LOCALE_IDS = Object.keys(DATE_LOCALES) as [DateLocale, ...DateLocale[]];
export const DEFAULT_DATE_LOCALE: DateLocale = 'en-GB';

/** The tag to format with: the person's choice, or the default for anything unknown. */
export function dateLocaleTag(locale: string | null | undefined): DateLocale {
  return locale && locale in DATE_LOCALES ? (locale as DateLocale) : DEFAULT_DATE_LOCALE;
}

/**
 * Hour and minute options for a convention: a 24-hour clock keeps two-digit hours ("09:00", as
 * everywhere in Tandem), a 12-hour clock does not ("9:00 AM").
 */
export function clockOptions(locale: DateLocale): Intl.DateTimeFormatOptions {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const twelve = cycle === 'h11' || cycle === 'h12';
  return { hour: twelve ? 'numeric' : '2-digit', minute: '2-digit' };
}

/** "Tue 1 Dec, 14:05" as this convention writes it: the example shown beside each choice. */
export function dateLocaleExample(locale: DateLocale, at = new Date('2026-12-01T14:05:00Z')) {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...clockOptions(locale),
  }).format(at);
}
