import { NOTIFICATION_TYPE_IDS } from '../../../common/notifications/notification-types.ts';
import type { Composer, Composers } from './composed-message.ts';

/** A calendar file as a session composer attaches one. */
export const TEST_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Tandem//Test//EN',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:session-1@tandem.test',
  'SEQUENCE:0',
  'DTSTAMP:20270301T090000Z',
  'DTSTART:20270310T170000Z',
  'DTEND:20270310T180000Z',
  'SUMMARY:Mentoring session with Ben',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/**
 * Composers for the delivery tests, independent of the product's real ones: the payload says
 * what to write (`title`), whether the reason went away (`skip`), and whether to attach `ics`.
 */
const testComposer: Composer = async (_db, reminder, recipient) => {
  const payload = reminder.payload as { title?: string; skip?: string; ics?: boolean };
  if (payload.skip) return { skip: payload.skip };
  return {
    send: {
      title: payload.title ?? `A reminder for ${recipient.name}`,
      body: `Hello from the ${reminder.type} reminder.`,
      link: `/reminders/${reminder.id}`,
      actionLabel: 'Open it in Tandem',
      ...(payload.ics ? { ics: TEST_ICS } : {}),
    },
  };
};

export const testComposers = Object.fromEntries(
  NOTIFICATION_TYPE_IDS.map((type) => [type, testComposer]),
) as Composers;
