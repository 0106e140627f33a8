import { z } from 'zod';
import { CADENCES } from './mentorships.ts';

/**
 * How a mentorship is going, computed from what both people already share: sessions held and
 * cancelled, each side's "was the goal met?", action items, and the rhythm between sessions.
 * Nothing private (notes, reflections, fit-check answers) ever feeds it.
 */

export const GOAL_MET_VALUES = ['yes', 'partly', 'no'] as const;
export type GoalMet = (typeof GOAL_MET_VALUES)[number];

const goalMet = z.enum(GOAL_MET_VALUES).nullable();

export const progressMonth = z.object({
  /** A calendar month in the viewer's time zone, `YYYY-MM`. */
  month: z.string(),
  held: z.number().int(),
  cancelled: z.number().int(),
  /** Action items marked done this month. */
  itemsDone: z.number().int(),
  /** Action items whose due day passed while they were still open, by the month it happened. */
  itemsBecameOverdue: z.number().int(),
});
export type ProgressMonth = z.infer<typeof progressMonth>;

export const progressSession = z.object({
  sessionId: z.uuid(),
  startsAt: z.iso.datetime(),
  /** The session's day in the viewer's time zone, `YYYY-MM-DD`. */
  day: z.string(),
  /** Each side's answer to "was the session goal met?"; null until they review. */
  menteeGoalMet: goalMet,
  mentorGoalMet: goalMet,
});
export type ProgressSession = z.infer<typeof progressSession>;

export const progressGap = z.object({
  /** The later of the two sessions. */
  sessionId: z.uuid(),
  day: z.string(),
  /** Calendar days since the previous held session, in the viewer's time zone. */
  days: z.number().int(),
});

export const PROGRESS_EVENT_KINDS = [
  'first-session',
  'review',
  'item-done',
  'paused',
  'resumed',
] as const;

export const progressEvent = z.object({
  kind: z.enum(PROGRESS_EVENT_KINDS),
  at: z.iso.datetime(),
  /** Who did it; null for a session (both were there). */
  actor: z.enum(['me', 'them']).nullable(),
  /** The action item's title for `item-done`; the goal answer for `review`; else empty. */
  detail: z.string(),
  sessionId: z.uuid().nullable(),
});
export type ProgressEvent = z.infer<typeof progressEvent>;

export const progressOutput = z.object({
  /** The zone the months and days are counted in (the viewer's). */
  timeZone: z.string(),
  heldCount: z.number().int(),
  cancelledCount: z.number().int(),
  /** Every month from the first to the last with anything in it, empty months included. */
  months: z.array(progressMonth),
  sessions: z.array(progressSession),
  actionItems: z.object({
    done: z.number().int(),
    /** Open and not yet past due (or with no due day). */
    open: z.number().int(),
    /** Open, and the due day has passed where its owner lives. */
    overdue: z.number().int(),
    dropped: z.number().int(),
  }),
  gaps: z.array(progressGap),
  medianGapDays: z.number().nullable(),
  cadence: z.enum(CADENCES).nullable(),
  /** The days the agreed rhythm means (monthly ≈ 30); null for one-off or none agreed. */
  cadenceDays: z.number().int().nullable(),
  daysSinceLastSession: z.number().int().nullable(),
  timeline: z.array(progressEvent),
});
export type Progress = z.infer<typeof progressOutput>;
