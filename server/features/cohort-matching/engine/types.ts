import type {
  FitCriterion,
  FitReason,
  Importance,
} from '../../../../common/schemas/mentor-search.ts';
import type { MenteeInput, MentorFacts } from '../../../lib/fit-score.ts';

/**
 * The shapes of the cohort matching engine (pure: no database, no clock, no randomness).
 *
 * The engine proposes pairs between a cohort's accepted mentees and its enrolled mentors, using
 * the fit score of the mentor search (server/lib/fit-score.ts, docs/fit-score.md):
 *
 * - `best-total-fit`: the largest possible sum of scores over all pairs, exactly; among equal
 *   totals, the one with the most people matched.
 * - `most-matched`: the largest possible number of mentees matched, exactly; among those, the
 *   best total score.
 * - `stable`: mentee-proposing deferred acceptance with capacities: no mentee and mentor would
 *   both rather be together than with what they got (no blocking pair).
 *
 * Preferences are strict: a higher score first, then the smaller id (ids compare as strings).
 */

export type MatchingMode = 'best-total-fit' | 'most-matched' | 'stable';
export const MATCHING_MODES: readonly MatchingMode[] = ['best-total-fit', 'most-matched', 'stable'];

export interface CohortMentee {
  id: string;
  /** Their first name: the reasons are written about them, for the admins who read them. */
  name?: string;
  input: MenteeInput;
  /** The mentee's own must-haves and ignored criteria, exactly as in the search. */
  importance?: Partial<Record<FitCriterion, Importance>>;
  team?: string | null;
}

export interface CohortMentor {
  id: string;
  facts: MentorFacts;
  /** Mentees this mentor can take in this matching (locked pairs count against it). */
  capacity: number;
  team?: string | null;
}

export interface PairRef {
  menteeId: string;
  mentorId: string;
}

export interface MatchingConstraints {
  /** Pairs whose clocks are further apart than this many hours are not allowed. */
  maxTimeZoneGapHours?: number | null;
  /** A mentee and a mentor with the same non-empty team are not paired. */
  excludeSameTeam?: boolean;
  /** Pairs the admin ruled out. */
  excludedPairs?: readonly PairRef[];
  /**
   * Pairs the admin fixed: they are in every result as they are (even against the other
   * constraints: the admin decided), and they use the mentor's capacity.
   */
  lockedPairs?: readonly PairRef[];
  /** Existing mentorships: that pair is not proposed again (capacity is the caller's concern). */
  alreadyMatched?: readonly PairRef[];
}

export interface ProposedPair {
  menteeId: string;
  mentorId: string;
  score: number;
  locked: boolean;
  /** One reason per applicable criterion, strongest first (explainFit). */
  reasons: FitReason[];
}

/**
 * Why a mentee has no mentor in the proposal:
 * - `no-allowed-mentor`: no mentor passes the mentee's must-haves and the cohort's rules
 *   (time-zone gap, team, exclusions, existing mentorships, a mentor with no capacity);
 * - `capacity-taken`: some mentors were allowed, but all their places went to other mentees.
 */
export type UnmatchedReason = 'no-allowed-mentor' | 'capacity-taken';

export interface UnmatchedMentee {
  menteeId: string;
  reason: UnmatchedReason;
  /** How many mentors were allowed for this mentee. */
  allowedMentors: number;
  /** How many mentors each rule left out (a mentor can be left out by several). */
  ruledOut: RuledOutCounts;
}

export interface RuledOutCounts {
  mustHaves: number;
  timeZoneGap: number;
  sameTeam: number;
  excludedPair: number;
  alreadyMatched: number;
  noCapacity: number;
}

export interface ScoreBand {
  /** Inclusive bounds: 0–9, 10–19, …, 90–100. */
  from: number;
  to: number;
  pairs: number;
}

export interface MatchingStats {
  mentees: number;
  mentors: number;
  /** Allowed (mentee, mentor) pairs after every constraint. */
  candidateEdges: number;
  /** Pairs handed to the solver (the rest were proven unnecessary). */
  solverEdges: number;
  /** Solver rounds: the first solve plus one per round of added pairs. */
  solverRounds: number;
  scoringMs: number;
  solvingMs: number;
  /** Pricing every allowed pair against the duals (best-total-fit, most-matched). */
  checkingMs: number;
  reasonsMs: number;
  /**
   * For the exact modes: the dual certificate closes the gap (every allowed pair has
   * non-positive reduced cost and the primal value equals the dual value).
   */
  provenOptimal: boolean | null;
}

export interface MatchingResult {
  mode: MatchingMode;
  /** Sorted by mentee id. */
  pairs: ProposedPair[];
  /** Sorted by mentee id. */
  unmatched: UnmatchedMentee[];
  /** Mentors with places left, sorted by id. */
  unusedMentors: { mentorId: string; freeSlots: number }[];
  totalScore: number;
  matchedCount: number;
  /** Pairs per score band of ten points, low to high. */
  distribution: ScoreBand[];
  /** Mean and median score of the proposed pairs (0 when there are none). */
  meanScore: number;
  medianScore: number;
  stats: MatchingStats;
}

export type MatchingStage = 'scoring' | 'solving' | 'checking' | 'reasons';
export type ProgressCallback = (fraction: number, stage: MatchingStage) => void;

/** Inputs the engine refuses, with a message a person can act on. */
export class MatchingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MatchingInputError';
  }
}
