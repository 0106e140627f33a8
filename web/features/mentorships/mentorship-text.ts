import type { MentorshipSummary } from '../../../common/schemas/mentorships.ts';
import { bothLocalTimes, firstName } from '../../../common/sessions/session-times.ts';

/** Who the other person is, or who the invitation waits for. */
export function counterpartName(m: MentorshipSummary): string {
  if (m.counterpart) return m.counterpart.name;
  if (m.inviteEmail) return m.inviteEmail;
  return 'Someone you invite';
}

/** "Sam mentors you", "You asked Sam to mentor you"… in a few words, for this viewer. */
export function relationLine(m: MentorshipSummary): string {
  const them = m.counterpart ? firstName(m.counterpart.name) : 'them';
  const They = m.counterpart ? firstName(m.counterpart.name) : 'They';
  if (m.startedAt) {
    return m.myRole === 'mentee' ? `${They} mentors you` : `You mentor ${them}`;
  }
  // Not started: who asked whom, in the present while it waits and in the past after.
  const waiting = m.status === 'pending';
  if (m.requestedBy === 'them') {
    return m.myRole === 'mentor'
      ? `${They} ${waiting ? 'asks' : 'asked'} you to be their mentor`
      : `${They} ${waiting ? 'offers' : 'offered'} to mentor you`;
  }
  return m.myRole === 'mentee'
    ? `You asked ${them} to mentor you`
    : `You offered to mentor ${them}`;
}

const DAY = 86_400_000;

/** "in 3 days", "tomorrow", "today" until a request's expiry. */
export function expiresIn(expiresAt: string, now: Date = new Date()): string {
  const days = Math.ceil((new Date(expiresAt).getTime() - now.getTime()) / DAY);
  if (days <= 0) return 'today';
  if (days === 1) return 'within a day';
  return `in ${days} days`;
}

/** "Tue 18:00 for you · 09:00 for Sam" for the next session, or null. */
export function nextSessionText(m: MentorshipSummary, myZone: string): string | null {
  if (!m.nextSession || !m.counterpart) return null;
  return bothLocalTimes(m.nextSession.startsAt, myZone, m.counterpart);
}
