import ICAL from 'ical.js';

/** One VEVENT as a real iCalendar parser (ical.js) reads it, flattened for assertions. */
export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string | null;
  start: string;
  end: string;
  /** The zone the parser put the start in: `UTC` for a `…Z` time. */
  startZone: string | undefined;
  summary: string;
  location: string | null;
  url: string | null;
  description: string;
  organizer: { cn: string; address: string } | null;
  attendees: { cn: string; address: string }[];
}

export interface ParsedCalendar {
  method: string | null;
  name: string | null;
  events: ParsedEvent[];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function person(property: ICAL.Property | null) {
  if (!property) return null;
  return {
    cn: String(property.getParameter('cn') ?? ''),
    address: String(property.getFirstValue()),
  };
}

/** Parses an iCalendar text; throws if it is not one. */
export function parseIcs(source: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(source));
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: text(vevent.getFirstPropertyValue('status')),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startZone: event.startDate.zone?.tzid,
      summary: event.summary,
      location: text(vevent.getFirstPropertyValue('location')),
      url: text(vevent.getFirstPropertyValue('url')),
      description: event.description ?? '',
      organizer: person(vevent.getFirstProperty('organizer')),
      attendees: event.attendees.map((a) => person(a) as { cn: string; address: string }),
    };
  });
  return {
    method: text(calendar.getFirstPropertyValue('method')),
    name: text(calendar.getFirstPropertyValue('x-wr-calname')),
    events,
  };
}
