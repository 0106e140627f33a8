import { describe, expect, it } from 'vitest';
import { syntheticCohort } from '../../../../scripts/bench/synthetic-cohort.ts';
import { prng } from '../../../../scripts/lib/prng.ts';
import { explainFit, planFit } from '../../../lib/fit-score.ts';
import { fitSentences } from '../../../lib/fit-sentences.ts';
import { blockingPairs, cohortGraph, proposeMatching } from './propose-matching.ts';
import { cohortFromScores, emptyInput } from './test-cohorts.ts';
import {
  type CohortMentee,
  type CohortMentor,
  type MatchingConstraints,
  MatchingInputError,
  type MatchingMode,
  type MatchingResult,
  type PairRef,
} from './types.ts';

const pairsOf = (r: MatchingResult) => r.pairs.map((p) => `${p.menteeId}-${p.mentorId}`);

describe('best total fit', () => {
  // Greedy takes e0–m0 (90) and is left with e1–m1 (10): 100. The optimum is 80 + 80.
  const greedyTrap = cohortFromScores(
    [
      [90, 80],
      [80, 10],
      [0, 0],
    ],
    [1, 1],
  );

  it('finds the optimum where taking the best pair first is wrong', async () => {
    const r = await proposeMatching(greedyTrap.mentees, greedyTrap.mentors, {}, 'best-total-fit');
    expect(r.totalScore).toBe(160);
    expect(pairsOf(r)).toEqual(['e0-m1', 'e1-m0']);
    expect(r.stats.provenOptimal).toBe(true);
    expect(r.unmatched).toEqual([
      expect.objectContaining({ menteeId: 'e2', reason: 'capacity-taken', allowedMentors: 2 }),
    ]);
    expect(r.unusedMentors).toEqual([]);
    expect(r.distribution.find((b) => b.from === 80)?.pairs).toBe(2);
  });

  it('uses a mentor’s capacity', async () => {
    const { mentees, mentors } = cohortFromScores(
      [
        [90, 80],
        [80, 10],
        [70, 60],
      ],
      [2, 1],
    );
    const r = await proposeMatching(mentees, mentors, {}, 'best-total-fit');
    // e0–m1 80 + e1–m0 80 + e2–m0 70 = 230 beats every other assignment.
    expect(r.totalScore).toBe(230);
    expect(r.unusedMentors).toEqual([]);
  });

  it('keeps a locked pair even when it lowers the total, and counts it against capacity', async () => {
    const r = await proposeMatching(
      greedyTrap.mentees,
      greedyTrap.mentors,
      { lockedPairs: [{ menteeId: 'e0', mentorId: 'm0' }] },
      'best-total-fit',
    );
    expect(r.totalScore).toBe(100);
    expect(r.pairs).toEqual([
      expect.objectContaining({ menteeId: 'e0', mentorId: 'm0', score: 90, locked: true }),
      expect.objectContaining({ menteeId: 'e1', mentorId: 'm1', score: 10, locked: false }),
    ]);
  });

  it('respects exclusions and existing mentorships', async () => {
    const r = await proposeMatching(
      greedyTrap.mentees,
      greedyTrap.mentors,
      {
        excludedPairs: [{ menteeId: 'e0', mentorId: 'm1' }],
        alreadyMatched: [{ menteeId: 'e1', mentorId: 'm0' }],
      },
      'best-total-fit',
    );
    // Left: e0–m0 90, e1–m1 10, e2 anywhere at 0.
    expect(pairsOf(r)).toEqual(['e0-m0', 'e1-m1']);
    expect(r.totalScore).toBe(100);
  });

  it('gives a place that scores 0 rather than leave someone out next to a free place', async () => {
    const { mentees, mentors } = cohortFromScores([[50], [0]], [2]);
    const r = await proposeMatching(mentees, mentors, {}, 'best-total-fit');
    expect(r.matchedCount).toBe(2);
    expect(r.totalScore).toBe(50);
  });
});

describe('constraints and reasons for people left out', () => {
  const person = (id: string, tz: number, team: string | null): CohortMentee => ({
    id,
    team,
    input: { ...emptyInput(), languages: ['es'], tzOffsetMinutes: tz * 60 },
    importance: { language: 'must' },
  });
  const mentor = (
    id: string,
    tz: number,
    languages: string[],
    team: string | null,
    capacity = 1,
  ): CohortMentor => ({
    id,
    capacity,
    team,
    facts: {
      topics: [],
      stack: [],
      areas: [],
      stageRank: null,
      experiences: [],
      languages,
      tzOffsetMinutes: tz * 60,
      available: true,
    },
  });

  it('leaves out mentors beyond the time-zone gap, on the same team, or failing a must-have', async () => {
    const mentees = [person('a', 0, 'blue'), person('b', 0, 'red')];
    const mentors = [
      mentor('far', 9, ['es'], null),
      mentor('no-spanish', 0, ['en'], null),
      mentor('same-team', 1, ['es'], 'blue'),
      mentor('full', 0, ['es'], null, 0),
    ];
    const constraints: MatchingConstraints = { maxTimeZoneGapHours: 4, excludeSameTeam: true };
    for (const mode of ['best-total-fit', 'most-matched', 'stable'] as MatchingMode[]) {
      const r = await proposeMatching(mentees, mentors, constraints, mode);
      // b (team red) may have same-team; a may not, and nobody else is allowed.
      expect(pairsOf(r)).toEqual(['b-same-team']);
      expect(r.unmatched).toEqual([
        {
          menteeId: 'a',
          reason: 'no-allowed-mentor',
          allowedMentors: 0,
          ruledOut: {
            mustHaves: 1,
            timeZoneGap: 1,
            sameTeam: 1,
            excludedPair: 0,
            alreadyMatched: 0,
            noCapacity: 1,
          },
        },
      ]);
    }
  });

  it('refuses inconsistent input with a clear message', async () => {
    const { mentees, mentors } = cohortFromScores([[10], [20]], [1]);
    const lockBoth: MatchingConstraints = {
      lockedPairs: [
        { menteeId: 'e0', mentorId: 'm0' },
        { menteeId: 'e1', mentorId: 'm0' },
      ],
    };
    await expect(proposeMatching(mentees, mentors, lockBoth, 'stable')).rejects.toThrow(
      MatchingInputError,
    );
    await expect(proposeMatching([...mentees, ...mentees], mentors, {}, 'stable')).rejects.toThrow(
      /appears twice/,
    );
    await expect(
      proposeMatching(mentees, mentors, { maxTimeZoneGapHours: 13 }, 'stable'),
    ).rejects.toThrow(/time-zone gap/);
  });
});

// --- The three modes against brute force on small random cohorts -------------------------

interface Brute {
  bestTotal: number;
  maxCount: number;
  bestTotalAtMaxCount: number;
}

function bruteForce(scores: number[][], allowed: boolean[][], caps: number[]): Brute {
  const used = caps.map(() => 0);
  let best: Brute = { bestTotal: 0, maxCount: 0, bestTotalAtMaxCount: 0 };
  const walk = (i: number, total: number, count: number) => {
    if (i === scores.length) {
      best = {
        bestTotal: Math.max(best.bestTotal, total),
        maxCount: Math.max(best.maxCount, count),
        bestTotalAtMaxCount:
          count > best.maxCount
            ? total
            : count === best.maxCount
              ? Math.max(best.bestTotalAtMaxCount, total)
              : best.bestTotalAtMaxCount,
      };
      return;
    }
    walk(i + 1, total, count);
    for (let j = 0; j < caps.length; j++) {
      if (!allowed[i]?.[j] || (used[j] as number) >= (caps[j] as number)) continue;
      used[j] = (used[j] as number) + 1;
      walk(i + 1, total + (scores[i]?.[j] as number), count + 1);
      used[j] = (used[j] as number) - 1;
    }
  };
  walk(0, 0, 0);
  return best;
}

function randomCohort(seed: number) {
  const rand = prng(seed);
  const nE = 2 + Math.floor(rand() * 6); // 2 … 7 mentees
  const nM = 1 + Math.floor(rand() * 4); // 1 … 4 mentors
  const scores = Array.from({ length: nE }, () =>
    Array.from({ length: nM }, () => 10 * Math.floor(rand() * 11)),
  );
  const allowed = scores.map((row) => row.map(() => rand() > 0.25));
  const caps = Array.from({ length: nM }, () => 1 + Math.floor(rand() * 2));
  const excludedPairs: PairRef[] = [];
  for (let i = 0; i < nE; i++)
    for (let j = 0; j < nM; j++)
      if (!allowed[i]?.[j]) excludedPairs.push({ menteeId: `e${i}`, mentorId: `m${j}` });
  return {
    ...cohortFromScores(scores, caps),
    scores,
    allowed,
    caps,
    constraints: { excludedPairs },
  };
}

describe('the three modes on small random cohorts', () => {
  it('best-total-fit equals brute force; most-matched has the largest count; stable has no blocking pair', async () => {
    for (let seed = 1; seed <= 60; seed++) {
      const c = randomCohort(seed);
      const brute = bruteForce(c.scores, c.allowed, c.caps);
      const best = await proposeMatching(c.mentees, c.mentors, c.constraints, 'best-total-fit');
      expect(best.totalScore, `seed ${seed}`).toBe(brute.bestTotal);
      expect(best.stats.provenOptimal).toBe(true);
      const most = await proposeMatching(c.mentees, c.mentors, c.constraints, 'most-matched');
      expect(most.matchedCount, `seed ${seed}`).toBe(brute.maxCount);
      expect(most.totalScore, `seed ${seed}`).toBe(brute.bestTotalAtMaxCount);
      const stable = await proposeMatching(c.mentees, c.mentors, c.constraints, 'stable');
      expect(await blockingPairs(c.mentees, c.mentors, c.constraints, stable.pairs)).toEqual([]);
      for (const r of [best, most, stable])
        for (const p of r.pairs) {
          const [i, j] = [Number(p.menteeId.slice(1)), Number(p.mentorId.slice(1))];
          expect(c.allowed[i]?.[j]).toBe(true);
          expect(p.score).toBe(c.scores[i]?.[j]);
        }
    }
  });

  it('the verifier finds the blocking pair of an unstable matching', async () => {
    const { mentees, mentors } = cohortFromScores(
      [
        [90, 80],
        [80, 10],
      ],
      [1, 1],
    );
    // The best total (e0–m1, e1–m0) is not stable: e0 and m0 prefer each other.
    const best = await proposeMatching(mentees, mentors, {}, 'best-total-fit');
    expect(await blockingPairs(mentees, mentors, {}, best.pairs)).toEqual([
      { menteeId: 'e0', mentorId: 'm0' },
    ]);
    const stable = await proposeMatching(mentees, mentors, {}, 'stable');
    expect(pairsOf(stable)).toEqual(['e0-m0', 'e1-m1']);
  });
});

describe('on a realistic cohort', () => {
  const cohort = syntheticCohort(240, 90, 5);

  it('scores every allowed pair exactly as the search explains it, must-haves included', async () => {
    const { graph, menteeIds, mentorIds } = await cohortGraph(cohort.mentees, cohort.mentors, {});
    const menteeById = new Map(cohort.mentees.map((m) => [m.id, m]));
    const mentorById = new Map(cohort.mentors.map((m) => [m.id, m]));
    let checked = 0;
    menteeIds.forEach((id, i) => {
      const mentee = menteeById.get(id) as CohortMentee;
      const plan = planFit(mentee.input, mentee.importance ?? {});
      const got = new Map<string, number>();
      for (let e = graph.start[i] as number; e < (graph.start[i + 1] as number); e++)
        got.set(mentorIds[graph.mentor[e] as number] as string, graph.score[e] as number);
      for (const mentorId of mentorIds) {
        const mentor = mentorById.get(mentorId) as CohortMentor;
        const fit = explainFit(
          mentee.input,
          mentor.facts,
          plan,
          fitSentences(mentee.input, mentor.facts),
        );
        const allowed = fit.passes && mentor.capacity > 0;
        expect(got.has(mentorId)).toBe(allowed);
        if (allowed) expect(got.get(mentorId)).toBe(fit.score);
        checked++;
      }
    });
    expect(checked).toBe(240 * 90);
  });

  it('proves the optimum, has no blocking pair in stable mode, and explains each pair', async () => {
    const best = await proposeMatching(
      cohort.mentees,
      cohort.mentors,
      cohort.constraints,
      'best-total-fit',
    );
    const most = await proposeMatching(
      cohort.mentees,
      cohort.mentors,
      cohort.constraints,
      'most-matched',
    );
    const stable = await proposeMatching(
      cohort.mentees,
      cohort.mentors,
      cohort.constraints,
      'stable',
    );
    expect(best.stats.provenOptimal).toBe(true);
    expect(most.stats.provenOptimal).toBe(true);
    expect(best.totalScore).toBeGreaterThanOrEqual(most.totalScore);
    expect(best.totalScore).toBeGreaterThanOrEqual(stable.totalScore);
    expect(most.matchedCount).toBeGreaterThanOrEqual(best.matchedCount);
    expect(most.matchedCount).toBeGreaterThanOrEqual(stable.matchedCount);
    expect(
      await blockingPairs(cohort.mentees, cohort.mentors, cohort.constraints, stable.pairs),
    ).toEqual([]);
    const locked = new Set(
      (cohort.constraints.lockedPairs ?? []).map((p) => `${p.menteeId}-${p.mentorId}`),
    );
    for (const r of [best, most, stable]) {
      expect(
        r.pairs
          .filter((p) => p.locked)
          .map((p) => `${p.menteeId}-${p.mentorId}`)
          .sort(),
      ).toEqual([...locked].sort());
      expect(r.matchedCount + r.unmatched.length).toBe(240);
      expect(r.distribution.reduce((s, b) => s + b.pairs, 0)).toBe(r.matchedCount);
      for (const p of r.pairs) expect(p.reasons.length).toBeGreaterThan(0);
    }
  });

  it('is deterministic: the same cohort in another order gives the same proposal', async () => {
    const shuffled = {
      mentees: [...cohort.mentees].reverse(),
      mentors: [...cohort.mentors].sort(
        (a, b) => a.facts.tzOffsetMinutes - b.facts.tzOffsetMinutes,
      ),
    };
    for (const mode of ['best-total-fit', 'most-matched', 'stable'] as MatchingMode[]) {
      const a = await proposeMatching(cohort.mentees, cohort.mentors, cohort.constraints, mode);
      const b = await proposeMatching(shuffled.mentees, shuffled.mentors, cohort.constraints, mode);
      const { stats: _a, ...restA } = a;
      const { stats: _b, ...restB } = b;
      expect(restB).toEqual(restA);
    }
  });

  it('reports progress through every stage', async () => {
    const seen: [number, string][] = [];
    await proposeMatching(
      cohort.mentees,
      cohort.mentors,
      cohort.constraints,
      'best-total-fit',
      (f, s) => seen.push([f, s]),
    );
    expect(new Set(seen.map(([, s]) => s))).toEqual(
      new Set(['scoring', 'solving', 'checking', 'reasons']),
    );
    const fractions = seen.map(([f]) => f);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
  });
});
