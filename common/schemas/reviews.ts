import { z } from 'zod';
import { multiLineText } from './text.ts';

/**
 * Each person's review of a session once it has started. Shared with the other person: whether
 * the session goal was met, why not, what was most useful, the next steps. The private
 * reflection is for its author alone and never leaves the server for anyone else.
 */
export const GOAL_MET = ['yes', 'partly', 'no'] as const;
export type GoalMet = (typeof GOAL_MET)[number];

export const WHY_NOT_MIN = 10;
export const REVIEW_TEXT_MAX = 2000;

const text = () =>
  multiLineText(REVIEW_TEXT_MAX)
    .transform((v) => v.trim())
    .optional();

export const reviewInput = z
  .object({
    goalMet: z.enum(GOAL_MET, {
      error: 'Say whether you reached the session goal: yes, partly or no.',
    }),
    whyNot: text(),
    mostUseful: text(),
    nextSteps: text(),
    privateReflection: text(),
  })
  .refine((v) => v.goalMet === 'yes' || (v.whyNot ?? '').length >= WHY_NOT_MIN, {
    path: ['whyNot'],
    message: `Say in a sentence what got in the way (at least ${WHY_NOT_MIN} characters).`,
  });
export type ReviewInput = z.input<typeof reviewInput>;

/** What the other person sees of a review: everything but the private reflection. */
export const sharedReview = z.object({
  goalMet: z.enum(GOAL_MET),
  whyNot: z.string(),
  mostUseful: z.string(),
  nextSteps: z.string(),
  updatedAt: z.iso.datetime(),
});
export type SharedReview = z.infer<typeof sharedReview>;

/** The author's own review, private reflection included. */
export const ownReview = sharedReview.extend({
  privateReflection: z.string(),
  createdAt: z.iso.datetime(),
});
export type OwnReview = z.infer<typeof ownReview>;

export const reviewsOutput = z.object({
  mine: ownReview.nullable(),
  theirs: sharedReview.nullable(),
  /** True once the session has started and unless it was cancelled. */
  canReview: z.boolean(),
  /** The session goal from the prep, when the viewer may read it (the mentor: once shared). */
  sessionGoal: z.string().nullable(),
});
export type Reviews = z.infer<typeof reviewsOutput>;
