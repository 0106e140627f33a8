import type { Db } from '../../db/client.ts';
import { scheduleReminder } from '../../lib/reminders.ts';
import type { InterviewRow } from './interviews.repo.ts';

/**
 * What an interview's changes tell people, scheduled in the transaction of the change. Keys
 * carry the iCalendar sequence, so every change speaks once; composers skip a message that a
 * later change has superseded.
 */

const facts = (interview: InterviewRow) => ({
  interviewId: interview.id,
  applicationId: interview.applicationId,
  sequence: interview.icalSequence,
});

export async function tellInterviewScheduled(
  db: Db,
  interview: InterviewRow,
  recipientIds: string[],
  now: Date,
) {
  for (const recipientId of recipientIds) {
    await scheduleReminder(db, {
      type: 'interview-scheduled',
      recipientId,
      dueAt: now,
      dedupeKey: `interview-scheduled:${interview.id}:${interview.icalSequence}:${recipientId}`,
      payload: facts(interview),
    });
  }
}

export async function tellInterviewMoved(
  db: Db,
  interview: InterviewRow,
  recipientIds: string[],
  previousStartsAt: Date,
  now: Date,
) {
  for (const recipientId of recipientIds) {
    await scheduleReminder(db, {
      type: 'interview-moved',
      recipientId,
      dueAt: now,
      dedupeKey: `interview-moved:${interview.id}:${interview.icalSequence}:${recipientId}`,
      payload: { ...facts(interview), previousStartsAt: previousStartsAt.toISOString() },
    });
  }
}

/** The interview is off for these people: cancelled, or (`removed`) they left its panel. */
export async function tellInterviewCancelled(
  db: Db,
  interview: InterviewRow,
  recipientIds: string[],
  { reason, removed, now }: { reason: string; removed: boolean; now: Date },
) {
  for (const recipientId of recipientIds) {
    await scheduleReminder(db, {
      type: 'interview-cancelled',
      recipientId,
      dueAt: now,
      dedupeKey: `interview-cancelled:${interview.id}:${interview.icalSequence}:${recipientId}`,
      payload: { ...facts(interview), reason, removed },
    });
  }
}

export async function tellApplicationDecided(
  db: Db,
  application: { id: string; applicantId: string },
  outcome: string,
  now: Date,
) {
  await scheduleReminder(db, {
    type: 'application-decided',
    recipientId: application.applicantId,
    dueAt: now,
    dedupeKey: `application-decided:${application.id}:${outcome}`,
    payload: { applicationId: application.id, outcome },
  });
}
