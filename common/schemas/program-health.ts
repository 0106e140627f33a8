import { z } from 'zod';
import { isCalendarDate } from '../calendar-date.ts';
import { CLOSE_REASONS } from './closure.ts';
import { CADENCES, MENTORSHIP_STATUSES } from './mentorships.ts';

/**
 * A cohort's health, for its program's admins: aggregates of facts both people of a pair
 * already share (sessions held, prep shared in time, "was the goal met?", action items,
 * closures), never notes, reflections, one person's fit-check answer or an experience its owner
 * did not offer for program statistics. ADR "program health aggregates" states the rules.
 */

/** Groups smaller than this are never shown (and neither is their complement). */
export const MIN_GROUP_SIZE = 5;
/** The longest period one look may cover, in days. */
export const MAX_PERIOD_DAYS = 731;
/** At most this many pairs are nudged in one request. */
export const MAX_NUDGE_PAIRS = 200;

export const cohortParams = z.object({ cohortId: z.uuid('That is not a cohort id.') });

const calendarDay = z
  .string()
  .max(10, 'Write the date as YYYY-MM-DD.')
  .refine(isCalendarDate, 'Write the date as YYYY-MM-DD.');

export const healthQuery = z
  .object({
    from: calendarDay.optional(),
    to: calendarDay.optional(),
    breakdown: z.enum(['experience'], { error: 'The only breakdown is "experience".' }).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'The end of the period comes before its start.',
  });
export type HealthQuery = z.input<typeof healthQuery>;

/** "12 of 15": a count and what it is a count of. */
const fraction = z.object({ count: z.number().int(), of: z.number().int() });
export type Fraction = z.infer<typeof fraction>;

export const healthWeek = z.object({
  /** The Monday that starts the week, in the viewer's time zone. */
  week: z.string(),
  sessionsHeld: z.number().int(),
  /** Held sessions whose prep was shared before the pair's deadline. */
  prepOnTime: z.number().int(),
  /** Reviews of the week's held sessions, and how many said the goal was met. */
  reviews: z.number().int(),
  goalMet: z.number().int(),
});
export type HealthWeek = z.infer<typeof healthWeek>;

export const notMeetingPair = z.object({
  mentorshipId: z.uuid(),
  menteeName: z.string(),
  mentorName: z.string(),
  /** The day of their last held session (viewer's zone), or null when they have not met. */
  lastMetOn: z.string().nullable(),
  cadence: z.enum(CADENCES),
  daysSince: z.number().int(),
  /** A program nudge already went to this pair today (another one today would do nothing). */
  nudgedToday: z.boolean(),
});
export type NotMeetingPair = z.infer<typeof notMeetingPair>;

export const FIT_OUTCOMES = ['continue', 'adjust', 'wind-down', 'no-answer'] as const;
export type FitOutcome = (typeof FIT_OUTCOMES)[number];

const groupFigures = z.object({
  people: z.number().int(),
  /** People of the group in a pair that is active now. */
  inActivePair: fraction,
  /** Held sessions of their pairs in the period, per person. */
  sessionsPerPerson: z.number(),
  /** Their own reviews: how many said the goal was met. */
  goalMet: fraction,
});
export type GroupFigures = z.infer<typeof groupFigures>;

export const experienceGroup = z.object({
  experience: z.string(),
  /** The taxonomy's label: never anyone's own words. */
  label: z.string(),
  /** Null when the group or everyone else has fewer than MIN_GROUP_SIZE people. */
  group: groupFigures.nullable(),
  everyoneElse: groupFigures.nullable(),
});
export type ExperienceGroup = z.infer<typeof experienceGroup>;

export const cohortHealthOutput = z.object({
  cohort: z.object({
    id: z.uuid(),
    name: z.string(),
    programId: z.uuid(),
    startsOn: z.string(),
    endsOn: z.string(),
  }),
  period: z.object({ from: z.string(), to: z.string(), timeZone: z.string() }),
  pairs: z.number().int(),
  activePairs: fraction,
  sessions: z.object({ held: z.number().int(), pairs: z.number().int(), perPair: z.number() }),
  prepOnTime: fraction,
  goalMet: z.object({
    yes: z.number().int(),
    partly: z.number().int(),
    no: z.number().int(),
    rate: fraction,
  }),
  actionItems: z.object({ done: fraction, open: z.number().int(), dropped: z.number().int() }),
  fitCheck: z.object({
    /** Pairs with at least one revealed round: each counts once, by its latest revealed round. */
    pairs: z.number().int(),
    /** Null while fewer than MIN_GROUP_SIZE pairs have a revealed round. */
    outcomes: z.record(z.enum(FIT_OUTCOMES), z.number().int()).nullable(),
  }),
  notMeeting: z.object({ count: fraction, list: z.array(notMeetingPair) }),
  closureReasons: z.array(z.object({ reason: z.enum(CLOSE_REASONS), count: z.number().int() })),
  weeks: z.array(healthWeek),
  /** Present when `breakdown=experience` was asked for. */
  breakdown: z.object({ people: z.number().int(), groups: z.array(experienceGroup) }).nullable(),
});
export type CohortHealth = z.infer<typeof cohortHealthOutput>;

export const nudgeInput = z.object({
  mentorshipIds: z
    .array(z.uuid('Choose pairs from the list.'), { error: 'Choose the pairs to nudge.' })
    .min(1, 'Choose at least one pair.')
    .max(MAX_NUDGE_PAIRS, `Nudge at most ${MAX_NUDGE_PAIRS} pairs at once.`),
});
export type NudgeInput = z.input<typeof nudgeInput>;

export const nudgeOutput = z.object({
  /** Pairs newly nudged now (a pair already nudged today is not counted again). */
  nudged: z.number().int(),
  /** Pairs that were nudged earlier today. */
  alreadyNudgedToday: z.number().int(),
});
export type NudgeOutput = z.infer<typeof nudgeOutput>;

/** One CSV row per pair; the header row uses these words. */
export const CSV_COLUMNS = [
  'Mentee',
  'Mentor',
  'Pair started',
  'Status',
  'Sessions held',
  'Prep shared on time',
  'Goal met: yes',
  'Goal met: partly',
  'Goal met: no',
  'Action items done',
  'Action items open',
  'Last met',
  'Closure reason',
] as const;

export const PAIR_STATUSES = MENTORSHIP_STATUSES;
