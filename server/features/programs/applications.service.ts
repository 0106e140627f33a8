import type { z } from 'zod';
import { checkAnswers } from '../../../common/programs/answer-rules.ts';
import {
  type AnswerValue,
  APPLICATION_STATUSES,
  type ApplicationDetail,
  type ApplicationList,
  type ApplicationStatus,
  type ApplyView,
  DECIDED_STATUSES,
  type MyApplication,
  type QuestionKind,
  type submitApplicationInput,
} from '../../../common/schemas/applications.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import type { Clock } from '../../lib/clock.ts';
import { AppError } from '../../lib/errors.ts';
import { findStaffRole } from '../../lib/program-staff.repo.ts';
import {
  type ApplicationRow,
  findApplicationOf,
  findApplicationRow,
  findCohortWithProgram,
  firstInterviewAt,
  insertAnswers,
  insertApplication,
  isOnPanel,
  listAnswers,
  listCohortApplications,
  listMyApplicationRows,
  listQuestions,
  lockCohort,
  withdrawApplicationRow,
} from './applications.repo.ts';
import { requireCohortStaff } from './cohorts.service.ts';

/**
 * Candidates apply to a cohort on its form and follow their application; staff read them.
 * Admins see every application of their cohorts; a reviewer only those whose interview they sit
 * on. Everyone else gets the 404 of an unknown id.
 */

type Caller = Pick<SignedInUser, 'id'>;

const applicationNotFound = () => new AppError('not_found', 'We could not find that application.');
const closedCohort = () =>
  new AppError(
    'not_found',
    'This cohort is not taking applications. Ask the program for a current link.',
  );

const iso = (d: Date | null) => (d ? d.toISOString() : null);

type AnswerRows = Awaited<ReturnType<typeof listAnswers>>;
function answersOf(rows: AnswerRows, applicationId: string) {
  return rows
    .filter((r) => r.applicationId === applicationId)
    .map((r) => ({
      questionId: r.questionId,
      label: r.label,
      kind: r.kind as QuestionKind,
      value: r.value as AnswerValue,
    }));
}

function toMine(
  row: { application: ApplicationRow; cohortName: string; programName: string },
  answers: AnswerRows,
): MyApplication {
  const a = row.application;
  const decided = DECIDED_STATUSES.includes(a.status as ApplicationStatus);
  return {
    id: a.id,
    cohortId: a.cohortId,
    cohortName: row.cohortName,
    programName: row.programName,
    status: a.status as ApplicationStatus,
    submittedAt: a.submittedAt.toISOString(),
    decidedAt: iso(a.decidedAt),
    decisionReason: decided ? a.decisionReason : null,
    withdrawnAt: iso(a.withdrawnAt),
    answers: answersOf(answers, a.id),
  };
}

async function myApplications(db: Db, caller: Caller): Promise<MyApplication[]> {
  const rows = await listMyApplicationRows(db, caller.id);
  const answers = await listAnswers(
    db,
    rows.map((r) => r.application.id),
  );
  return rows.map((r) => toMine(r, answers));
}

export async function listMyApplications(db: Db, caller: Caller) {
  return { applications: await myApplications(db, caller) };
}

export async function getMyApplication(db: Db, caller: Caller, id: string) {
  const found = (await myApplications(db, caller)).find((a) => a.id === id);
  if (!found) throw applicationNotFound();
  return found;
}

/** The apply page: readable by anyone signed in while applications are open. */
export async function getApplyView(db: Db, caller: Caller, cohortId: string): Promise<ApplyView> {
  const found = await findCohortWithProgram(db, cohortId);
  if (!found) throw closedCohort();
  const mine = (await myApplications(db, caller)).find((a) => a.cohortId === cohortId) ?? null;
  const staff = await findStaffRole(db, found.cohort.programId, caller.id);
  // Once closed, only those who applied (to follow it) and the staff (to check it) see it.
  if (!found.cohort.applicationsOpen && !mine && !staff) throw closedCohort();
  const questions = await listQuestions(db, cohortId);
  return {
    cohortId,
    cohortName: found.cohort.name,
    programName: found.program.name,
    programDescription: found.program.description,
    startsOn: found.cohort.startsOn,
    endsOn: found.cohort.endsOn,
    applicationsOpen: found.cohort.applicationsOpen,
    questions: questions.map((q) => ({
      id: q.id,
      kind: q.kind as QuestionKind,
      label: q.label,
      help: q.help,
      required: q.required,
      options: q.options,
    })),
    myApplication: mine,
  };
}

const alreadyApplied = () =>
  new AppError(
    'conflict',
    'You already applied to this cohort: you can follow your application here.',
  );

/** One application per person per cohort, answers checked against the form as it is now. */
export async function submitApplication(
  db: Db,
  clock: Clock,
  caller: Caller,
  cohortId: string,
  input: z.output<typeof submitApplicationInput>,
): Promise<MyApplication> {
  const now = clock();
  try {
    await db.transaction(async (tx) => {
      const t = tx as Db;
      // Taking the cohort's lock makes a form edit and this submission take turns.
      const cohort = await lockCohort(t, cohortId);
      if (!cohort) throw closedCohort();
      if (await findApplicationOf(t, cohortId, caller.id)) throw alreadyApplied();
      if (!cohort.applicationsOpen) {
        throw new AppError('invalid_state', 'Applications to this cohort are closed.');
      }
      const questions = (await listQuestions(t, cohortId)).map((q) => ({
        ...q,
        kind: q.kind as QuestionKind,
      }));
      const checked = checkAnswers(questions, input.answers);
      if (Object.keys(checked.fields).length) {
        const fields = Object.fromEntries(
          Object.entries(checked.fields).map(([id, message]) => [`answers.${id}`, message]),
        );
        throw new AppError('validation_failed', 'Some answers need attention.', fields);
      }
      const application = await insertApplication(t, {
        cohortId,
        applicantId: caller.id,
        status: 'submitted',
        submittedAt: now,
      });
      await insertAnswers(
        t,
        checked.answers.map((a) => ({ applicationId: application.id, ...a })),
      );
    });
  } catch (error) {
    // Two submissions racing: the unique index turns the second into the same answer.
    if ((error as { code?: string; cause?: { code?: string } }).cause?.code === '23505') {
      throw alreadyApplied();
    }
    throw error;
  }
  const mine = (await myApplications(db, caller)).find((a) => a.cohortId === cohortId);
  if (!mine) throw applicationNotFound();
  return mine;
}

export async function withdrawApplication(db: Db, clock: Clock, caller: Caller, id: string) {
  const current = await getMyApplication(db, caller, id);
  const row = await withdrawApplicationRow(db, id, caller.id, clock());
  if (!row) {
    throw new AppError(
      'invalid_state',
      current.status === 'withdrawn'
        ? 'You already withdrew this application.'
        : 'A decision was made on this application, so it can no longer be withdrawn.',
    );
  }
  return getMyApplication(db, caller, id);
}

/** Applications of a cohort: all for admins, only their panels' for reviewers. */
export async function listApplications(
  db: Db,
  caller: Caller,
  cohortId: string,
  status: ApplicationStatus | undefined,
): Promise<ApplicationList> {
  const { role } = await requireCohortStaff(db, caller, cohortId);
  const rows = await listCohortApplications(db, cohortId, role === 'reviewer' ? caller.id : null);
  const counts = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<
    ApplicationStatus,
    number
  >;
  for (const row of rows) counts[row.status as ApplicationStatus] += 1;
  return {
    applications: rows
      .filter((r) => !status || r.status === status)
      .map((r) => ({
        id: r.id,
        applicantName: r.applicantName,
        status: r.status as ApplicationStatus,
        submittedAt: r.submittedAt.toISOString(),
      })),
    counts,
  };
}

export async function getApplication(
  db: Db,
  caller: Caller,
  applicationId: string,
): Promise<ApplicationDetail> {
  const row = await findApplicationRow(db, applicationId);
  if (!row) throw applicationNotFound();
  const { role } = await requireCohortStaff(db, caller, row.application.cohortId).catch(() => {
    throw applicationNotFound();
  });
  if (role === 'reviewer' && !(await isOnPanel(db, applicationId, caller.id))) {
    throw applicationNotFound();
  }
  const a = row.application;
  const history: ApplicationDetail['history'] = [
    { status: 'submitted', at: a.submittedAt.toISOString() },
  ];
  const interviewedAt = await firstInterviewAt(db, a.id);
  if (interviewedAt) history.push({ status: 'interviewing', at: interviewedAt.toISOString() });
  if (a.decidedAt && DECIDED_STATUSES.includes(a.status as ApplicationStatus)) {
    history.push({ status: a.status as ApplicationStatus, at: a.decidedAt.toISOString() });
  }
  if (a.withdrawnAt) history.push({ status: 'withdrawn', at: a.withdrawnAt.toISOString() });
  return {
    id: a.id,
    cohortId: a.cohortId,
    cohortName: row.cohortName,
    programId: row.programId,
    applicant: { id: a.applicantId, name: row.applicantName },
    status: a.status as ApplicationStatus,
    submittedAt: a.submittedAt.toISOString(),
    decisionReason: a.decisionReason,
    answers: answersOf(await listAnswers(db, [a.id]), a.id),
    history,
  };
}
