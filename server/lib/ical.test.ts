import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatUtc, type IcalEvent, writeCalendar } from './ical.ts';

const base: IcalEvent = {
  uid: '0b6f1c9e-3a55-4f0e-9d7c-2b1a4c5d6e7f@tandem',
  sequence: 2,
  stamp: new Date('2026-11-25T09:30:00Z'),
  start: new Date('2026-12-01T17:00:00Z'),
  end: new Date('2026-12-01T18:00:00Z'),
  status: 'CONFIRMED',
  summary: 'Mentoring session: Jo & Sam',
  location: 'https://meet.example.test/jo-sam',
  url: 'https://meet.example.test/jo-sam',
  description: 'Session goal: a plan.\n\nhttps://tandem.example/sessions/1',
  organizer: { name: 'Sam Mentor', email: 'sam@example.test' },
  attendees: [
    { name: 'Jo Mentee', email: 'jo@example.test' },
    { name: 'Sam Mentor', email: 'sam@example.test' },
  ],
};

/** The one VEVENT of a calendar, through a real parser. */
function parseOne(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const [vevent, ...rest] = calendar.getAllSubcomponents('vevent');
  expect(rest).toHaveLength(0);
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  // No bare CR or LF anywhere: every line ends in CRLF.
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text.slice(0, -2).split('\r\n');
}

describe('writeCalendar', () => {
  it('writes an event a real parser reads back field by field', () => {
    const text = writeCalendar({ events: [base] });
    const { calendar, vevent, event } = parseOne(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(2);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T17:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-01T18:00:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('transp')).toBe('OPAQUE');
    expect(event.summary).toBe(base.summary);
    expect(event.location).toBe(base.location);
    expect(event.description).toBe(base.description);
    expect(vevent.getFirstPropertyValue('url')).toBe('https://meet.example.test/jo-sam');
    const organizer = vevent.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe('Sam Mentor');
    expect(organizer?.getFirstValue()).toBe('mailto:sam@example.test');
    expect(
      event.attendees.map((a) => [a.getParameter('cn'), a.getFirstValue(), a.getParameter('rsvp')]),
    ).toEqual([
      ['Jo Mentee', 'mailto:jo@example.test', 'FALSE'],
      ['Sam Mentor', 'mailto:sam@example.test', 'FALSE'],
    ]);
    expect(text).toContain('\r\nDTSTART:20261201T170000Z\r\n');
    expect(text).toContain('\r\nDTSTAMP:20261125T093000Z\r\n');
  });

  it('keeps hostile text intact: separators, line breaks, quotes, carets, long unicode', () => {
    const summary = `Mentoring session: Zoë 山田 & 🧑‍🏫 ${'日本語のとても長いタイトル😀'.repeat(12)}`;
    const location = 'Café Lumen; 2nd floor, table 3\nback room\r\nby the window\rnear the \\ sign';
    const description = 'Goal: ship it; then, celebrate.\n\nLink: https://x.test/a?b=1;c=2,3';
    const name = 'Zoë "Z" O\'Neil ^_^; Esq., the 3rd';
    const text = writeCalendar({
      events: [
        {
          ...base,
          summary,
          location,
          description,
          attendees: [{ name, email: 'zoe@example.test' }],
        },
      ],
    });
    for (const line of physicalLines(text)) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    // Folding never splits a character: every physical line is valid UTF-8 on its own.
    for (const line of physicalLines(text)) {
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      expect(line).not.toContain('\uFFFD');
    }
    const { event } = parseOne(text);
    expect(event.summary).toBe(summary);
    // Every kind of line break comes back as a newline.
    expect(event.location).toBe(
      'Café Lumen; 2nd floor, table 3\nback room\nby the window\nnear the \\ sign',
    );
    expect(event.description).toBe(description);
    expect(event.attendees[0]?.getParameter('cn')).toBe(name);
  });

  it('drops control characters and lone surrogates instead of writing broken octets', () => {
    const text = writeCalendar({
      events: [{ ...base, summary: 'A\u0000B\u0007C\u001bD\ud800E\tF' }],
    });
    expect(parseOne(text).event.summary).toBe('ABCD\uFFFDE\tF');
  });

  it('leaves out a URL that is not http(s), and optional fields that are empty', () => {
    const text = writeCalendar({
      events: [
        {
          ...base,
          url: 'javascript:alert(1)',
          location: '',
          description: '',
          organizer: undefined,
          attendees: [],
        },
      ],
    });
    expect(text).not.toMatch(/^(URL|LOCATION|DESCRIPTION|ORGANIZER|ATTENDEE)/m);
    const { event } = parseOne(text);
    expect(event.uid).toBe(base.uid);
  });

  it('marks a cancelled event transparent and keeps its UID and SEQUENCE', () => {
    const text = writeCalendar({ events: [{ ...base, status: 'CANCELLED', sequence: 3 }] });
    const { vevent, event } = parseOne(text);
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(3);
    expect(text).not.toContain('METHOD:CANCEL');
  });

  it('names a subscribed calendar and hints how often to refresh it', () => {
    const text = writeCalendar({
      name: 'Tandem',
      description: 'Sessions, from Tandem',
      refreshMinutes: 60,
      events: [base, { ...base, uid: 'second@tandem' }],
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Tandem');
    // RFC 7986's DESCRIPTION is TEXT to every parser; X-WR-CALDESC carries the same escaped text.
    expect(calendar.getFirstPropertyValue('description')).toBe('Sessions, from Tandem');
    expect(text).toContain('\r\nX-WR-CALDESC:Sessions\\, from Tandem\r\n');
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT60M\r\n');
    expect(calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid)).toEqual([
      base.uid,
      'second@tandem',
    ]);
  });

  it('writes an empty calendar that still parses', () => {
    const calendar = new ICAL.Component(ICAL.parse(writeCalendar({ events: [] })));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});

describe('building blocks', () => {
  it('escapes TEXT by the letter', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at exactly 75 octets, continuation lines starting with one space', () => {
    const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`).split('\r\n');
    expect(folded[0]).toHaveLength(75);
    expect(folded.slice(1, -1).every((line) => line.length === 75 && line[0] === ' ')).toBe(true);
    expect(folded.map((line, i) => (i ? line.slice(1) : line)).join('')).toBe(
      `SUMMARY:${'x'.repeat(200)}`,
    );
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('formats instants in UTC with a Z', () => {
    expect(formatUtc(new Date('2026-03-29T01:30:05.123Z'))).toBe('20260329T013005Z');
  });
});
