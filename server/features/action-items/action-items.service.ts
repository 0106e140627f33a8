import { todayIn } from '../../../common/calendar-date.ts';
import {
  type ActionItem,
  type ActionItemList,
  type CreateActionItemInput,
  DUE_DATE_HORIZON_YEARS,
  type UpdateActionItemInput,
} from '../../../common/schemas/action-items.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { listActionItems, pairPeople, toActionItem } from '../../lib/carry-forward.ts';
import { AppError } from '../../lib/errors.ts';
import type { MentorshipRow } from '../../lib/participation.repo.ts';
import { requireMentorshipParticipant } from '../../lib/participation.ts';
import { remindActionItem } from './action-item-reminders.ts';
import { findItem, insertItem, isSessionOf, updateItem } from './action-items.repo.ts';

type Caller = Pick<SignedInUser, 'id' | 'email'>;

/** The shared list changes while the pair works together (paused included), never after. */
function isListOpen(mentorship: MentorshipRow) {
  return mentorship.status === 'active' || mentorship.status === 'paused';
}

function assertListOpen(mentorship: MentorshipRow) {
  if (isListOpen(mentorship)) return;
  throw new AppError(
    'invalid_state',
    mentorship.status === 'closed'
      ? 'This mentorship has closed, so its action items are kept as a record and no longer change.'
      : 'Action items start once the mentorship has begun.',
  );
}

function invalid(field: string, message: string) {
  return new AppError('validation_failed', 'Some fields need attention.', { [field]: message });
}

/** A due date within two years either side of today (on the UTC calendar, a day's slack is fine). */
function assertSensibleDueDate(dueDate: string | null | undefined, now: Date) {
  if (!dueDate) return;
  const today = todayIn('UTC', now);
  const year = Number(today.slice(0, 4));
  const earliest = `${year - DUE_DATE_HORIZON_YEARS}${today.slice(4)}`;
  const latest = `${year + DUE_DATE_HORIZON_YEARS}${today.slice(4)}`;
  if (dueDate < earliest || dueDate > latest) {
    throw invalid(
      'dueDate',
      `Pick a due date within ${DUE_DATE_HORIZON_YEARS} years of today: ${dueDate} looks like a typo.`,
    );
  }
}

async function assertSessionOf(db: Db, mentorship: MentorshipRow, sessionId?: string) {
  if (sessionId && !(await isSessionOf(db, mentorship.id, sessionId))) {
    throw invalid('sessionId', 'Pick one of this mentorship’s sessions.');
  }
}

export async function getActionItems(
  db: Db,
  caller: Caller,
  mentorshipId: string,
  now: Date,
): Promise<ActionItemList> {
  const { mentorship, role } = await requireMentorshipParticipant(db, mentorshipId, caller);
  // An invitation not yet answered has no items, and its invitee is not part of the pair yet.
  const items = mentorship.startedAt
    ? await listActionItems(db, mentorship, now, { all: true })
    : [];
  return { items, myRole: role, editable: isListOpen(mentorship) };
}

/** Either person adds an item for either of them: it is one list they keep together. */
export async function createActionItem(
  db: Db,
  caller: Caller,
  mentorshipId: string,
  input: CreateActionItemInput,
  now: Date,
): Promise<ActionItem> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const { mentorship } = await requireMentorshipParticipant(tx, mentorshipId, caller, {
      lock: true,
    });
    assertListOpen(mentorship);
    assertSensibleDueDate(input.dueDate, now);
    await assertSessionOf(tx, mentorship, input.sessionId);
    const row = await insertItem(tx, {
      mentorshipId,
      title: input.title,
      ownerRole: input.ownerRole,
      dueDate: input.dueDate ?? null,
      sessionId: input.sessionId ?? null,
      createdById: caller.id,
      createdAt: now,
      updatedAt: now,
    });
    await remindActionItem(tx, row, mentorship, now);
    return toActionItem(row, await pairPeople(tx, mentorship), now);
  });
}

/**
 * Edits an item or marks it done or dropped (with the session it happened in, if any);
 * reopening forgets when and where it was resolved.
 */
export async function updateActionItem(
  db: Db,
  caller: Caller,
  mentorshipId: string,
  itemId: string,
  input: UpdateActionItemInput,
  now: Date,
): Promise<ActionItem> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const { mentorship } = await requireMentorshipParticipant(tx, mentorshipId, caller, {
      lock: true,
    });
    const item = await findItem(tx, mentorshipId, itemId);
    if (!item) throw new AppError('not_found', 'We could not find that action item.');
    assertListOpen(mentorship);
    assertSensibleDueDate(input.dueDate, now);
    await assertSessionOf(tx, mentorship, input.sessionId);
    const status = input.status ?? item.status;
    const resolution =
      input.status === undefined
        ? input.sessionId !== undefined && item.status !== 'open'
          ? { resolvedInSessionId: input.sessionId }
          : {}
        : status === 'open'
          ? { resolvedAt: null, resolvedInSessionId: null }
          : status === item.status && input.sessionId === undefined
            ? {} // ticking done twice keeps the first time
            : { resolvedAt: now, resolvedInSessionId: input.sessionId ?? null };
    const row = await updateItem(tx, itemId, {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.ownerRole !== undefined && { ownerRole: input.ownerRole }),
      ...(input.dueDate !== undefined && { dueDate: input.dueDate }),
      status,
      ...resolution,
      updatedAt: now,
    });
    await remindActionItem(tx, row, mentorship, now);
    return toActionItem(row, await pairPeople(tx, mentorship), now);
  });
}
