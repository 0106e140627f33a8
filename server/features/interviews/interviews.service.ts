import { localStart } from '../../../common/interviews/interview-time.ts';
import {
  type ApplicationInterviews,
  type ApplicationStatus,
  INTERVIEW_HORIZON_DAYS,
  type InterviewDetail,
  type MyInterviews,
  type ScheduleInterviewInput,
  type ScorecardState,
  type UpdateInterviewInput,
} from '../../../common/schemas/interviews.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { describeDecision } from './decision.service.ts';
import {
  applicationNotFound,
  interviewNotFound,
  requireApplicationViewer,
  requireInterviewViewer,
} from './interview-access.ts';
import {
  tellInterviewCancelled,
  tellInterviewMoved,
  tellInterviewScheduled,
} from './interview-reminders.ts';
import {
  addReviewers,
  findApplication,
  findInterview,
  findPeople,
  type InterviewRow,
  insertInterview,
  listCandidateInterviews,
  listInterviewsOf,
  listPanel,
  listReviewerInterviews,
  listScoresOf,
  listStaff,
  removeReviewers,
  type Seat,
  setApplicationStatus,
  updateInterview as writeInterview,
} from './interviews.repo.ts';
import { listCriteria } from './rubric.repo.ts';

type Caller = Pick<SignedInUser, 'id' | 'timeZone'>;

const DAY = 24 * 3_600_000;
const SCHEDULABLE: ApplicationStatus[] = ['submitted', 'interviewing'];

const timeFor = (interview: InterviewRow, timeZone: string) => ({
  startsAt: interview.startsAt.toISOString(),
  durationMinutes: interview.durationMinutes,
  timeZone,
  localStart: localStart(interview.startsAt, timeZone),
});

function requireFutureStart(startsAt: Date, now: Date) {
  if (startsAt <= now) {
    throw new AppError('validation_failed', 'Some fields need attention.', {
      startsAt: 'Choose a time in the future.',
    });
  }
  if (startsAt.getTime() > now.getTime() + INTERVIEW_HORIZON_DAYS * DAY) {
    throw new AppError('validation_failed', 'Some fields need attention.', {
      startsAt: 'Choose a time within the next year.',
    });
  }
}

/** Every reviewer must be on the program's staff, and never the candidate themself. */
async function requirePanel(db: Db, programId: string, applicantId: string, ids: string[]) {
  const staff = new Set((await listStaff(db, programId)).map((s) => s.id));
  const bad = ids.find((id) => !staff.has(id) || id === applicantId);
  if (bad !== undefined) {
    throw new AppError('validation_failed', 'Some fields need attention.', {
      reviewerIds:
        bad === applicantId
          ? 'The candidate cannot sit on their own panel.'
          : 'Choose reviewers from the program’s staff.',
    });
  }
}

function notSchedulable(status: string) {
  const words: Record<string, string> = {
    withdrawn: 'The candidate withdrew this application, so there is nothing to interview for.',
  };
  return new AppError(
    'invalid_state',
    words[status] ?? 'A decision is recorded on this application: interviews are over.',
  );
}

export async function scheduleInterview(
  db: Db,
  caller: Caller,
  applicationId: string,
  input: ScheduleInterviewInput,
  now: Date,
): Promise<InterviewDetail> {
  const startsAt = new Date(input.startsAt);
  requireFutureStart(startsAt, now);
  const id = await db.transaction(async (tx) => {
    const t = tx as Db;
    const found = await findApplication(t, applicationId, { lock: true });
    if (!found) throw applicationNotFound();
    if (!SCHEDULABLE.includes(found.application.status as ApplicationStatus)) {
      throw notSchedulable(found.application.status);
    }
    await requirePanel(t, found.cohort.programId, found.application.applicantId, input.reviewerIds);
    const interview = await insertInterview(t, {
      applicationId,
      startsAt,
      durationMinutes: input.durationMinutes,
      location: input.location ?? '',
      createdById: caller.id,
      createdAt: now,
    });
    await addReviewers(t, interview.id, input.reviewerIds);
    if (found.application.status !== 'interviewing') {
      await setApplicationStatus(t, applicationId, { status: 'interviewing' });
    }
    await tellInterviewScheduled(
      t,
      interview,
      [found.application.applicantId, ...input.reviewerIds],
      now,
    );
    return interview.id;
  });
  return getInterview(db, caller, id);
}

/**
 * Moves an interview, changes its place or panel, or cancels it. Any change raises the
 * iCalendar sequence; the candidate and the panel hear about it, reviewers who joined get the
 * invitation, and reviewers who left hear that it is off for them. A reviewer who already
 * submitted their scorecard stays on the panel: their scores are part of the record.
 */
export async function updateInterview(
  db: Db,
  caller: Caller,
  interviewId: string,
  input: UpdateInterviewInput,
  now: Date,
): Promise<InterviewDetail> {
  if (input.startsAt) requireFutureStart(new Date(input.startsAt), now);
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const found = await findInterview(t, interviewId, { lock: true });
    if (!found) throw interviewNotFound();
    const { interview, application } = found;
    if (interview.cancelledAt) {
      throw new AppError('invalid_state', 'This interview is cancelled: plan a new one instead.');
    }
    const panel = await listPanel(t, interviewId);
    const panelIds = panel.map((p) => p.reviewerId);
    const people = [application.applicantId, ...panelIds];
    if (input.cancel) {
      const cancelled = await writeInterview(t, interviewId, {
        cancelledAt: now,
        icalSequence: interview.icalSequence + 1,
      });
      await tellInterviewCancelled(t, cancelled, people, {
        reason: input.reason ?? '',
        removed: false,
        now,
      });
      return;
    }
    if (!SCHEDULABLE.includes(application.status as ApplicationStatus)) {
      throw notSchedulable(application.status);
    }
    if (interview.startsAt <= now) {
      throw new AppError('invalid_state', 'This interview has started: it can no longer move.');
    }
    const next = input.reviewerIds ?? panelIds;
    if (input.reviewerIds) {
      await requirePanel(t, found.cohort.programId, application.applicantId, next);
    }
    const leaving = panelIds.filter((id) => !next.includes(id));
    const joining = next.filter((id) => !panelIds.includes(id));
    const submitted = panel.find((p) => leaving.includes(p.reviewerId) && p.submittedAt);
    if (submitted) {
      throw new AppError(
        'invalid_state',
        'A reviewer who has submitted their scorecard stays on the panel.',
        { reviewerIds: 'Keep the reviewers who have already submitted.' },
      );
    }
    const updated = await writeInterview(t, interviewId, {
      startsAt: input.startsAt ? new Date(input.startsAt) : interview.startsAt,
      durationMinutes: input.durationMinutes ?? interview.durationMinutes,
      location: input.location ?? interview.location,
      icalSequence: interview.icalSequence + 1,
    });
    await removeReviewers(t, interviewId, leaving);
    await addReviewers(t, interviewId, joining);
    const timeChanged =
      updated.startsAt.getTime() !== interview.startsAt.getTime() ||
      updated.durationMinutes !== interview.durationMinutes ||
      updated.location !== interview.location;
    const staying = panelIds.filter((id) => next.includes(id));
    // Only the panel changed: the candidate's entry is the same, so they are not bothered.
    const told = timeChanged ? [application.applicantId, ...staying] : staying;
    await tellInterviewMoved(t, updated, told, interview.startsAt, now);
    await tellInterviewScheduled(t, updated, joining, now);
    await tellInterviewCancelled(t, updated, leaving, { reason: '', removed: true, now });
  });
  return getInterview(db, caller, interviewId);
}

function scorecardState(seat: Pick<Seat, 'submittedAt'> | undefined, scored: boolean) {
  if (!seat) return null;
  if (seat.submittedAt) return 'submitted' as const;
  return scored ? ('draft' as const) : ('not-started' as const);
}

/** One interview as the caller may see it: their own scorecard, and others' only when sighted. */
export async function getInterview(
  db: Db,
  caller: Caller,
  interviewId: string,
): Promise<InterviewDetail> {
  const view = await requireInterviewViewer(db, interviewId, caller);
  const { interview, application, cohort, role, onPanel, blind } = view;
  const seats = view.seats.filter((s) => s.interviewId === interviewId);
  const people = await findPeople(db, [application.applicantId, ...seats.map((s) => s.reviewerId)]);
  const scores = await listScoresOf(db, [interviewId]);
  const criteria = await listCriteria(db, cohort.id);
  const scoredHere = new Set(scores.map((s) => s.criterionId));
  // The current rubric, then criteria archived since that were scored here.
  const rubric = [
    ...criteria.filter((c) => !c.archivedAt),
    ...criteria.filter((c) => c.archivedAt && scoredHere.has(c.id)),
  ].map((c) => ({ id: c.id, name: c.name, descriptors: c.descriptors }));
  const cardOf = (seat: Seat) => {
    const own = scores.filter((s) => s.reviewerId === seat.reviewerId);
    return {
      reviewer: { id: seat.reviewerId, name: people.get(seat.reviewerId)?.name ?? 'A reviewer' },
      state: scorecardState(seat, own.length > 0) ?? ('not-started' as const),
      scores: own.map((s) => ({ criterionId: s.criterionId, score: s.score, note: s.note })),
      notes: seat.notes,
      submittedAt: seat.submittedAt?.toISOString() ?? null,
    };
  };
  const mySeat = seats.find((s) => s.reviewerId === caller.id);
  const othersSubmitted = seats.filter((s) => s.reviewerId !== caller.id && s.submittedAt);
  return {
    id: interview.id,
    applicationId: application.id,
    cohortId: cohort.id,
    programId: cohort.programId,
    programName: view.programName,
    cohortName: cohort.name,
    status: interview.cancelledAt ? 'cancelled' : 'scheduled',
    cancelledAt: interview.cancelledAt?.toISOString() ?? null,
    location: interview.location,
    ...timeFor(interview, caller.timeZone),
    candidate: { name: people.get(application.applicantId)?.name ?? 'The candidate' },
    applicationStatus: application.status as ApplicationStatus,
    viewer: { role, onPanel, blind },
    panel: seats.map((s) => ({ id: s.reviewerId, name: people.get(s.reviewerId)?.name ?? '' })),
    rubric,
    mine: mySeat ? cardOf(mySeat) : null,
    othersSubmitted: othersSubmitted.length,
    // Submitted scorecards only: a draft is its author's alone, whoever is looking.
    others: blind ? null : othersSubmitted.map(cardOf),
  };
}

/** The application's interviews for its staff page, with who may sit on a panel. */
export async function listApplicationInterviews(
  db: Db,
  caller: Caller,
  applicationId: string,
): Promise<ApplicationInterviews> {
  const view = await requireApplicationViewer(db, applicationId, caller);
  const { application, cohort, role, blind } = view;
  const rows = (await listInterviewsOf(db, applicationId)).filter(
    (row) =>
      role === 'admin' ||
      view.seats.some((s) => s.interviewId === row.id && s.reviewerId === caller.id),
  );
  const scores = await listScoresOf(
    db,
    rows.map((r) => r.id),
  );
  const people = await findPeople(db, [
    application.applicantId,
    ...view.seats.map((s) => s.reviewerId),
  ]);
  const hasScores = (interviewId: string, reviewerId: string) =>
    scores.some((s) => s.interviewId === interviewId && s.reviewerId === reviewerId);
  const staff = role === 'admin' ? await listStaff(db, cohort.programId) : [];
  return {
    application: {
      ...(await describeDecision(db, application)),
      cohortId: cohort.id,
      programId: cohort.programId,
      candidate: { name: people.get(application.applicantId)?.name ?? 'The candidate' },
    },
    viewer: { role },
    staff: staff.map((s) => ({ id: s.id, name: s.name, role: s.role as 'admin' | 'reviewer' })),
    interviews: rows.map((row) => {
      const seats = view.seats.filter((s) => s.interviewId === row.id);
      const mine = seats.find((s) => s.reviewerId === caller.id);
      return {
        id: row.id,
        status: row.cancelledAt ? ('cancelled' as const) : ('scheduled' as const),
        location: row.location,
        ...timeFor(row, caller.timeZone),
        panel: seats.map((s) => ({
          id: s.reviewerId,
          name: people.get(s.reviewerId)?.name ?? '',
          scorecard:
            s.reviewerId === caller.id || !blind
              ? scorecardState(s, hasScores(row.id, s.reviewerId))
              : null,
        })),
        myScorecard: scorecardState(mine, hasScores(row.id, caller.id)) as ScorecardState | null,
      };
    }),
  };
}

/** My upcoming interviews: as a candidate, and as a reviewer (with what is left to score). */
export async function listMyInterviews(db: Db, caller: Caller, now: Date): Promise<MyInterviews> {
  const asCandidate = await listCandidateInterviews(db, caller.id, now);
  const asReviewer = await listReviewerInterviews(db, caller.id, now);
  const people = await findPeople(
    db,
    asReviewer.map((r) => r.applicantId),
  );
  const scores = await listScoresOf(
    db,
    asReviewer.map((r) => r.interview.id),
  );
  return {
    asCandidate: asCandidate.map(({ interview, cohortName, programName }) => ({
      id: interview.id,
      location: interview.location,
      programName,
      cohortName,
      ...timeFor(interview, caller.timeZone),
    })),
    asReviewer: asReviewer.map(({ interview, seat, applicantId, cohortName, programName }) => ({
      id: interview.id,
      location: interview.location,
      programName,
      cohortName,
      ...timeFor(interview, caller.timeZone),
      candidate: { name: people.get(applicantId)?.name ?? 'A candidate' },
      myScorecard:
        scorecardState(
          seat,
          scores.some((s) => s.interviewId === interview.id && s.reviewerId === caller.id),
        ) ?? 'not-started',
    })),
  };
}
