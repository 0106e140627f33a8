import type { MustHaveCriterion } from '../../../common/schemas/cohort-matching.ts';
import type { FitCriterion, Importance } from '../../../common/schemas/mentor-search.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import { menteeFitInput, stageRankOf } from '../../lib/fit-inputs.ts';
import type { MentorFacts } from '../../lib/fit-score.ts';
import { utcOffsetMinutes } from '../../lib/tz-offsets.ts';
import type { CohortPerson } from './cohort-inputs.repo.ts';
import type { CohortMentee, CohortMentor } from './engine/types.ts';

/**
 * A cohort's people as the engine takes them. Built the way the mentor search builds a search
 * (server/lib/fit-inputs.ts), with two differences for programs:
 * - lived experiences are left out on both sides (a mentee's wishes are private to them, and
 *   an admin reads every reason), so they neither score nor appear in a reason;
 * - the mentor's places are the cohort's, so the directory's "accepting requests" is ignored.
 */

export function mentorFacts(p: CohortPerson): MentorFacts {
  return {
    topics: p.topics,
    stack: p.stack,
    areas: p.areas,
    stageRank: stageRankOf(p.careerStage),
    experiences: [],
    languages: p.languages,
    tzOffsetMinutes: utcOffsetMinutes(p.timeZone),
    available: true,
  };
}

export function menteeImportance(
  mustHaves: readonly MustHaveCriterion[],
): Partial<Record<FitCriterion, Importance>> {
  const out: Partial<Record<FitCriterion, Importance>> = {
    capacity: 'ignore',
    experience: 'ignore',
  };
  for (const c of mustHaves) out[c] = 'must';
  return out;
}

export function toEngineMentee(p: CohortPerson, mustHaves: readonly MustHaveCriterion[]) {
  const mentee: CohortMentee = {
    id: p.userId,
    name: firstName(p.name),
    input: menteeFitInput({ ...p, wantedExperiences: [] }, p.activeGoalCategories),
    importance: menteeImportance(mustHaves),
    team: p.team,
  };
  return mentee;
}

export function toEngineMentor(p: CohortPerson, capacity: number): CohortMentor {
  return { id: p.userId, facts: mentorFacts(p), capacity, team: p.team };
}
