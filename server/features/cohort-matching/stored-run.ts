import type { MustHaveCriterion, RunStage } from '../../../common/schemas/cohort-matching.ts';
import type { PairRef, UnmatchedMentee } from './engine/types.ts';
import type { RunRow } from './matching-runs.repo.ts';

/** What a run keeps in its jsonb columns (`constraints`, `summary`). */

export interface StoredConstraints {
  maxTimeZoneGapHours: number | null;
  excludeSameTeam: boolean;
  mustHaves: MustHaveCriterion[];
  lockedPairs: PairRef[];
  excludedPairs: PairRef[];
}

export interface StoredSummary {
  stage?: RunStage;
  /** The mentees the run matched for ("x of y"), and each mentor's places in it. */
  menteeIds?: string[];
  mentorCapacity?: Record<string, number>;
  /** Pairs in the proposal now (kept in step with hand edits, for the list of runs). */
  matchedCount?: number;
  /** Mentees whose pair came from a lock and was not changed by hand since. */
  lockedMenteeIds?: string[];
  /** Why the engine left mentees out. */
  unmatched?: UnmatchedMentee[];
  published?: { mentorships: number; skipped: { menteeId: string; mentorId: string }[] };
}

export const constraintsOf = (run: RunRow) => run.constraints as unknown as StoredConstraints;
export const summaryOf = (run: RunRow) => (run.summary ?? {}) as StoredSummary;
export const asJson = (value: object) => value as unknown as Record<string, unknown>;
