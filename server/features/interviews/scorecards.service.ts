import { aggregateScores } from '../../../common/interviews/score-summary.ts';
import type {
  InterviewDetail,
  ScorecardInput,
  ScoresView,
} from '../../../common/schemas/interviews.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { requireApplicationViewer, requireInterviewViewer } from './interview-access.ts';
import { findInterview, findPeople, listScoresOf } from './interviews.repo.ts';
import { getInterview } from './interviews.service.ts';
import { listActiveCriteria, listCriteria } from './rubric.repo.ts';
import { findSeat, listMyScores, markSubmitted, replaceDraft } from './scorecards.repo.ts';

type Caller = Pick<SignedInUser, 'id' | 'timeZone'>;

/**
 * The caller's own seat on the panel, locked, on an interview that is not cancelled and whose
 * scorecard is not submitted yet. An admin looking at an interview they do not sit on is
 * told so plainly (they can see the interview, so a 404 would be a lie).
 */
async function requireOpenSeat(t: Db, interviewId: string, caller: Caller) {
  const found = await findInterview(t, interviewId, { lock: true });
  const seat = await findSeat(t, interviewId, caller.id, { lock: true });
  if (!found || !seat) {
    throw new AppError('forbidden', 'Only the reviewers on this interview’s panel score it.');
  }
  if (found.interview.cancelledAt) {
    throw new AppError('invalid_state', 'This interview was cancelled: there is nothing to score.');
  }
  if (seat.submittedAt) {
    throw new AppError(
      'invalid_state',
      'You have submitted this scorecard: it can no longer change.',
    );
  }
  return found;
}

/** Saves the caller's draft: scores for any of the rubric's current criteria, and notes. */
export async function saveScorecard(
  db: Db,
  caller: Caller,
  interviewId: string,
  input: ScorecardInput,
): Promise<InterviewDetail> {
  await requireInterviewViewer(db, interviewId, caller);
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const found = await requireOpenSeat(t, interviewId, caller);
    const criteria = new Set((await listActiveCriteria(t, found.cohort.id)).map((c) => c.id));
    const fields: Record<string, string> = {};
    input.scores.forEach((s, index) => {
      if (!criteria.has(s.criterionId)) {
        fields[`scores.${index}.criterionId`] = 'This criterion is not on the rubric any more.';
      }
    });
    if (Object.keys(fields).length) {
      throw new AppError('validation_failed', 'Some scores need attention.', fields);
    }
    await replaceDraft(t, interviewId, caller.id, {
      scores: input.scores.map((s) => ({
        criterionId: s.criterionId,
        score: s.score,
        note: s.note ?? '',
      })),
      notes: input.notes ?? '',
    });
  });
  return getInterview(db, caller, interviewId);
}

/** Submits the caller's scorecard once every current criterion has a score; then it is final. */
export async function submitScorecard(
  db: Db,
  caller: Caller,
  interviewId: string,
  now: Date,
): Promise<InterviewDetail> {
  await requireInterviewViewer(db, interviewId, caller);
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const found = await requireOpenSeat(t, interviewId, caller);
    const criteria = await listActiveCriteria(t, found.cohort.id);
    if (criteria.length === 0) {
      throw new AppError(
        'invalid_state',
        'The cohort has no rubric yet, so there is nothing to submit.',
      );
    }
    const scored = new Set(
      (await listMyScores(t, interviewId, caller.id)).map((s) => s.criterionId),
    );
    const missing = criteria.filter((c) => !scored.has(c.id));
    if (missing.length) {
      throw new AppError(
        'invalid_state',
        `Score every criterion before you submit: ${missing.map((c) => c.name).join(', ')}.`,
        Object.fromEntries(missing.map((c) => [`scores.${c.id}`, 'Give a score from 1 to 5.'])),
      );
    }
    await markSubmitted(t, interviewId, caller.id, now);
  });
  return getInterview(db, caller, interviewId);
}

/**
 * The application's scores per criterion over the submitted scorecards the caller may see. A
 * blind caller gets no figures at all, only how many scorecards others have submitted.
 */
export async function getApplicationScores(
  db: Db,
  caller: Caller,
  applicationId: string,
): Promise<ScoresView> {
  const view = await requireApplicationViewer(db, applicationId, caller);
  const submitted = view.seats.filter((s) => s.submittedAt);
  if (view.blind) {
    return {
      applicationId,
      blind: true,
      submittedCount: submitted.filter((s) => s.reviewerId !== caller.id).length,
      criteria: [],
      overallMean: null,
      reviewers: [],
    };
  }
  const scores = await listScoresOf(db, [...new Set(submitted.map((s) => s.interviewId))]);
  const cards = submitted.map((seat) => ({
    scores: scores.filter(
      (s) => s.interviewId === seat.interviewId && s.reviewerId === seat.reviewerId,
    ),
  }));
  const used = new Set(cards.flatMap((c) => c.scores.map((s) => s.criterionId)));
  const rows = await listCriteria(db, view.cohort.id);
  const criteria = [
    ...rows.filter((c) => !c.archivedAt),
    ...rows.filter((c) => c.archivedAt && used.has(c.id)),
  ].map((c) => ({ id: c.id, name: c.name, archived: c.archivedAt !== null }));
  const people = await findPeople(
    db,
    submitted.map((s) => s.reviewerId),
  );
  return {
    applicationId,
    blind: false,
    submittedCount: submitted.length,
    ...aggregateScores(criteria, cards),
    reviewers: submitted.map((s) => ({
      name: people.get(s.reviewerId)?.name ?? 'A reviewer',
      submittedAt: (s.submittedAt as Date).toISOString(),
    })),
  };
}
