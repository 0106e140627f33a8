import { explainFit, planFit } from '../../../lib/fit-score.ts';
import { fitSentences } from '../../../lib/fit-sentences.ts';
import {
  buildCohortGraph,
  type CohortGraph,
  CohortScorer,
  type GraphRules,
} from './cohort-graph.ts';
import { solveByLp } from './lp-matching.ts';
import { blockingPairsOf, stableMatching } from './stable-matching.ts';
import {
  type CohortMentee,
  type CohortMentor,
  type MatchingConstraints,
  MatchingInputError,
  type MatchingMode,
  type MatchingResult,
  type MatchingStats,
  type PairRef,
  type ProgressCallback,
  type ProposedPair,
  type RuledOutCounts,
  type ScoreBand,
  type UnmatchedMentee,
} from './types.ts';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface Prepared {
  mentees: CohortMentee[];
  mentors: CohortMentor[];
  scorer: CohortScorer;
  slots: Int32Array;
  locked: Uint8Array;
  /** Mentor index per locked mentee index. */
  lockedTo: Map<number, number>;
}

function indexPairs(
  pairs: readonly PairRef[] | undefined,
  menteeIndex: Map<string, number>,
  mentorIndex: Map<string, number>,
): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const p of pairs ?? []) {
    const i = menteeIndex.get(p.menteeId);
    const j = mentorIndex.get(p.mentorId);
    // A pair naming someone outside the cohort rules nothing out.
    if (i === undefined || j === undefined) continue;
    const set = out.get(i) ?? new Set<number>();
    set.add(j);
    out.set(i, set);
  }
  return out;
}

/** Checks the input, orders everyone by id (so the result does not depend on input order). */
function prepare(
  menteesIn: readonly CohortMentee[],
  mentorsIn: readonly CohortMentor[],
  constraints: MatchingConstraints,
): Prepared {
  const mentees = [...menteesIn].sort(byId);
  const mentors = [...mentorsIn].sort(byId);
  for (const [list, who] of [
    [mentees, 'mentee'],
    [mentors, 'mentor'],
  ] as const)
    for (let k = 1; k < list.length; k++)
      if (list[k]?.id === list[k - 1]?.id)
        throw new MatchingInputError(`The ${who} ${list[k]?.id} appears twice.`);
  for (const m of mentors)
    if (!Number.isInteger(m.capacity) || m.capacity < 0)
      throw new MatchingInputError(`The mentor ${m.id} needs a whole, non-negative capacity.`);
  const gap = constraints.maxTimeZoneGapHours ?? null;
  if (gap !== null && !(gap >= 0 && gap <= 12))
    throw new MatchingInputError('The largest time-zone gap must be between 0 and 12 hours.');

  const menteeIndex = new Map(mentees.map((m, i) => [m.id, i]));
  const mentorIndex = new Map(mentors.map((m, j) => [m.id, j]));
  const slots = Int32Array.from(mentors, (m) => m.capacity);
  const locked = new Uint8Array(mentees.length);
  const lockedTo = new Map<number, number>();
  for (const p of constraints.lockedPairs ?? []) {
    const i = menteeIndex.get(p.menteeId);
    const j = mentorIndex.get(p.mentorId);
    if (i === undefined)
      throw new MatchingInputError(`The locked mentee ${p.menteeId} is not in the cohort.`);
    if (j === undefined)
      throw new MatchingInputError(`The locked mentor ${p.mentorId} is not in the cohort.`);
    if (locked[i])
      throw new MatchingInputError(`The mentee ${p.menteeId} is locked to two mentors.`);
    if ((slots[j] as number) <= 0)
      throw new MatchingInputError(`The mentor ${p.mentorId} has more locked mentees than places.`);
    locked[i] = 1;
    lockedTo.set(i, j);
    slots[j] = (slots[j] as number) - 1;
  }
  const rules: GraphRules = {
    maxTimeZoneGapHours: gap,
    excludeSameTeam: constraints.excludeSameTeam ?? false,
    excluded: indexPairs(constraints.excludedPairs, menteeIndex, mentorIndex),
    alreadyMatched: indexPairs(constraints.alreadyMatched, menteeIndex, mentorIndex),
  };
  return {
    mentees,
    mentors,
    scorer: new CohortScorer(mentors, slots, rules),
    slots,
    locked,
    lockedTo,
  };
}

function distributionOf(scores: number[]): ScoreBand[] {
  const bands: ScoreBand[] = Array.from({ length: 10 }, (_, b) => ({
    from: b * 10,
    to: b === 9 ? 100 : b * 10 + 9,
    pairs: 0,
  }));
  for (const s of scores) (bands[Math.min(9, Math.floor(s / 10))] as ScoreBand).pairs++;
  return bands;
}

/**
 * Proposes a matching of a cohort. See types.ts for the shapes and the three modes. Pure and
 * deterministic: the same input (in any order) gives the same result.
 */
export async function proposeMatching(
  mentees: readonly CohortMentee[],
  mentors: readonly CohortMentor[],
  constraints: MatchingConstraints,
  mode: MatchingMode,
  onProgress?: ProgressCallback,
): Promise<MatchingResult> {
  const prep = prepare(mentees, mentors, constraints);
  const nE = prep.mentees.length;
  const nM = prep.mentors.length;

  // Overall progress: scoring 0–40 %, solving and checking 40–90 %, reasons 90–100 %.
  let t = performance.now();
  onProgress?.(0, 'scoring');
  const graph = await buildCohortGraph(
    prep.mentees,
    prep.scorer,
    nM,
    prep.slots,
    prep.locked,
    (f) => onProgress?.(0.4 * f, 'scoring'),
  );
  const scoringMs = performance.now() - t;

  const stats: MatchingStats = {
    mentees: nE,
    mentors: nM,
    candidateEdges: graph.mentor.length,
    solverEdges: graph.mentor.length,
    solverRounds: 1,
    scoringMs,
    solvingMs: 0,
    checkingMs: 0,
    reasonsMs: 0,
    provenOptimal: null,
  };
  let assignment: Int32Array;
  if (mode === 'stable') {
    onProgress?.(0.4, 'solving');
    t = performance.now();
    assignment = stableMatching(graph);
    stats.solvingMs = performance.now() - t;
  } else {
    const lp = await solveByLp(graph, mode, {
      onProgress: (f, stage) => onProgress?.(0.4 + 0.5 * f, stage),
    });
    assignment = lp.assignment;
    if (mode === 'best-total-fit') fillZeroScorePlaces(graph, assignment);
    Object.assign(stats, {
      solverEdges: lp.solverEdges,
      solverRounds: lp.rounds,
      solvingMs: lp.solvingMs,
      checkingMs: lp.checkingMs,
      provenOptimal: lp.provenOptimal,
    });
  }

  onProgress?.(0.9, 'reasons');
  t = performance.now();
  const result = assemble(prep, graph, assignment, mode, stats);
  stats.reasonsMs = performance.now() - t;
  onProgress?.(1, 'reasons');
  return result;
}

/**
 * The optimum leaves a mentee out only when each allowed mentor with a free place scores 0
 * for them (else adding the pair would raise the total): give them those places, in order.
 */
function fillZeroScorePlaces(graph: CohortGraph, assignment: Int32Array) {
  const used = new Int32Array(graph.mentorCount);
  for (const j of assignment) if (j >= 0) used[j] = (used[j] as number) + 1;
  for (let i = 0; i < graph.menteeCount; i++) {
    if (graph.locked[i] || (assignment[i] as number) >= 0) continue;
    for (let e = graph.start[i] as number; e < (graph.start[i + 1] as number); e++) {
      const j = graph.mentor[e] as number;
      if ((used[j] as number) < (graph.slots[j] as number)) {
        assignment[i] = j;
        used[j] = (used[j] as number) + 1;
        break;
      }
    }
  }
}

function assemble(
  prep: Prepared,
  graph: CohortGraph,
  assignment: Int32Array,
  mode: MatchingMode,
  stats: MatchingStats,
): MatchingResult {
  const { mentees, mentors } = prep;
  const used = new Int32Array(mentors.length);
  const pairs: ProposedPair[] = [];
  const unmatched: UnmatchedMentee[] = [];
  const scratch = new Int16Array(mentors.length);
  for (let i = 0; i < mentees.length; i++) {
    const mentee = mentees[i] as CohortMentee;
    const lockedMentor = prep.lockedTo.get(i);
    const j = lockedMentor ?? (assignment[i] as number);
    if (j >= 0) {
      const mentor = mentors[j] as CohortMentor;
      // Reasons only for the chosen pairs: the slow, explained path of the search.
      const fit = explainFit(
        mentee.input,
        mentor.facts,
        planFit(mentee.input, mentee.importance ?? {}),
        fitSentences(mentee.input, mentor.facts, mentee.name),
      );
      if (lockedMentor === undefined) used[j] = (used[j] as number) + 1;
      pairs.push({
        menteeId: mentee.id,
        mentorId: mentor.id,
        score: fit.score,
        locked: lockedMentor !== undefined,
        reasons: fit.reasons,
      });
      continue;
    }
    const ruledOut: RuledOutCounts = {
      mustHaves: 0,
      timeZoneGap: 0,
      sameTeam: 0,
      excludedPair: 0,
      alreadyMatched: 0,
      noCapacity: 0,
    };
    prep.scorer.scoreMentee(i, mentee, scratch, ruledOut);
    const allowedMentors = (graph.start[i + 1] as number) - (graph.start[i] as number);
    unmatched.push({
      menteeId: mentee.id,
      reason: allowedMentors === 0 ? 'no-allowed-mentor' : 'capacity-taken',
      allowedMentors,
      ruledOut,
    });
  }
  const unusedMentors = mentors
    .map((m, j) => ({
      mentorId: m.id,
      freeSlots: (graph.slots[j] as number) - (used[j] as number),
    }))
    .filter((m) => m.freeSlots > 0);
  const scores = pairs.map((p) => p.score).sort((a, b) => a - b);
  const totalScore = scores.reduce((s, x) => s + x, 0);
  const mid = scores.length >> 1;
  const medianScore =
    scores.length === 0
      ? 0
      : scores.length % 2
        ? (scores[mid] as number)
        : ((scores[mid - 1] as number) + (scores[mid] as number)) / 2;
  return {
    mode,
    pairs,
    unmatched,
    unusedMentors,
    totalScore,
    matchedCount: pairs.length,
    distribution: distributionOf(scores),
    meanScore: scores.length ? Math.round((10 * totalScore) / scores.length) / 10 : 0,
    medianScore,
    stats,
  };
}

/**
 * The verifier of stability, for tests and the benchmark: the pairs (other than locked ones)
 * that would both rather be together than with what `pairs` gives them, under the same strict
 * preferences as the stable mode (score, then id) and the same constraints.
 */
export async function blockingPairs(
  mentees: readonly CohortMentee[],
  mentors: readonly CohortMentor[],
  constraints: MatchingConstraints,
  pairs: readonly PairRef[],
): Promise<PairRef[]> {
  const prep = prepare(mentees, mentors, constraints);
  const graph = await buildCohortGraph(
    prep.mentees,
    prep.scorer,
    prep.mentors.length,
    prep.slots,
    prep.locked,
  );
  const menteeIndex = new Map(prep.mentees.map((m, i) => [m.id, i]));
  const mentorIndex = new Map(prep.mentors.map((m, j) => [m.id, j]));
  const assignment = new Int32Array(prep.mentees.length).fill(-1);
  for (const p of pairs) {
    const i = menteeIndex.get(p.menteeId);
    const j = mentorIndex.get(p.mentorId);
    if (i !== undefined && j !== undefined && !prep.locked[i]) assignment[i] = j;
  }
  return blockingPairsOf(graph, assignment).map(({ mentee, mentor }) => ({
    menteeId: (prep.mentees[mentee] as CohortMentee).id,
    mentorId: (prep.mentors[mentor] as CohortMentor).id,
  }));
}

/** The allowed pairs and their scores, for tests and the benchmark's reference solvers. */
export async function cohortGraph(
  mentees: readonly CohortMentee[],
  mentors: readonly CohortMentor[],
  constraints: MatchingConstraints,
): Promise<{ graph: CohortGraph; menteeIds: string[]; mentorIds: string[] }> {
  const prep = prepare(mentees, mentors, constraints);
  const graph = await buildCohortGraph(
    prep.mentees,
    prep.scorer,
    prep.mentors.length,
    prep.slots,
    prep.locked,
  );
  return {
    graph,
    menteeIds: prep.mentees.map((m) => m.id),
    mentorIds: prep.mentors.map((m) => m.id),
  };
}
