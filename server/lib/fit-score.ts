import {
  FIT_CRITERIA,
  type FitCriterion,
  type FitReason,
  type Importance,
} from '../../common/schemas/mentor-search.ts';

/**
 * The fit score: a transparent weighted sum (docs/fit-score.md). This module is pure: the
 * in-memory index uses the fraction helpers in its tight loop, and `explainFit` uses the same
 * helpers, in the same order, to build the reasons — so both always agree on the score.
 */
export const FIT_WEIGHTS: Record<FitCriterion, number> = {
  topic: 25,
  stack: 20,
  stage: 15,
  area: 10,
  experience: 10,
  language: 10,
  timezone: 5,
  capacity: 5,
};

/** Hours past the mentee's window over which the time-zone credit fades to nothing. */
export const TZ_FADE_HOURS = 4;

/** What the mentee asked for (all of it theirs; the wanted experiences are private). */
export interface MenteeInput {
  /** Goal categories the search is about (the goal's, the `topic` filter's, or active goals'). */
  topics: readonly string[];
  stack: readonly string[];
  areas: readonly string[];
  /** Career-stage rank (careerStageRank), or null when unknown. */
  stageRank: number | null;
  experiences: readonly string[];
  languages: readonly string[];
  tzOffsetMinutes: number;
  /** Largest clock difference the mentee accepts; null when they did not say. */
  tzWindowHours: number | null;
}

export interface MentorExperience {
  id: string;
  /** The mentor's own words for a free-text experience, or the taxonomy label. */
  label: string;
  scope: 'public' | 'matching';
}

/** What the score looks at on the mentor side. Private experiences never get here. */
export interface MentorFacts {
  topics: readonly string[];
  stack: readonly string[];
  areas: readonly string[];
  stageRank: number | null;
  experiences: readonly MentorExperience[];
  languages: readonly string[];
  tzOffsetMinutes: number;
  /** Accepting requests and has capacity left. */
  available: boolean;
}

/** The weights of one search: 0 for ignored criteria and those the mentee gave no input for. */
export interface FitPlan {
  weights: Record<FitCriterion, number>;
  importance: Record<FitCriterion, Importance>;
  must: FitCriterion[];
  menteeStageRank: number | null;
}

export function planFit(
  mentee: MenteeInput,
  importance: Partial<Record<FitCriterion, Importance>> = {},
): FitPlan {
  const hasInput: Record<FitCriterion, boolean> = {
    topic: mentee.topics.length > 0,
    stack: mentee.stack.length > 0,
    area: mentee.areas.length > 0,
    stage: mentee.stageRank !== null,
    experience: mentee.experiences.length > 0,
    language: mentee.languages.length > 0,
    timezone: mentee.tzWindowHours !== null,
    // Availability is the mentor's side alone: it always counts unless ignored.
    capacity: true,
  };
  const weights = {} as Record<FitCriterion, number>;
  const resolved = {} as Record<FitCriterion, Importance>;
  for (const c of FIT_CRITERIA) {
    resolved[c] = importance[c] ?? 'nice';
    weights[c] = resolved[c] === 'ignore' || !hasInput[c] ? 0 : FIT_WEIGHTS[c];
  }
  // A must-have the mentee gave no input for cannot be checked: it filters nothing.
  const must = FIT_CRITERIA.filter((c) => resolved[c] === 'must' && weights[c] > 0);
  return { weights, importance: resolved, must, menteeStageRank: mentee.stageRank };
}

// --- Fractions: each criterion's share of its weight, 0 … 1 -------------------------------

export const shareFraction = (matched: number, wanted: number) =>
  wanted === 0 ? 0 : matched / wanted;

/** One stage or more ahead = all of it, a peer = half, behind = nothing. */
export function stageFraction(mentorRank: number, menteeRank: number): number {
  if (mentorRank > menteeRank) return 1;
  return mentorRank === menteeRank ? 0.5 : 0;
}

/** Hours between two clocks, going the short way round the day (UTC+13 and UTC−10 are 1 h). */
export function clockDistanceHours(aMinutes: number, bMinutes: number): number {
  const diff = Math.abs(aMinutes - bMinutes) % 1440;
  return Math.min(diff, 1440 - diff) / 60;
}

export function timezoneFraction(distanceHours: number, windowHours: number): number {
  if (distanceHours <= windowHours) return 1;
  return Math.max(0, 1 - (distanceHours - windowHours) / TZ_FADE_HOURS);
}

/** Whether a must-have criterion is met, given its fraction. */
export function mustSatisfied(criterion: FitCriterion, fraction: number): boolean {
  // Stage and time zone have partial credit; a must-have means the full thing.
  if (criterion === 'stage' || criterion === 'timezone') return fraction >= 1;
  return fraction > 0;
}

/** round(100 × Σ contributions / Σ applicable weights), 0 when nothing applies. */
export function toScore(contributions: number, applicableWeight: number): number {
  return applicableWeight > 0 ? Math.round((100 * contributions) / applicableWeight) : 0;
}

// --- The slow, explained path (top results only) -----------------------------------------

export interface ExplainedFit {
  score: number;
  /** False when a must-have is not met: the mentor is filtered out. */
  passes: boolean;
  reasons: FitReason[];
}

const count = (wanted: readonly string[], have: readonly string[]) => {
  const set = new Set(have);
  return wanted.filter((w) => set.has(w));
};

/** Each criterion's fraction for one mentor, or null when it does not apply to them. */
export function fitFractions(
  mentee: MenteeInput,
  mentor: MentorFacts,
  plan: FitPlan,
): Record<FitCriterion, number | null> {
  const w = plan.weights;
  const stageApplies = w.stage > 0 && mentor.stageRank !== null && plan.menteeStageRank !== null;
  const expIds = mentor.experiences.map((e) => e.id);
  return {
    topic: w.topic ? (count(mentee.topics, mentor.topics).length > 0 ? 1 : 0) : null,
    stack: w.stack
      ? shareFraction(count(mentee.stack, mentor.stack).length, mentee.stack.length)
      : null,
    area: w.area
      ? shareFraction(count(mentee.areas, mentor.areas).length, mentee.areas.length)
      : null,
    stage: stageApplies
      ? stageFraction(mentor.stageRank as number, plan.menteeStageRank as number)
      : null,
    experience: w.experience ? (count(mentee.experiences, expIds).length > 0 ? 1 : 0) : null,
    language: w.language ? (count(mentee.languages, mentor.languages).length > 0 ? 1 : 0) : null,
    timezone: w.timezone
      ? timezoneFraction(
          clockDistanceHours(mentee.tzOffsetMinutes, mentor.tzOffsetMinutes),
          mentee.tzWindowHours ?? 0,
        )
      : null,
    capacity: w.capacity ? (mentor.available ? 1 : 0) : null,
  };
}

/** Score and reasons for one mentor; `sentence` comes from fit-sentences.ts. */
export function explainFit(
  mentee: MenteeInput,
  mentor: MentorFacts,
  plan: FitPlan,
  sentence: (criterion: FitCriterion, fraction: number) => string,
): ExplainedFit {
  const fractions = fitFractions(mentee, mentor, plan);
  let sum = 0;
  let applicable = 0;
  let passes = true;
  const reasons: FitReason[] = [];
  for (const c of FIT_CRITERIA) {
    const f = fractions[c];
    if (f === null) {
      if (plan.importance[c] === 'must' && plan.weights[c] > 0) passes = false;
      continue;
    }
    const weight = plan.weights[c];
    const contribution = weight * f;
    sum += contribution;
    applicable += weight;
    if (plan.importance[c] === 'must' && !mustSatisfied(c, f)) passes = false;
    reasons.push({
      criterion: c,
      weight,
      contribution: Math.round(contribution * 10) / 10,
      sentence: sentence(c, f),
    });
  }
  // Strongest first; ties keep the criteria order (Array.sort is stable).
  reasons.sort((a, b) => b.contribution - a.contribution);
  return { score: toScore(sum, applicable), passes, reasons };
}
