import { type IcalEvent, type IcalPerson, writeCalendar } from './ical.ts';

/**
 * A program interview as a calendar event, for the mail that tells each person about it. The
 * UID is stable and SEQUENCE follows `interviews.ical_sequence`, so a move or cancellation
 * updates the entry people already have. The candidate's copy names no staff addresses.
 */

export interface InterviewForCalendar {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  icalSequence: number;
  cancelledAt: Date | null;
  createdAt: Date;
  programName: string;
  cohortName: string;
  candidate: IcalPerson;
  panel: IcalPerson[];
}

export function interviewUid(interviewId: string): string {
  return `interview-${interviewId}@tandem`;
}

function isWebLink(location: string): boolean {
  return /^https?:\/\/\S+$/i.test(location);
}

/**
 * The event for one recipient. `asCandidate` leaves the panel's addresses out; `cancelled`
 * also covers a reviewer taken off the panel (the entry goes from their calendar only).
 */
export function interviewCalendar(
  interview: InterviewForCalendar,
  {
    asCandidate,
    cancelled,
    baseUrl,
    stamp,
  }: { asCandidate: boolean; cancelled: boolean; baseUrl: string; stamp: Date },
): string {
  const link = asCandidate ? `${baseUrl}/programs` : `${baseUrl}/interviews/${interview.id}`;
  const title = asCandidate
    ? `Interview: ${interview.programName} (${interview.cohortName})`
    : `Interview with ${interview.candidate.name}: ${interview.programName}`;
  const event: IcalEvent = {
    uid: interviewUid(interview.id),
    sequence: interview.icalSequence,
    stamp,
    start: interview.startsAt,
    end: new Date(interview.startsAt.getTime() + interview.durationMinutes * 60_000),
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    summary: `${cancelled ? 'Cancelled: ' : ''}${title}`,
    location: interview.location,
    url: isWebLink(interview.location) ? interview.location : undefined,
    description: [cancelled ? 'This interview is off.' : null, `Open it in Tandem: ${link}`]
      .filter(Boolean)
      .join('\n\n'),
    attendees: asCandidate ? [] : [interview.candidate, ...interview.panel],
    created: interview.createdAt,
  };
  return writeCalendar({ events: [event] });
}
