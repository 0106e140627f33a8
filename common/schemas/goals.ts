import { z } from 'zod';
import { isCalendarDate } from '../calendar-date.ts';
import { GOAL_CATEGORY_IDS } from '../taxonomy/goal-categories.ts';
import { multiLineText, singleLineText } from './text.ts';

export const GOAL_STATUSES = ['active', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const TITLE_MIN = 3;
export const TITLE_MAX = 160;
export const CRITERION_MAX = 400;
export const NOTE_MAX = 2000;
// Far enough either way for any real plan; a year like 0001 or 9999 is a typo.
export const TARGET_DATE_MIN = '2000-01-01';
export const TARGET_DATE_MAX = '2100-12-31';

const titleSchema = singleLineText(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`)
  .refine(
    (v) => v.length >= TITLE_MIN,
    `Give your goal a title of at least ${TITLE_MIN} characters.`,
  )
  .meta({ example: 'Pass a system design interview for a mid-level backend role' });

const categorySchema = z.enum(GOAL_CATEGORY_IDS, { error: 'Pick one of the categories.' });

const criterionSchema = multiLineText(CRITERION_MAX)
  .transform((v) => v.trim())
  .meta({ example: 'I have an offer, or two onsite loops that got past system design.' });

const targetDateSchema = z
  .string({ error: 'Write the date as YYYY-MM-DD.' })
  .refine(isCalendarDate, 'Write a real date as YYYY-MM-DD.')
  .refine(
    (v) => v >= TARGET_DATE_MIN && v <= TARGET_DATE_MAX,
    'Pick a date between the years 2000 and 2100.',
  )
  .nullable()
  .meta({ description: 'A calendar day, `YYYY-MM-DD`, or null for none', example: '2027-03-31' });

const statusSchema = z.enum(GOAL_STATUSES, { error: 'Choose active, achieved or dropped.' });

export const createGoalInput = z.object({
  title: titleSchema,
  category: categorySchema,
  successCriterion: criterionSchema.optional(),
  targetDate: targetDateSchema.optional(),
});
export type CreateGoalInput = z.input<typeof createGoalInput>;

export const updateGoalInput = z
  .object({
    title: titleSchema,
    category: categorySchema,
    successCriterion: criterionSchema,
    targetDate: targetDateSchema,
    status: statusSchema,
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Change at least one field.');
export type UpdateGoalInput = z.input<typeof updateGoalInput>;

export const goalListQuery = z.object({ status: statusSchema.optional() });

const uuid = (what: string) => z.uuid(`That is not a valid ${what} id.`);
export const goalParams = z.object({ id: uuid('goal') });
export const goalNoteParams = z.object({ id: uuid('goal'), noteId: uuid('note') });

export const createNoteInput = z.object({
  body: multiLineText(NOTE_MAX)
    .transform((v) => v.trim())
    .refine((v) => v.length > 0, 'Write something before saving the note.')
    .meta({ example: 'Did a mock interview with Sam: the caching part went well.' }),
});
export type CreateNoteInput = z.input<typeof createNoteInput>;

export const progressNoteOutput = z.object({
  id: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type ProgressNote = z.infer<typeof progressNoteOutput>;

export const nudgeOutput = z.object({
  field: z.enum(['title', 'successCriterion', 'targetDate']),
  message: z.string(),
});

const goalBase = z.object({
  id: z.string(),
  title: z.string(),
  category: z.enum(GOAL_CATEGORY_IDS),
  successCriterion: z.string(),
  targetDate: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Gentle suggestions for a vague goal (common/goals/goal-nudges.ts); never blocking. */
  nudges: z.array(nudgeOutput),
});

/** One goal with its whole timeline: progress notes, newest first. */
export const goalOutput = goalBase.extend({ progressNotes: z.array(progressNoteOutput) });
export type Goal = z.infer<typeof goalOutput>;

/**
 * A goal in a list: the note count stands in for the notes themselves, so a list stays small.
 * Other features (mentor search) read `goals[].{id,title,category,status}`: keep those.
 */
export const goalSummaryOutput = goalBase.extend({ progressNoteCount: z.number().int() });
export type GoalSummary = z.infer<typeof goalSummaryOutput>;

/** My goals, newest first. */
export const goalListOutput = z.object({ goals: z.array(goalSummaryOutput) });
export type GoalList = z.infer<typeof goalListOutput>;
