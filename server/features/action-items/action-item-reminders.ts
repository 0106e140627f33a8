import { addDays } from '../../../common/calendar-date.ts';
import { wallTimeToInstant } from '../../../common/sessions/session-times.ts';
import type { Db } from '../../db/client.ts';
import type { MentorshipRow } from '../../lib/participation.repo.ts';
import { scheduleReminder } from '../../lib/reminders.ts';
import { findTimeZone } from './action-items.repo.ts';

/**
 * An open item with a due date reminds its owner at 09:00 (their time) the day before, and
 * again the day after if it is still open. The keys carry the owner and the date: a new date or
 * owner schedules anew, and the composer skips the reminders of the old one.
 */

const MORNING = '09:00';

interface ItemFacts {
  id: string;
  ownerRole: string;
  dueDate: string | null;
  status: string;
}

export async function remindActionItem(
  db: Db,
  item: ItemFacts,
  mentorship: MentorshipRow,
  now: Date,
) {
  if (item.status !== 'open' || !item.dueDate) return;
  const ownerId = item.ownerRole === 'mentee' ? mentorship.menteeId : mentorship.mentorId;
  if (!ownerId) return;
  const timeZone = await findTimeZone(db, ownerId);
  const payload = { itemId: item.id, mentorshipId: mentorship.id, dueDate: item.dueDate };
  const moments = [
    { type: 'action-item-due', day: addDays(item.dueDate, -1) },
    { type: 'action-item-overdue', day: addDays(item.dueDate, 1) },
  ] as const;
  for (const { type, day } of moments) {
    const dueAt = wallTimeToInstant(`${day}T${MORNING}`, timeZone);
    // A moment already gone is not worth telling: the item was just written with that date.
    if (!dueAt || dueAt <= now) continue;
    await scheduleReminder(db, {
      type,
      recipientId: ownerId,
      dueAt,
      dedupeKey: `${type}:${item.id}:${ownerId}:${item.dueDate}`,
      payload,
    });
  }
}
