import { CAREER_STAGE_IDS, type CareerStage } from '../../common/taxonomy/career-stages.ts';
import type { MenteeInput } from './fit-score.ts';
import { utcOffsetMinutes } from './tz-offsets.ts';

/**
 * How a person's profile and goals become the mentee side of the fit score. The mentor search
 * and cohort matching build it the same way, so a pair scores the same in both.
 */

export function stageRankOf(stage: string | null): number | null {
  const rank = stage ? CAREER_STAGE_IDS.indexOf(stage as CareerStage) : -1;
  return rank >= 0 ? rank : null;
}

/** The mentee's own words on their profile and goals, as stored. */
export interface MenteeSide {
  timeZone: string;
  careerStage: string | null;
  wantStack: readonly string[];
  wantAreas: readonly string[];
  preferredLanguages: readonly string[];
  timeZoneWindowHours: number | null;
  wantedExperiences: readonly string[];
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** The fit input for `topics` (a goal's category, a filter, or the active goals' categories). */
export function menteeFitInput(
  side: MenteeSide,
  topics: readonly string[],
  tzWindowHours: number | null = side.timeZoneWindowHours,
): MenteeInput {
  return {
    topics: unique(topics),
    stack: unique(side.wantStack),
    areas: unique(side.wantAreas),
    stageRank: stageRankOf(side.careerStage),
    experiences: unique(side.wantedExperiences),
    languages: unique(side.preferredLanguages),
    tzOffsetMinutes: utcOffsetMinutes(side.timeZone),
    tzWindowHours,
  };
}
