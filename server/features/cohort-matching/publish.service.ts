import type { RunOutput } from '../../../common/schemas/cohort-matching.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import type { Clock } from '../../lib/clock.ts';
import { AppError } from '../../lib/errors.ts';
import { scheduleReminder } from '../../lib/reminders.ts';
import { findNewestRunId, findPairs, updateRun } from './matching-runs.repo.ts';
import { describeRun, requireRunAdmin } from './matching-runs.service.ts';
import { insertProgramMentorship } from './publish.repo.ts';
import { asJson, type StoredSummary, summaryOf } from './stored-run.ts';

type Caller = Pick<SignedInUser, 'id'>;

const alreadyPublished = () =>
  new AppError('conflict', 'This cohort’s matching is already published.');

function isPublishedRace(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    const { code, constraint, message } = e as Record<string, unknown>;
    if (code === '23505') {
      return (
        constraint === 'matching_runs_published_idx' ||
        (typeof message === 'string' && message.includes('matching_runs_published_idx'))
      );
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Publishes the cohort's newest finished proposal in one transaction: one active mentorship per
 * pair (a pair that meanwhile has an open mentorship is skipped and reported), the run marked
 * published, and both people of each pair told (`program-match`).
 */
export async function publishRun(
  db: Db,
  clock: Clock,
  caller: Caller,
  runId: string,
): Promise<RunOutput> {
  try {
    return await db.transaction(async (t) => {
      const tx = t as unknown as Db;
      const run = await requireRunAdmin(tx, caller, runId, true);
      if (run.status === 'published') throw alreadyPublished();
      if (run.status !== 'done') {
        throw new AppError('invalid_state', 'Only a finished proposal can be published.');
      }
      if ((await findNewestRunId(tx, run.cohortId)) !== run.id) {
        throw new AppError(
          'invalid_state',
          'A newer proposal exists for this cohort: publish that one instead.',
        );
      }
      const pairs = await findPairs(tx, runId);
      if (!pairs.length) {
        throw new AppError('invalid_state', 'This proposal has no pairs to publish.');
      }
      const now = clock();
      let created = 0;
      const skipped: { menteeId: string; mentorId: string }[] = [];
      for (const p of pairs) {
        const mentorshipId = await insertProgramMentorship(tx, {
          menteeId: p.menteeId,
          mentorId: p.mentorId,
          cohortId: run.cohortId,
          adminId: caller.id,
          now,
        });
        if (!mentorshipId) {
          skipped.push({ menteeId: p.menteeId, mentorId: p.mentorId });
          continue;
        }
        created += 1;
        for (const recipientId of [p.menteeId, p.mentorId]) {
          await scheduleReminder(tx, {
            type: 'program-match',
            recipientId,
            dueAt: now,
            dedupeKey: `program-match:${mentorshipId}:${recipientId}`,
            payload: { mentorshipId, cohortId: run.cohortId },
          });
        }
      }
      const summary: StoredSummary = {
        ...summaryOf(run),
        published: { mentorships: created, skipped },
      };
      await updateRun(tx, runId, {
        status: 'published',
        publishedAt: now,
        summary: asJson(summary),
      });
      return describeRun(tx, {
        ...run,
        status: 'published',
        publishedAt: now,
        summary: asJson(summary),
      });
    });
  } catch (error) {
    if (isPublishedRace(error)) throw alreadyPublished();
    throw error;
  }
}
