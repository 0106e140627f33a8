import { wallTimeIn } from '../../common/sessions/session-times.ts';
import type { Db } from '../db/client.ts';
import { type IcalEvent, type IcalPerson, writeCalendar } from './ical.ts';
import type { MentoringSessionRow, MentorshipRow } from './participation.repo.ts';
import { findCalendarPeople, findPrepGoals } from './session-calendar.repo.ts';

/**
 * Mentoring sessions as calendar events, the same wherever they leave Tandem (a downloaded
 * .ics, the subscription feed, a mail attachment): the same UID and SEQUENCE, so every copy a
 * client receives updates one entry instead of adding another.
 */

interface Participant extends IcalPerson {
  id: string;
}

/** One session with what its calendar entry shows. */
export interface SessionForCalendar {
  session: MentoringSessionRow;
  mentee: Participant;
  mentor: Participant;
  /** Absent until the mentee starts a prep. */
  prep?: { goal: string; sharedAt: Date | null };
}

interface SessionRowPair {
  session: MentoringSessionRow;
  mentorship: Pick<MentorshipRow, 'menteeId' | 'mentorId'>;
}

/** Stable for the session's whole life; a random UUID needs no host name to be unique. */
export function sessionUid(sessionId: string): string {
  return `${sessionId}@tandem`;
}

export function sessionPageUrl(baseUrl: string, sessionId: string): string {
  return `${baseUrl}/sessions/${sessionId}`;
}

/** `tandem-session-2026-12-01.ics`, dated in the zone of whoever downloads it. */
export function sessionFileName(startsAt: Date, timeZone: string): string {
  const { year, month, day } = wallTimeIn(startsAt, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `tandem-session-${year}-${pad(month)}-${pad(day)}.ics`;
}

/**
 * The session goal as `viewerId` may see it: always for the mentee (it is theirs), for the
 * mentor only once the mentee has shared the prep. An unshared draft never leaves for the mentor.
 */
export function visibleGoal(item: SessionForCalendar, viewerId: string): string | null {
  const goal = item.prep?.goal.trim();
  if (!goal) return null;
  if (viewerId === item.mentee.id) return goal;
  if (viewerId === item.mentor.id && item.prep?.sharedAt) return goal;
  return null;
}

function isWebLink(location: string): boolean {
  return /^https?:\/\/\S+$/i.test(location);
}

/** The calendar event of a session, as `viewerId` (one of its two people) may see it. */
export function sessionEvent(
  item: SessionForCalendar,
  viewerId: string,
  { baseUrl, stamp }: { baseUrl: string; stamp: Date },
): IcalEvent {
  const { session, mentee, mentor } = item;
  const cancelled = session.status === 'cancelled';
  const goal = visibleGoal(item, viewerId);
  const description = [
    cancelled ? 'This session was cancelled.' : null,
    goal ? `Session goal: ${goal}` : null,
    `Open it in Tandem: ${sessionPageUrl(baseUrl, session.id)}`,
  ].filter(Boolean);
  const organizer = session.createdById === mentee.id ? mentee : mentor;
  return {
    uid: sessionUid(session.id),
    sequence: session.sequence,
    stamp,
    // Instants in UTC (`…Z`): every client shows them in its own user's zone, which is exactly
    // what a pair in two zones needs. A TZID would need a VTIMEZONE block that clients read
    // differently (Outlook maps zones to Windows names, some drop unknown ones), and a floating
    // time would land at the wrong hour for one of the two.
    start: session.startsAt,
    end: new Date(session.startsAt.getTime() + session.durationMinutes * 60_000),
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    // Clients that hide STATUS (or show cancelled entries anyway) still say so in the title.
    summary: `${cancelled ? 'Cancelled: ' : ''}Mentoring session: ${mentee.name} & ${mentor.name}`,
    location: session.location,
    url: isWebLink(session.location) ? session.location : undefined,
    description: description.join('\n\n'),
    organizer: { name: organizer.name, email: organizer.email },
    attendees: [mentee, mentor].map(({ name, email }) => ({ name, email })),
    created: session.createdAt,
    lastModified: session.updatedAt,
  };
}

/** Participants and prep goals for session rows; rows whose people are gone are left out. */
export async function loadSessionsForCalendar(
  db: Db,
  rows: SessionRowPair[],
): Promise<SessionForCalendar[]> {
  const ids = rows.flatMap(({ mentorship }) => [mentorship.menteeId, mentorship.mentorId]);
  const [people, preps] = await Promise.all([
    findCalendarPeople(
      db,
      ids.filter((id): id is string => id !== null),
    ),
    findPrepGoals(
      db,
      rows.map(({ session }) => session.id),
    ),
  ]);
  return rows.flatMap(({ session, mentorship }) => {
    const mentee = people.get(mentorship.menteeId ?? '');
    const mentor = people.get(mentorship.mentorId ?? '');
    if (!mentee || !mentor) return [];
    const prep = preps.get(session.id);
    return [{ session, mentee, mentor, ...(prep ? { prep } : {}) }];
  });
}

/** A VCALENDAR of sessions as `viewerId` sees them; `feed` names it for subscribers. */
export function writeSessionCalendar(
  items: SessionForCalendar[],
  viewerId: string,
  options: { baseUrl: string; stamp: Date; feed?: boolean },
): string {
  const events = items.map((item) => sessionEvent(item, viewerId, options));
  if (!options.feed) return writeCalendar({ events });
  return writeCalendar({
    name: 'Tandem',
    description: 'Your mentoring sessions from Tandem',
    refreshMinutes: 60,
    events,
  });
}
