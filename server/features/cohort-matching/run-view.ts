import type {
  MatchingMode,
  RunListItem,
  RunOutput,
  RunSummary,
} from '../../../common/schemas/cohort-matching.ts';
import type { FitReason } from '../../../common/schemas/mentor-search.ts';
import type { PairRow, RunRow } from './matching-runs.repo.ts';
import { constraintsOf, summaryOf } from './stored-run.ts';
import { LEFT_BY_HAND, unmatchedWhy } from './unmatched-words.ts';

/** A run as the admin reads it: figures worked out from its pairs as they are now. */

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function distributionOf(scores: number[]) {
  const bands = Array.from({ length: 10 }, (_, b) => ({
    from: b * 10,
    to: b === 9 ? 100 : b * 10 + 9,
    pairs: 0,
  }));
  for (const s of scores) {
    const band = bands[Math.min(9, Math.floor(s / 10))];
    if (band) band.pairs += 1;
  }
  return bands;
}

function medianOf(sorted: number[]) {
  if (!sorted.length) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summaryFor(run: RunRow, pairs: PairRow[], names: Map<string, string>): RunSummary {
  const stored = summaryOf(run);
  const constraints = constraintsOf(run);
  const menteeIds = stored.menteeIds ?? [];
  const capacity = stored.mentorCapacity ?? {};
  const mentorCount = Object.keys(capacity).length;
  const paired = new Set(pairs.map((p) => p.menteeId));
  const engineWhy = new Map((stored.unmatched ?? []).map((u) => [u.menteeId, u]));
  const scores = pairs.map((p) => p.score).sort((a, b) => a - b);
  const total = scores.reduce((s, x) => s + x, 0);
  const taken = new Map<string, number>();
  for (const p of pairs) taken.set(p.mentorId, (taken.get(p.mentorId) ?? 0) + 1);
  const nameOf = (id: string) => names.get(id) ?? 'Someone who left';
  return {
    menteeCount: menteeIds.length,
    mentorCount,
    matchedCount: pairs.length,
    totalScore: total,
    meanScore: scores.length ? Math.round((10 * total) / scores.length) / 10 : 0,
    medianScore: medianOf(scores),
    distribution: distributionOf(scores),
    unmatched: menteeIds
      .filter((id) => !paired.has(id))
      .map((id) => {
        const u = engineWhy.get(id);
        return {
          menteeId: id,
          name: nameOf(id),
          why: u ? unmatchedWhy(u, mentorCount, constraints.maxTimeZoneGapHours) : LEFT_BY_HAND,
          allowedMentors: u ? u.allowedMentors : null,
          ruledOut: u ? u.ruledOut : null,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    mentors: Object.entries(capacity)
      .map(([mentorId, places]) => ({
        mentorId,
        name: nameOf(mentorId),
        capacity: places,
        taken: taken.get(mentorId) ?? 0,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export function runView(
  run: RunRow,
  pairs: PairRow[],
  names: Map<string, string>,
  newest: boolean,
): RunOutput {
  const stored = summaryOf(run);
  const constraints = constraintsOf(run);
  const locked = new Set(stored.lockedMenteeIds ?? []);
  const finished = run.status === 'done' || run.status === 'published';
  const nameOf = (id: string) => names.get(id) ?? 'Someone who left';
  return {
    id: run.id,
    cohortId: run.cohortId,
    mode: run.mode as MatchingMode,
    status: run.status as RunOutput['status'],
    progress: run.progress,
    stage: run.status === 'running' ? (stored.stage ?? 'starting') : null,
    constraints: {
      maxTimeZoneGapHours: constraints.maxTimeZoneGapHours ?? null,
      excludeSameTeam: constraints.excludeSameTeam ?? false,
      mustHaves: constraints.mustHaves ?? [],
      lockedPairs: constraints.lockedPairs?.length ?? 0,
      excludedPairs: constraints.excludedPairs?.length ?? 0,
    },
    error: run.error,
    createdAt: run.createdAt.toISOString(),
    finishedAt: iso(run.finishedAt),
    publishedAt: iso(run.publishedAt),
    newest,
    summary: finished ? summaryFor(run, pairs, names) : null,
    pairs: pairs
      .map((p) => ({
        menteeId: p.menteeId,
        menteeName: nameOf(p.menteeId),
        mentorId: p.mentorId,
        mentorName: nameOf(p.mentorId),
        score: p.score,
        locked: locked.has(p.menteeId),
        edited: p.edited,
        reasons: p.reasons as FitReason[],
      }))
      .sort((a, b) => a.menteeName.localeCompare(b.menteeName)),
    published: stored.published
      ? {
          mentorships: stored.published.mentorships,
          skipped: stored.published.skipped.map((s) => ({
            menteeName: nameOf(s.menteeId),
            mentorName: nameOf(s.mentorId),
          })),
        }
      : null,
  };
}

export function runListItem(run: RunRow): RunListItem {
  const stored = summaryOf(run);
  const finished = run.status === 'done' || run.status === 'published';
  return {
    id: run.id,
    mode: run.mode as MatchingMode,
    status: run.status as RunListItem['status'],
    progress: run.progress,
    createdAt: run.createdAt.toISOString(),
    finishedAt: iso(run.finishedAt),
    publishedAt: iso(run.publishedAt),
    matchedCount: finished ? (stored.matchedCount ?? null) : null,
    menteeCount: finished ? (stored.menteeIds?.length ?? 0) : null,
  };
}
