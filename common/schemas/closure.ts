import { z } from 'zod';
import { GOAL_CATEGORY_IDS } from '../taxonomy/goal-categories.ts';
import { GOAL_STATUSES } from './goals.ts';
import { MENTORSHIP_ROLES, MENTORSHIP_STATUSES } from './mentorships.ts';
import { multiLineText } from './text.ts';

/**
 * Ending a mentorship gracefully: a reason and a word to the other person, what each one
 * appreciated, and a summary each can keep.
 */
export const CLOSE_REASONS = [
  'goals-reached',
  'wind-down-after-fit-check',
  'no-time',
  'not-a-fit',
  'other',
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const CLOSE_NOTE_MAX = 1000;
export const APPRECIATION_MIN = 10;
export const APPRECIATION_MAX = 2000;

export const closeMentorshipInput = z.object({
  reason: z.enum(CLOSE_REASONS, { error: 'Choose the reason that fits best from the list.' }),
  note: multiLineText(CLOSE_NOTE_MAX)
    .transform((v) => v.trim())
    .optional(),
});
export type CloseMentorshipInput = z.input<typeof closeMentorshipInput>;

export const appreciationInput = z.object({
  text: multiLineText(APPRECIATION_MAX)
    .transform((v) => v.trim())
    .refine(
      (v) => v.length >= APPRECIATION_MIN,
      `Write at least ${APPRECIATION_MIN} characters: one specific thing you valued.`,
    ),
});
export type AppreciationInput = z.input<typeof appreciationInput>;

const appreciation = z.object({ text: z.string(), updatedAt: z.iso.datetime() });

/** Where a mentorship stands as far as closing goes, for the closure panel and page. */
export const closureOutput = z.object({
  mentorshipId: z.uuid(),
  status: z.enum(MENTORSHIP_STATUSES),
  myRole: z.enum(MENTORSHIP_ROLES),
  counterpart: z.object({ name: z.string() }),
  /** Sessions that would be cancelled by closing now (none once closed). */
  upcomingSessions: z.number().int(),
  closedAt: z.iso.datetime().nullable(),
  closedBy: z.enum(['me', 'them']).nullable(),
  reason: z.enum(CLOSE_REASONS).nullable(),
  note: z.string(),
  appreciations: z.object({ mine: appreciation.nullable(), theirs: appreciation.nullable() }),
});
export type Closure = z.infer<typeof closureOutput>;

const GOAL_MET = ['yes', 'partly', 'no'] as const;
const tally = z.object({ yes: z.number().int(), partly: z.number().int(), no: z.number().int() });
const author = z.object({ who: z.enum(['me', 'them']), name: z.string() });

/**
 * The summary one participant downloads. It holds only what that person may see: shared things,
 * plus their own private notes and reflections (`onlyYou`), never the other person's.
 */
export const summaryOutput = z.object({
  generatedAt: z.iso.datetime(),
  /** False while the mentorship is still under way: a summary "so far". */
  final: z.boolean(),
  timeZone: z.string(),
  me: z.object({ name: z.string(), role: z.enum(MENTORSHIP_ROLES) }),
  pair: z.object({
    mentee: z.string(),
    mentor: z.string(),
    status: z.enum(MENTORSHIP_STATUSES),
    startedAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
    closedBy: author.nullable(),
    closeReason: z.enum(CLOSE_REASONS).nullable(),
    closeNote: z.string(),
  }),
  goals: z.array(
    z.object({
      title: z.string(),
      category: z.enum(GOAL_CATEGORY_IDS),
      successCriterion: z.string(),
      targetDate: z.string().nullable(),
      status: z.enum(GOAL_STATUSES),
    }),
  ),
  sessions: z.array(
    z.object({
      id: z.uuid(),
      startsAt: z.iso.datetime(),
      durationMinutes: z.number().int(),
      /** Null when there is none, or it is the mentee's unshared draft (for the mentor). */
      sessionGoal: z.string().nullable(),
      questions: z.array(
        z.object({
          text: z.string(),
          state: z.enum(['open', 'covered', 'dropped']),
          answer: z.string(),
        }),
      ),
      reviews: z.array(
        author.extend({
          goalMet: z.enum(GOAL_MET),
          whyNot: z.string(),
          mostUseful: z.string(),
          nextSteps: z.string(),
        }),
      ),
      sharedNotes: z.string(),
      onlyYou: z.object({ privateNote: z.string(), privateReflection: z.string() }),
    }),
  ),
  goalMet: z.object({ mine: tally, theirs: tally }),
  actionItems: z.array(
    z.object({
      title: z.string(),
      owner: author.extend({ role: z.enum(MENTORSHIP_ROLES) }),
      dueDate: z.string().nullable(),
      status: z.enum(['open', 'done', 'dropped']),
    }),
  ),
  appreciations: z.array(author.extend({ text: z.string() })),
});
export type MentorshipSummaryDoc = z.infer<typeof summaryOutput>;
