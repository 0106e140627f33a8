import { z } from 'zod';
import { CAREER_STAGE_IDS } from '../taxonomy/career-stages.ts';
import { GOAL_CATEGORY_IDS } from '../taxonomy/goal-categories.ts';
import { KNOWLEDGE_AREA_IDS } from '../taxonomy/knowledge-areas.ts';
import { LANGUAGE_IDS } from '../taxonomy/languages.ts';
import { singleLineText } from './text.ts';

/**
 * The fit criteria, in the order they are explained. Weights and the exact rules live in
 * server/lib/fit-score.ts and docs/fit-score.md.
 */
export const FIT_CRITERIA = [
  'topic',
  'stack',
  'area',
  'stage',
  'experience',
  'language',
  'timezone',
  'capacity',
] as const;
export type FitCriterion = (typeof FIT_CRITERIA)[number];

/** How much a criterion matters in one search: must-haves filter, ignored ones weigh nothing. */
export const IMPORTANCE = ['must', 'nice', 'ignore'] as const;
export type Importance = (typeof IMPORTANCE)[number];

/** `a,b,c` or repeated `?x=a&x=b` → a de-duplicated array of allowed values. */
function listOf<T extends string>(values: readonly [T, ...T[]], max: number) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((raw) => [
      ...new Set(
        [raw]
          .flat()
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.enum(values)).max(max));
}

const freeList = (max: number, itemMax: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((raw) => [
      ...new Set(
        [raw]
          .flat()
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(singleLineText(itemMax)).max(max));

const booleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const mentorSearchQuery = z.object({
  /** Full-text search over the public mentor side (headline, role, bio, stack, areas). */
  q: singleLineText(200).optional(),
  /** Stack tags as typed; normalised like profile tags ("k8s" → Kubernetes). */
  stack: freeList(20, 40).optional(),
  area: listOf(KNOWLEDGE_AREA_IDS, 20).optional(),
  stage: listOf(CAREER_STAGE_IDS, 10).optional(),
  topic: listOf(GOAL_CATEGORY_IDS, 10).optional(),
  language: listOf(LANGUAGE_IDS, 10).optional(),
  accepting: booleanParam.optional(),
  /** Largest time-zone difference in hours from the caller's zone. */
  tzWindow: z.coerce.number().int().min(0).max(14).optional(),
  /** Rank by fit for one of the caller's own goals. */
  goalId: z.uuid().optional(),
  /** Criteria that must match (filter) and criteria to ignore; the rest count as "nice". */
  must: listOf(FIT_CRITERIA as unknown as [FitCriterion, ...FitCriterion[]], 8).optional(),
  ignore: listOf(FIT_CRITERIA as unknown as [FitCriterion, ...FitCriterion[]], 8).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type MentorSearchQuery = z.input<typeof mentorSearchQuery>;

export const fitReason = z.object({
  criterion: z.enum(FIT_CRITERIA),
  /** The criterion's weight in this search (0 when ignored or not applicable). */
  weight: z.number(),
  /** Points this mentor earned on it, 0 … weight. */
  contribution: z.number(),
  /** A sentence for people, e.g. "Knows 3 of the 4 tools you want to grow in". */
  sentence: z.string(),
});
export type FitReason = z.infer<typeof fitReason>;

export const mentorCard = z.object({
  id: z.string(),
  name: z.string(),
  headline: z.string(),
  currentRole: z.string().nullable(),
  careerStage: z.enum(CAREER_STAGE_IDS).nullable(),
  yearsExperience: z.number().nullable(),
  /** Stack labels, taxonomy entries first. */
  stack: z.array(z.string()),
  areas: z.array(z.enum(KNOWLEDGE_AREA_IDS)),
  languages: z.array(z.string()),
  timeZone: z.string(),
  acceptingRequests: z.boolean(),
});
export type MentorCard = z.infer<typeof mentorCard>;

export const mentorSearchResult = z.object({
  mentor: mentorCard,
  /** 0–100: the weighted share of the applicable criteria this mentor meets. */
  score: z.number().int().min(0).max(100),
  /** Every criterion that counted, strongest contribution first. */
  reasons: z.array(fitReason),
});
export type MentorSearchResult = z.infer<typeof mentorSearchResult>;

export const mentorSearchOutput = z.object({
  results: z.array(mentorSearchResult),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** The importance each criterion had in this search, after applying must/ignore. */
  criteria: z.record(z.enum(FIT_CRITERIA), z.enum(IMPORTANCE)),
});
export type MentorSearchOutput = z.infer<typeof mentorSearchOutput>;
