import type { Prep } from '../../../common/schemas/prep.ts';
import { firstName } from '../../../common/sessions/session-times.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import type { MentoringSessionRow } from '../../lib/participation.repo.ts';
import { type Participation, requireSessionParticipant } from '../../lib/participation.ts';
import { findPrep, listSharedGoals, lockPrep, type PrepRow, updatePrep } from './prep.repo.ts';
import { isPrepOpen, loadPrepContent, toPrepOutput } from './prep-view.ts';
import { remindPrepChanged } from './session-reminders.ts';
import { findPeople } from './session-summary.repo.ts';

export type Caller = Pick<SignedInUser, 'id'>;
type SessionParticipation = Participation & { session: MentoringSessionRow; counterpartId: string };

/** The mentee's first name, for messages that say whose prep this is. */
export async function menteeFirstName(db: Db, participation: Participation): Promise<string> {
  const menteeId = participation.mentorship.menteeId ?? '';
  const people = await findPeople(db, [menteeId]);
  return firstName(people.get(menteeId)?.name ?? 'your mentee');
}

export async function prepNotShared(db: Db, participation: Participation) {
  const name = await menteeFirstName(db, participation);
  return new AppError(
    'prep_not_shared',
    `${name} has not shared their prep for this session yet. You will see it here as soon as they do.`,
  );
}

/** The prep as its reader sees it: the mentee always; the mentor once it has been shared. */
export async function getPrep(db: Db, caller: Caller, sessionId: string, now: Date): Promise<Prep> {
  const participation = await requireSessionParticipant(db, sessionId, caller);
  const row = await findPrep(db, sessionId);
  if (participation.role === 'mentor' && !row?.sharedAt) {
    throw await prepNotShared(db, participation);
  }
  return prepOutputFor(db, participation, row, now);
}

async function prepOutputFor(
  db: Db,
  participation: SessionParticipation,
  row: PrepRow | undefined,
  now: Date,
): Promise<Prep> {
  const { session, mentorship, role } = participation;
  const content = await loadPrepContent(db, session.id, mentorship.id, row);
  return toPrepOutput(session, content, {
    editable: role === 'mentee' && isPrepOpen(session, now),
    readSnapshot: row?.readSnapshot ?? null,
  });
}

export interface WriteContext {
  tx: Db;
  participation: SessionParticipation;
  prep: PrepRow;
}

/**
 * One mentee write: checks who and when, locks (creating on first write) the prep row, applies
 * the change, bumps `updated_at`, and answers the prep as it now stands — all in one
 * transaction, so a refused change leaves nothing behind, not even an empty prep row.
 */
export async function writePrep(
  db: Db,
  caller: Caller,
  sessionId: string,
  now: Date,
  change: (context: WriteContext) => Promise<Partial<PrepRow> | undefined>,
  { touch = true } = {},
): Promise<Prep> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const participation = await requireSessionParticipant(tx, sessionId, caller);
    if (participation.role !== 'mentee') {
      const name = await menteeFirstName(tx, participation);
      throw new AppError('forbidden', `Only ${name} writes the prep for this session.`);
    }
    assertPrepOpen(participation.session, now);
    const prep = await lockPrep(tx, sessionId, now);
    const extra = await change({ tx, participation, prep });
    // `updated_at` dates the content (what "changed since read" compares), not the sharing.
    const updated = await updatePrep(
      tx,
      sessionId,
      touch ? { ...extra, updatedAt: now } : { ...extra },
    );
    await remindPrepChanged(tx, {
      sessionId,
      mentorId: participation.mentorship.mentorId,
      before: prep,
      after: updated,
      now,
    });
    return prepOutputFor(tx, participation, updated, now);
  });
}

function assertPrepOpen(session: MentoringSessionRow, now: Date) {
  if (session.status === 'cancelled') {
    throw new AppError(
      'invalid_state',
      'This session was cancelled, so its prep can no longer change.',
    );
  }
  if (!isPrepOpen(session, now)) {
    throw new AppError(
      'invalid_state',
      'This session is over, so its prep stays as it was. Bring new questions to the next one.',
    );
  }
}

export function setPrepGoal(
  db: Db,
  caller: Caller,
  sessionId: string,
  input: { goal: string; goalId?: string | null | undefined },
  now: Date,
) {
  return writePrep(db, caller, sessionId, now, async ({ tx, participation }) => {
    const goalId = input.goalId ?? null;
    if (goalId) {
      const shared = await listSharedGoals(tx, participation.mentorship.id);
      if (!shared.some((goal) => goal.id === goalId)) {
        throw new AppError('validation_failed', 'Some fields need attention.', {
          goalId: 'Pick one of the goals you shared in this mentorship.',
        });
      }
    }
    // The whole goal is replaced: leaving `goalId` out unlinks it, as PUT says.
    return { goal: input.goal, goalId };
  });
}

/**
 * Shares the prep with the mentor. Only the session goal is required (questions help, and the
 * readiness checklist says so). Sharing again after edits keeps the first time.
 */
export function sharePrep(db: Db, caller: Caller, sessionId: string, now: Date) {
  return writePrep(
    db,
    caller,
    sessionId,
    now,
    async ({ prep }) => {
      if (!prep.goal) {
        throw new AppError(
          'prep_incomplete',
          'Write the session goal before you share: one sentence on what should be true when the session ends.',
          { goal: 'Write the session goal first.' },
        );
      }
      return { sharedAt: prep.sharedAt ?? now };
    },
    { touch: false },
  );
}
