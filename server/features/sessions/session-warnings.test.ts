import { describe, expect, it } from 'vitest';
import { DEFAULT_USUAL_HOURS } from '../../../common/schemas/calendar.ts';
import {
  type BusySession,
  describeDays,
  describeHours,
  fitsUsualHours,
  sessionWarnings,
  type WarningFacts,
} from './session-warnings.ts';

const office = DEFAULT_USUAL_HOURS;

function facts(overrides: Partial<WarningFacts> = {}): WarningFacts {
  return {
    sessionId: 'this-session',
    mentorshipId: 'pair',
    // Tue 1 Dec 2026, 14:00 in London and 09:00 in New York.
    startsAt: new Date('2026-12-01T14:00:00Z'),
    durationMinutes: 60,
    me: { id: 'me', name: 'Alex Moreau', timeZone: 'Europe/London', hours: office },
    them: { id: 'sam', name: 'Sam Lee', timeZone: 'America/New_York', hours: office },
    busy: [],
    names: new Map(),
    ...overrides,
  };
}

function busy(overrides: Partial<BusySession>): BusySession {
  return {
    id: 'other',
    mentorshipId: 'other-pair',
    startsAt: new Date('2026-12-01T13:30:00Z'),
    endsAt: new Date('2026-12-01T14:30:00Z'),
    participantIds: ['me', 'jo'],
    ...overrides,
  };
}

describe('describing usual hours', () => {
  it('names runs of days briefly', () => {
    expect(describeDays([1, 2, 3, 4, 5])).toBe('Mon–Fri');
    expect(describeDays([1, 2, 3, 4, 5, 6, 7])).toBe('every day');
    expect(describeDays([5, 1, 3])).toBe('Mon, Wed, Fri');
    expect(describeDays([1, 2, 3, 6, 7])).toBe('Mon–Wed, Sat, Sun');
    expect(describeDays([2])).toBe('Tue');
  });

  it('reads minutes as clock times, midnight included', () => {
    expect(describeHours(office)).toBe('Mon–Fri 09:00–18:00');
    expect(describeHours({ startMinute: 0, endMinute: 1440, days: [6, 7] })).toBe(
      'Sat, Sun 00:00–24:00',
    );
  });
});

describe('fitsUsualHours', () => {
  const at = (iso: string, minutes = 60, hours = office) =>
    fitsUsualHours(new Date(iso), minutes, 'Europe/Paris', hours);

  it('needs the whole session, start to end, inside the hours of a usual day', () => {
    // Paris is UTC+1 in December.
    expect(at('2026-12-01T08:00:00Z')).toEqual({ fits: true }); // Tue 09:00–10:00
    expect(at('2026-12-01T16:00:00Z')).toEqual({ fits: true }); // Tue 17:00–18:00, ends on time
    expect(at('2026-12-01T07:30:00Z')).toEqual({ fits: false, startOutside: true }); // 08:30
    expect(at('2026-12-01T16:30:00Z')).toEqual({ fits: false, startOutside: false }); // to 18:30
    expect(at('2026-12-01T17:00:00Z')).toEqual({ fits: false, startOutside: true }); // 18:00
    expect(at('2026-12-05T10:00:00Z')).toEqual({ fits: false, startOutside: true }); // Saturday
  });

  it('refuses a session that runs past midnight, unless the hours end at midnight exactly', () => {
    const evenings = { startMinute: 20 * 60, endMinute: 1440, days: [1, 2, 3, 4, 5, 6, 7] };
    expect(at('2026-12-01T21:00:00Z', 60, evenings)).toEqual({ fits: true }); // 22:00–23:00
    expect(at('2026-12-01T22:00:00Z', 60, evenings)).toEqual({ fits: true }); // 23:00–00:00
    expect(at('2026-12-01T22:00:00Z', 90, evenings)).toEqual({ fits: false, startOutside: false });
    // Sunday 23:00 to Monday 00:00 wraps the week.
    expect(at('2026-12-06T22:00:00Z', 60, evenings)).toEqual({ fits: true });
  });
});

describe('outside usual hours', () => {
  it('says nothing when both are inside their hours', () => {
    expect(sessionWarnings(facts())).toEqual([]);
  });

  it('names the local time and day of whoever it is outside the hours for', () => {
    // Sat 5 Dec 12:00 UTC: 12:00 on Saturday in London, 07:00 on Saturday in New York.
    const warnings = sessionWarnings(facts({ startsAt: new Date('2026-12-05T12:00:00Z') }));
    expect(warnings).toEqual([
      {
        kind: 'outside-usual-hours',
        person: 'me',
        message:
          'That is 12:00 on Saturday for you, outside your usual hours (Mon–Fri 09:00–18:00).',
      },
      {
        kind: 'outside-usual-hours',
        person: 'them',
        message:
          'That is 07:00 on Saturday for Sam, outside their usual hours (Mon–Fri 09:00–18:00).',
      },
    ]);
  });

  it('says when a session starts inside the hours but runs past their end', () => {
    const late = { startMinute: 9 * 60, endMinute: 17 * 60, days: [1, 2, 3, 4, 5] };
    const warnings = sessionWarnings(
      facts({
        startsAt: new Date('2026-12-01T16:30:00Z'), // London 16:30–17:30, New York 11:30
        me: { id: 'me', name: 'Alex', timeZone: 'Europe/London', hours: late },
      }),
    );
    expect(warnings).toEqual([
      {
        kind: 'outside-usual-hours',
        person: 'me',
        message:
          'That runs until 17:30 on Tuesday for you, past the end of your usual hours (Mon–Fri 09:00–17:00).',
      },
    ]);
  });

  it('follows each person’s own DST change (March 2026: the US moves on the 8th, the UK on the 29th)', () => {
    // A weekly 13:00 UTC slot. The week before the US change it is 08:00 for Sam in New York;
    // from 9 March it is 09:00 and fits; London stays at 13:00 throughout.
    const weekly = (iso: string) => sessionWarnings(facts({ startsAt: new Date(iso) }));
    expect(weekly('2026-03-02T13:00:00Z')).toEqual([
      {
        kind: 'outside-usual-hours',
        person: 'them',
        message:
          'That is 08:00 on Monday for Sam, outside their usual hours (Mon–Fri 09:00–18:00).',
      },
    ]);
    expect(weekly('2026-03-09T13:00:00Z')).toEqual([]);
    expect(weekly('2026-03-23T13:00:00Z')).toEqual([]);

    // A 17:00 UTC slot: 17:00–18:00 in London until the UK moves, then 18:00–19:00.
    expect(weekly('2026-03-23T17:00:00Z')).toEqual([]);
    expect(weekly('2026-03-30T17:00:00Z')).toEqual([
      {
        kind: 'outside-usual-hours',
        person: 'me',
        message: 'That is 18:00 on Monday for you, outside your usual hours (Mon–Fri 09:00–18:00).',
      },
    ]);
  });
});

describe('overlaps', () => {
  it('names the other person of my own clashing session', () => {
    const warnings = sessionWarnings(
      facts({ busy: [busy({})], names: new Map([['jo', 'Jo Park']]) }),
    );
    expect(warnings).toEqual([
      {
        kind: 'overlap',
        person: 'me',
        message: 'You already have a session with Jo on Tue 13:30–14:30.',
      },
    ]);
  });

  it('counts further clashes, and speaks of the pair when the clash is with the same person', () => {
    const warnings = sessionWarnings(
      facts({
        busy: [
          busy({ id: 'a', mentorshipId: 'pair', participantIds: ['me', 'sam'] }),
          busy({ id: 'b', startsAt: new Date('2026-12-01T14:30:00Z') }),
        ],
      }),
    );
    // Sam's only clash is the pair's own session: not said twice.
    expect(warnings).toEqual([
      {
        kind: 'overlap',
        person: 'me',
        message: 'You and Sam already have a session on Tue 13:30–14:30 (and 1 more).',
      },
    ]);
  });

  it('says only that the other person is busy, never with whom or when', () => {
    const warnings = sessionWarnings(
      facts({ busy: [busy({ participantIds: ['sam', 'kim'] })], names: new Map() }),
    );
    expect(warnings).toEqual([
      {
        kind: 'overlap',
        person: 'them',
        message: 'Sam already has another session at that time.',
      },
    ]);
  });

  it('ignores the session being checked itself', () => {
    const warnings = sessionWarnings(
      facts({ busy: [busy({ id: 'this-session', participantIds: ['me', 'sam'] })] }),
    );
    expect(warnings).toEqual([]);
  });
});
