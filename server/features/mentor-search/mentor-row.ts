import type { MentorExperience } from '../../lib/fit-score.ts';

// The shapes the mentor index takes in and answers to, apart from the index itself.

/** One mentor as the index keeps it (cards and reasons are built from this). */
export interface MentorRow {
  userId: string;
  isMentor: boolean;
  name: string;
  timeZone: string;
  careerStage: string | null;
  headline: string;
  currentRole: string | null;
  yearsExperience: number | null;
  stack: string[];
  areas: string[];
  topics: string[];
  languages: string[];
  capacity: number;
  acceptingRequests: boolean;
  /** profiles.updated_at in ms: an older copy never overwrites a newer one. */
  updatedMs: number;
  /** Public and matching experiences only: private ones never enter the index. */
  experiences: MentorExperience[];
}

export interface RankOptions {
  /** Slots to consider (from the SQL filters); every mentor when absent. */
  candidates?: readonly string[] | null;
  /** Hard filter: largest clock distance in hours. */
  tzLimitHours?: number | null;
  /** List filters answered in memory (same meaning as the SQL ones in the repo). */
  filters?: IndexFilters;
  excludeUserId?: string;
  k: number;
  /** Keyset: only entries ranked after (score, id). */
  after?: { score: number; id: string } | null;
}

export interface IndexFilters {
  /** Normalised stack ids: at least one in common. */
  stack?: readonly string[];
  area?: readonly string[];
  topic?: readonly string[];
  language?: readonly string[];
  stage?: readonly string[];
  /** Accepting requests with capacity left (true) or not (false). */
  accepting?: boolean;
}
