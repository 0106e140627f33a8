/**
 * A small iCalendar (RFC 5545) writer for Tandem's sessions: one downloaded event, the personal
 * subscription feed, and (later) the .ics attached to notification mails.
 *
 * Why not the `ics` package: its output breaks on exactly the text our users type. It folds
 * lines by code points, not octets (a line of CJK text came out at 223 octets; the limit is 75),
 * passes a lone carriage return through raw (a line break in the middle of a property), and
 * escapes a double quote in a name as `\"`, which is not valid in a parameter — a real parser
 * cut `Zoë "Z" O'Neil` down to `Zoë \`. This writer does the four things that matter by the
 * letter: TEXT escaping (§3.3.11), parameter quoting with RFC 6868 caret escapes, folding at
 * 75 octets without splitting a UTF-8 sequence (§3.1), and CRLF line ends.
 */

export interface IcalPerson {
  name: string;
  email: string;
}

export type IcalStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export interface IcalEvent {
  /** Stable for the life of the event: clients update the entry with the same UID. */
  uid: string;
  /** Grows with every significant change (time, cancellation), so clients take the newer one. */
  sequence: number;
  /** When this copy of the event was written. */
  stamp: Date;
  start: Date;
  end: Date;
  status: IcalStatus;
  summary: string;
  location?: string;
  /** An http(s) address only; anything else is left out. */
  url?: string;
  description?: string;
  organizer?: IcalPerson;
  attendees?: IcalPerson[];
  created?: Date;
  lastModified?: Date;
}

export interface IcalCalendar {
  events: IcalEvent[];
  /** Shown by clients as the subscribed calendar's name. */
  name?: string;
  description?: string;
  /** A hint to subscribers for how often to fetch the feed again. */
  refreshMinutes?: number;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const PRODUCT_ID = '-//Tandem//Mentoring sessions//EN';

// Control characters other than tab are not allowed in TEXT or parameter values (§3.1, §3.3.11);
// CR and LF are handled separately (escaped as \n), so they are not in this class.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// A lone UTF-16 surrogate cannot be written as UTF-8 at all.
const LONE_SURROGATE = /\p{Surrogate}/gu;

function clean(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL_CHARS, '');
}

/** A TEXT value (§3.3.11): backslash, semicolon and comma escaped; every line break as `\n`. */
export function escapeText(text: string): string {
  return clean(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value, always quoted. RFC 5545 has no escape inside quotes; RFC 6868 adds caret
 * escapes (`^'` for a double quote, `^n` for a line break, `^^` for a caret), which parsers that
 * do not know them still show harmlessly.
 */
export function quoteParam(value: string): string {
  const escaped = clean(value)
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'");
  return `"${escaped}"`;
}

/** Folds a content line to at most 75 octets per physical line, never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // Continuation lines start with a space, which counts towards their 75 octets.
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A UTC date-time (`20261201T170000Z`). */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function calAddress(email: string): string {
  // A URI, not TEXT: percent-encoding, never backslashes.
  return `mailto:${encodeURI(clean(email))}`;
}

function httpUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function personLine(property: 'ORGANIZER' | 'ATTENDEE', person: IcalPerson): string {
  // RSVP=FALSE: the session is already agreed in Tandem; no client should ask to reply by mail.
  const params =
    property === 'ATTENDEE'
      ? `;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN=${quoteParam(person.name)}`
      : `;CN=${quoteParam(person.name)}`;
  return `${property}${params}:${calAddress(person.email)}`;
}

function eventLines(event: IcalEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  const url = event.url && httpUrl(event.url);
  if (url) lines.push(`URL:${url}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.organizer) lines.push(personLine('ORGANIZER', event.organizer));
  for (const attendee of event.attendees ?? []) lines.push(personLine('ATTENDEE', attendee));
  if (event.created) lines.push(`CREATED:${formatUtc(event.created)}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`);
  // A cancelled session no longer blocks time in the calendar.
  lines.push(`TRANSP:${event.status === 'CANCELLED' ? 'TRANSPARENT' : 'OPAQUE'}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A whole VCALENDAR. METHOD is always PUBLISH: these files are downloaded or subscribed to, not
 * iTIP messages (RFC 5546). METHOD:CANCEL is an organizer's scheduling message to attendees,
 * which a file someone downloads or subscribes to is not; a PUBLISHed event with STATUS:CANCELLED and a higher SEQUENCE is what they apply to the entry
 * they already have under the same UID. Strictly, RFC 5546 §3.2.1 wants no ATTENDEE in a
 * PUBLISH; we list both people anyway (the session is theirs, and clients show who is coming),
 * as Google Calendar's own exports do. Leaving METHOD out altogether would be the strictly valid
 * alternative if a client ever objects.
 */
export function writeCalendar(calendar: IcalCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (calendar.name) {
    lines.push(`NAME:${escapeText(calendar.name)}`, `X-WR-CALNAME:${escapeText(calendar.name)}`);
  }
  if (calendar.description) {
    const text = escapeText(calendar.description);
    lines.push(`DESCRIPTION:${text}`, `X-WR-CALDESC:${text}`);
  }
  if (calendar.refreshMinutes) {
    const duration = `PT${Math.max(1, Math.trunc(calendar.refreshMinutes))}M`;
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${duration}`, `X-PUBLISHED-TTL:${duration}`);
  }
  for (const event of calendar.events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
