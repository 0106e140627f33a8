import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import type {
  RunOutput,
  RunStage,
  startRunInput,
} from '../../../common/schemas/cohort-matching.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import type { Clock } from '../../lib/clock.ts';
import { AppError } from '../../lib/errors.ts';
import { requireProgramStaff } from '../../lib/program-staff.ts';
import { findCohortPeople, findOpenPairsAmong } from './cohort-inputs.repo.ts';
import { toEngineMentee, toEngineMentor } from './cohort-inputs.ts';
import { proposeMatching } from './engine/propose-matching.ts';
import {
  type CohortMentee,
  type CohortMentor,
  type MatchingConstraints,
  MatchingInputError,
  type MatchingMode,
} from './engine/types.ts';
import { type MatchingJobs, throttledProgress } from './matching-jobs.ts';
import {
  failStaleRuns,
  findCohortRow,
  findNames,
  findNewestRunId,
  findPairRules,
  findPairs,
  findRun,
  findRunsByStatus,
  insertPairs,
  insertRun,
  listRuns,
  lockCohort,
  type RunRow,
  updateRun,
} from './matching-runs.repo.ts';
import { runListItem, runView } from './run-view.ts';
import { asJson, type StoredConstraints, type StoredSummary, summaryOf } from './stored-run.ts';

type Caller = Pick<SignedInUser, 'id'>;

/** A run still `running` after this long was left by a process that died. */
export const STALE_RUN_MS = 10 * 60 * 1000;

export interface MatchingDeps {
  db: Db;
  clock: Clock;
  jobs: MatchingJobs;
  log: FastifyBaseLogger;
}

export const runNotFound = () => new AppError('not_found', 'We could not find that matching run.');
const cohortNotFound = () => new AppError('not_found', 'We could not find that cohort.');

/** The cohort, for one of its program's admins; 404 for anyone else. */
export async function requireCohortAdmin(db: Db, caller: Caller, cohortId: string) {
  const cohort = await findCohortRow(db, cohortId);
  if (!cohort) throw cohortNotFound();
  await requireProgramStaff(db, cohort.programId, caller, ['admin']);
  return cohort;
}

/** The run, for one of its cohort's program admins; 404 for anyone else. */
export async function requireRunAdmin(db: Db, caller: Caller, runId: string, forUpdate = false) {
  const run = await findRun(db, runId, forUpdate);
  if (!run) throw runNotFound();
  await requireCohortAdmin(db, caller, run.cohortId);
  return run;
}

interface Prepared {
  mentees: CohortMentee[];
  mentors: CohortMentor[];
  constraints: MatchingConstraints;
}

/**
 * Writes the run row (status running) and hands the matching to the background; the caller
 * polls the run for its progress. One run per cohort at a time, none once one is published.
 */
export async function startRun(
  deps: MatchingDeps,
  caller: Caller,
  cohortId: string,
  input: z.output<typeof startRunInput>,
): Promise<{ id: string; status: 'running' }> {
  const { db, clock } = deps;
  await requireCohortAdmin(db, caller, cohortId);
  const now = clock();
  const { run, prepared } = await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const cohort = await lockCohort(tx, cohortId);
    if (!cohort) throw cohortNotFound();
    await failStaleRuns(tx, cohortId, new Date(now.getTime() - STALE_RUN_MS), now);
    if ((await findRunsByStatus(tx, cohortId, 'published')).length) {
      throw new AppError(
        'invalid_state',
        'This cohort’s matching is already published: its pairs are mentorships now.',
      );
    }
    if ((await findRunsByStatus(tx, cohortId, 'running')).length) {
      throw new AppError(
        'conflict',
        'A matching is already being proposed for this cohort. Wait for it to finish.',
      );
    }
    const people = await findCohortPeople(tx, cohortId);
    const menteePeople = people.filter((p) => p.role === 'mentee');
    const mentorPeople = people.filter((p) => p.role === 'mentor');
    if (!menteePeople.length || !mentorPeople.length) {
      const missing = [
        !menteePeople.length && 'no mentees',
        !mentorPeople.length && 'no mentors',
      ].filter(Boolean);
      throw new AppError(
        'validation_failed',
        `This cohort has ${missing.join(' and ')} yet. Accept applications and invite mentors, then propose a matching.`,
      );
    }
    const rules = await findPairRules(tx, cohortId);
    const pairsOf = (rule: string) =>
      rules
        .filter((r) => r.rule === rule)
        .map((r) => ({ menteeId: r.menteeId, mentorId: r.mentorId }));
    const stored: StoredConstraints = {
      maxTimeZoneGapHours:
        input.maxTimeZoneGapHours === undefined
          ? cohort.maxTimeZoneGapHours
          : input.maxTimeZoneGapHours,
      excludeSameTeam: input.excludeSameTeam,
      mustHaves: input.mustHaves,
      lockedPairs: pairsOf('lock'),
      excludedPairs: pairsOf('exclude'),
    };
    const summary: StoredSummary = {
      stage: 'starting',
      menteeIds: menteePeople.map((p) => p.userId),
      mentorCapacity: Object.fromEntries(mentorPeople.map((p) => [p.userId, p.capacity])),
    };
    const run = await insertRun(tx, {
      cohortId,
      mode: input.mode,
      constraints: asJson(stored),
      status: 'running',
      progress: 0,
      summary: asJson(summary),
      createdById: caller.id,
      createdAt: now,
    });
    const prepared: Prepared = {
      mentees: menteePeople.map((p) => toEngineMentee(p, input.mustHaves)),
      mentors: mentorPeople.map((p) => toEngineMentor(p, p.capacity)),
      constraints: {
        maxTimeZoneGapHours: stored.maxTimeZoneGapHours,
        excludeSameTeam: stored.excludeSameTeam,
        lockedPairs: stored.lockedPairs,
        excludedPairs: stored.excludedPairs,
        alreadyMatched: await findOpenPairsAmong(tx, cohortId),
      },
    };
    return { run, prepared };
  });
  deps.jobs.start(() => executeRun(deps, run, prepared));
  return { id: run.id, status: 'running' };
}

/** Runs the engine, writing progress as it goes, then the pairs and figures in one transaction. */
export async function executeRun(deps: MatchingDeps, run: RunRow, prepared: Prepared) {
  const { db, clock, log } = deps;
  const base = summaryOf(run);
  const progress = throttledProgress(
    async ({ fraction, stage }: { fraction: number; stage: RunStage }) =>
      updateRun(db, run.id, { progress: fraction, summary: asJson({ ...base, stage }) }),
  );
  try {
    const result = await proposeMatching(
      prepared.mentees,
      prepared.mentors,
      prepared.constraints,
      run.mode as MatchingMode,
      (fraction, stage) => progress.report({ fraction: Math.min(0.99, fraction), stage }),
    );
    await progress.flush();
    await db.transaction(async (t) => {
      const tx = t as unknown as Db;
      const current = await findRun(tx, run.id, true);
      if (current?.status !== 'running') return; // given up on meanwhile
      await insertPairs(
        tx,
        result.pairs.map((p) => ({
          runId: run.id,
          menteeId: p.menteeId,
          mentorId: p.mentorId,
          score: p.score,
          reasons: p.reasons,
        })),
      );
      const summary: StoredSummary = {
        ...base,
        stage: undefined,
        matchedCount: result.matchedCount,
        lockedMenteeIds: result.pairs.filter((p) => p.locked).map((p) => p.menteeId),
        unmatched: result.unmatched,
      };
      await updateRun(tx, run.id, {
        status: 'done',
        progress: 1,
        summary: asJson(summary),
        finishedAt: clock(),
      });
    });
  } catch (error) {
    await progress.flush();
    const message =
      error instanceof MatchingInputError
        ? `${error.message} Change the pair rules, then propose a matching again.`
        : 'Something went wrong while proposing this matching. Propose it again; if it keeps happening, tell us.';
    if (!(error instanceof MatchingInputError))
      log.error({ err: error, runId: run.id }, 'matching run failed');
    await updateRun(db, run.id, {
      status: 'failed',
      error: message,
      finishedAt: clock(),
      summary: asJson({ ...base, stage: undefined }),
    }).catch((e) => log.error({ err: e, runId: run.id }, 'could not mark the matching run failed'));
  }
}

export async function listCohortRuns(deps: MatchingDeps, caller: Caller, cohortId: string) {
  const { db, clock } = deps;
  await requireCohortAdmin(db, caller, cohortId);
  const now = clock();
  await failStaleRuns(db, cohortId, new Date(now.getTime() - STALE_RUN_MS), now);
  return { runs: (await listRuns(db, cohortId)).map(runListItem) };
}

/** The run with names, figures and pairs. */
export async function describeRun(db: Db, run: RunRow): Promise<RunOutput> {
  const pairs = await findPairs(db, run.id);
  const stored = summaryOf(run);
  const names = await findNames(db, [
    ...(stored.menteeIds ?? []),
    ...Object.keys(stored.mentorCapacity ?? {}),
    ...pairs.flatMap((p) => [p.menteeId, p.mentorId]),
    ...(stored.published?.skipped ?? []).flatMap((s) => [s.menteeId, s.mentorId]),
  ]);
  const newest = (await findNewestRunId(db, run.cohortId)) === run.id;
  return runView(run, pairs, names, newest);
}

export async function getRun(deps: MatchingDeps, caller: Caller, runId: string) {
  const { db, clock } = deps;
  const run = await requireRunAdmin(db, caller, runId);
  if (run.status === 'running') {
    const now = clock();
    await failStaleRuns(db, run.cohortId, new Date(now.getTime() - STALE_RUN_MS), now);
    const fresh = await findRun(db, runId);
    if (fresh) return describeRun(db, fresh);
  }
  return describeRun(db, run);
}
