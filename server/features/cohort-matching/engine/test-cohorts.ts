import type { MenteeInput } from '../../../lib/fit-score.ts';
import type { CohortMentee, CohortMentor } from './types.ts';

/**
 * Cohorts with chosen scores, for the engine's tests: mentee `i` wants ten tools of their own
 * and nothing else (availability ignored), so a mentor who knows `k` of them scores exactly
 * 10·k for that mentee. `scores[i][j]` must be a multiple of 10 from 0 to 100.
 */
export function cohortFromScores(
  scores: readonly (readonly number[])[],
  capacities: readonly number[],
): { mentees: CohortMentee[]; mentors: CohortMentor[] } {
  const menteeId = (i: number) => `e${i}`;
  const mentorId = (j: number) => `m${j}`;
  const tools = (i: number) => Array.from({ length: 10 }, (_, k) => `tool-${i}-${k}`);
  const mentees: CohortMentee[] = scores.map((_, i) => ({
    id: menteeId(i),
    input: { ...emptyInput(), stack: tools(i) },
    importance: { capacity: 'ignore' },
  }));
  const mentors: CohortMentor[] = capacities.map((capacity, j) => ({
    id: mentorId(j),
    capacity,
    facts: {
      topics: [],
      stack: scores.flatMap((row, i) => tools(i).slice(0, (row[j] ?? 0) / 10)),
      areas: [],
      stageRank: null,
      experiences: [],
      languages: [],
      tzOffsetMinutes: 0,
      available: true,
    },
  }));
  return { mentees, mentors };
}

export function emptyInput(): MenteeInput {
  return {
    topics: [],
    stack: [],
    areas: [],
    stageRank: null,
    experiences: [],
    languages: [],
    tzOffsetMinutes: 0,
    tzWindowHours: null,
  };
}
