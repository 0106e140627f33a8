import { z } from 'zod';
import { fitReason } from './mentor-search.ts';

/** Cohort matching: runs, their pairs, hand edits, standing pair rules, and publishing. */

export const MATCHING_MODES = ['best-total-fit', 'most-matched', 'stable'] as const;
export type MatchingMode = (typeof MATCHING_MODES)[number];

/**
 * Criteria an admin may require for every pair. Lived experiences are never used for program
 * matching (they are the mentee's private wishes), and capacity is the cohort's own.
 */
export const MUST_HAVE_CRITERIA = [
  'topic',
  'stack',
  'area',
  'stage',
  'language',
  'timezone',
] as const;
export type MustHaveCriterion = (typeof MUST_HAVE_CRITERIA)[number];

export const RUN_STATUSES = ['running', 'done', 'failed', 'published'] as const;
export const RUN_STAGES = [
  'starting',
  'scoring',
  'solving',
  'checking',
  'reasons',
  'saving',
] as const;
export type RunStage = (typeof RUN_STAGES)[number];

export const runParams = z.object({ runId: z.uuid('That matching run address is not valid.') });

const userId = z.string().min(1, 'Choose a person.').max(100);

export const startRunInput = z.object({
  mode: z.enum(MATCHING_MODES, 'Choose how to match.'),
  /** Hours; null for no limit; left out: the cohort's own setting. */
  maxTimeZoneGapHours: z
    .number()
    .int('Use whole hours.')
    .min(0, 'Use 0 to 12 hours.')
    .max(12, 'Use 0 to 12 hours.')
    .nullable()
    .optional(),
  excludeSameTeam: z.boolean().default(false),
  mustHaves: z
    .array(z.enum(MUST_HAVE_CRITERIA))
    .max(MUST_HAVE_CRITERIA.length)
    .refine((list) => new Set(list).size === list.length, 'Each criterion once.')
    .default([]),
});
export type StartRunInput = z.input<typeof startRunInput>;

export const startRunOutput = z.object({ id: z.uuid(), status: z.enum(RUN_STATUSES) });

export const runConstraints = z.object({
  maxTimeZoneGapHours: z.number().nullable(),
  excludeSameTeam: z.boolean(),
  mustHaves: z.array(z.enum(MUST_HAVE_CRITERIA)),
  lockedPairs: z.number().int(),
  excludedPairs: z.number().int(),
});
export type RunConstraints = z.infer<typeof runConstraints>;

export const runListItem = z.object({
  id: z.uuid(),
  mode: z.enum(MATCHING_MODES),
  status: z.enum(RUN_STATUSES),
  progress: z.number(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  /** Mentees matched of all mentees, once the run is done. */
  matchedCount: z.number().int().nullable(),
  menteeCount: z.number().int().nullable(),
});
export const runListOutput = z.object({ runs: z.array(runListItem) });
export type RunListItem = z.infer<typeof runListItem>;

export const ruledOutCounts = z.object({
  mustHaves: z.number().int(),
  timeZoneGap: z.number().int(),
  sameTeam: z.number().int(),
  excludedPair: z.number().int(),
  alreadyMatched: z.number().int(),
  noCapacity: z.number().int(),
});

export const matchedPair = z.object({
  menteeId: z.string(),
  menteeName: z.string(),
  mentorId: z.string(),
  mentorName: z.string(),
  score: z.number(),
  locked: z.boolean(),
  edited: z.boolean(),
  reasons: z.array(fitReason),
});
export type MatchedPair = z.infer<typeof matchedPair>;

export const unmatchedMentee = z.object({
  menteeId: z.string(),
  name: z.string(),
  /** Why, in words for the admin. */
  why: z.string(),
  allowedMentors: z.number().int().nullable(),
  ruledOut: ruledOutCounts.nullable(),
});

export const cohortMentor = z.object({
  mentorId: z.string(),
  name: z.string(),
  capacity: z.number().int(),
  /** Places taken by this run's pairs. */
  taken: z.number().int(),
});

export const runSummary = z.object({
  menteeCount: z.number().int(),
  mentorCount: z.number().int(),
  matchedCount: z.number().int(),
  totalScore: z.number(),
  meanScore: z.number(),
  medianScore: z.number(),
  distribution: z.array(z.object({ from: z.number(), to: z.number(), pairs: z.number().int() })),
  unmatched: z.array(unmatchedMentee),
  mentors: z.array(cohortMentor),
});
export type RunSummary = z.infer<typeof runSummary>;

export const runOutput = z.object({
  id: z.uuid(),
  cohortId: z.uuid(),
  mode: z.enum(MATCHING_MODES),
  status: z.enum(RUN_STATUSES),
  progress: z.number(),
  stage: z.enum(RUN_STAGES).nullable(),
  constraints: runConstraints,
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  /** Only the cohort's newest run can be edited and published. */
  newest: z.boolean(),
  summary: runSummary.nullable(),
  pairs: z.array(matchedPair),
  /** After publishing: how many mentorships were created, and the pairs left out. */
  published: z
    .object({
      mentorships: z.number().int(),
      skipped: z.array(z.object({ menteeName: z.string(), mentorName: z.string() })),
    })
    .nullable(),
});
export type RunOutput = z.infer<typeof runOutput>;

export const editPairsInput = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('move'),
      menteeId: userId,
      /** Null: leave the mentee without a mentor. */
      mentorId: userId.nullable(),
    }),
    z.object({ action: z.literal('swap'), menteeId: userId, otherMenteeId: userId }),
  ],
  'Choose to move or to swap.',
);
export type EditPairsInput = z.infer<typeof editPairsInput>;

export const PAIR_RULES = ['lock', 'exclude'] as const;
export const pairRule = z.object({
  menteeId: userId,
  mentorId: userId,
  rule: z.enum(PAIR_RULES, 'Choose lock or exclude.'),
});
export const pairRulesInput = z.object({
  rules: z.array(pairRule).max(1000, 'At most 1000 rules.'),
});
export type PairRulesInput = z.infer<typeof pairRulesInput>;

export const pairRulesOutput = z.object({
  rules: z.array(
    pairRule.extend({
      menteeName: z.string(),
      mentorName: z.string(),
      createdAt: z.iso.datetime(),
    }),
  ),
});
export type PairRulesOutput = z.infer<typeof pairRulesOutput>;
