import type {
  ApplicationStatus,
  Decision,
  DecisionInput,
  DecisionView,
} from '../../../common/schemas/interviews.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { applicationNotFound } from './interview-access.ts';
import { tellApplicationDecided, tellInterviewCancelled } from './interview-reminders.ts';
import {
  type ApplicationRow,
  addMentee,
  findApplication,
  findPeople,
  listInterviewsOf,
  listPanel,
  setApplicationStatus,
  updateInterview,
} from './interviews.repo.ts';

type Caller = Pick<SignedInUser, 'id'>;

const DECISIONS: readonly string[] = ['accepted', 'waitlisted', 'declined'];

export async function describeDecision(db: Db, application: ApplicationRow): Promise<DecisionView> {
  const decided = DECISIONS.includes(application.status) && application.decidedAt;
  const by =
    decided && application.decidedById ? await findPeople(db, [application.decidedById]) : null;
  return {
    applicationId: application.id,
    status: application.status as ApplicationStatus,
    decision:
      decided && application.decidedAt
        ? {
            outcome: application.status as Decision,
            reason: application.decisionReason,
            decidedAt: application.decidedAt.toISOString(),
            decidedBy: {
              name:
                (application.decidedById && by?.get(application.decidedById)?.name) || 'An admin',
            },
          }
        : null,
  };
}

/** Why this decision cannot be recorded now, or null when it can. */
function refusal(status: string, outcome: Decision): string | null {
  switch (status) {
    case 'submitted':
    case 'interviewing':
      return null;
    case 'waitlisted':
      return outcome === 'waitlisted'
        ? 'This application is already on the waiting list. It can now be accepted or declined.'
        : null;
    case 'accepted':
    case 'declined':
      return `This application was ${status}: that decision is final.`;
    case 'withdrawn':
      return 'The candidate withdrew this application, so there is nothing to decide.';
    default:
      return 'This application cannot be decided now.';
  }
}

/**
 * Records the decision with its reason, who and when, and tells the candidate — all in one
 * transaction under the application's row lock, with the cohort membership of an accepted
 * candidate. A waitlisted application may later be accepted or declined; those two are final.
 */
/**
 * Once an application is decided, interviews still ahead have no purpose: each is cancelled, and
 * the candidate and the panel hear it with a calendar file that takes it off their calendars.
 */
async function cancelInterviewsAhead(db: Db, application: ApplicationRow, now: Date) {
  for (const interview of await listInterviewsOf(db, application.id)) {
    if (interview.cancelledAt || interview.startsAt <= now) continue;
    const cancelled = await updateInterview(db, interview.id, {
      cancelledAt: now,
      icalSequence: interview.icalSequence + 1,
    });
    const panel = await listPanel(db, interview.id);
    await tellInterviewCancelled(
      db,
      cancelled,
      [application.applicantId, ...panel.map((seat) => seat.reviewerId)],
      { reason: 'A decision was made on the application.', removed: false, now },
    );
  }
}

export async function decideApplication(
  db: Db,
  caller: Caller,
  applicationId: string,
  input: DecisionInput,
  now: Date,
): Promise<DecisionView> {
  const application = await db.transaction(async (tx) => {
    const t = tx as Db;
    const found = await findApplication(t, applicationId, { lock: true });
    if (!found) throw applicationNotFound();
    const refused = refusal(found.application.status, input.outcome);
    if (refused) throw new AppError('invalid_state', refused);
    const reason = input.reason.trim();
    await setApplicationStatus(t, applicationId, {
      status: input.outcome,
      decidedAt: now,
      decidedById: caller.id,
      decisionReason: reason,
    });
    if (input.outcome === 'accepted') {
      await addMentee(t, found.cohort.id, found.application.applicantId, now);
    }
    await tellApplicationDecided(t, found.application, input.outcome, now);
    await cancelInterviewsAhead(t, found.application, now);
    return {
      ...found.application,
      status: input.outcome,
      decidedAt: now,
      decidedById: caller.id,
      decisionReason: reason,
    };
  });
  return describeDecision(db, application);
}
