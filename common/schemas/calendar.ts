import { z } from 'zod';

export const calendarFeedOutput = z.object({
  /** The full subscription URL; null when the user has none (never created, or revoked). */
  url: z.url().nullable(),
  createdAt: z.iso.datetime().nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeedOutput>;

export const calendarFeedParams = z.object({
  /** `<token>.ics` */
  feed: z.string().max(100),
});

export const usualHoursInput = z
  .object({
    startMinute: z.number().int().min(0).max(1439),
    endMinute: z.number().int().min(1).max(1440),
    days: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'Pick at least one day.')
      .max(7)
      .transform((days) => [...new Set(days)].sort()),
  })
  .refine((v) => v.endMinute > v.startMinute, {
    message: 'The end of your usual hours must come after the start.',
    path: ['endMinute'],
  });
export type UsualHoursInput = z.input<typeof usualHoursInput>;
export const usualHoursOutput = z.object({
  startMinute: z.number().int(),
  endMinute: z.number().int(),
  days: z.array(z.number().int()),
  /** True while the user has not set their own (09:00–18:00, Monday to Friday). */
  isDefault: z.boolean(),
});
export type UsualHours = z.infer<typeof usualHoursOutput>;
export const DEFAULT_USUAL_HOURS = { startMinute: 540, endMinute: 1080, days: [1, 2, 3, 4, 5] };
