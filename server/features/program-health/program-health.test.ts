import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CohortHealth } from '../../../common/schemas/program-health.ts';
import { addMember, buildCohort, buildProgram } from '../../../tests/factories/program.ts';
import {
  buildCohortPair,
  buildFitAnswer,
  buildItem,
  buildPairSession,
} from '../../../tests/factories/program-health.ts';
import { type BuiltUser, buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { reminders } from '../../db/schema/notifications.ts';
import { profileExperiences } from '../../db/schema/profiles.ts';
import { compose, sent, skipped } from '../notifications/composers/composer-test-kit.ts';
import { csvField } from './health-csv.ts';
import { latestRevealedOutcome } from './health-numbers.ts';

/**
 * A cohort with a history counted by hand. "Now" is Monday 2 March 2026, 12:00 UTC; the admin
 * lives in Paris; the cohort starts Monday 5 January, so the default period has nine weeks.
 *
 * Pair 1 (Ana, Ben), every two weeks, active:
 *   7 Jan  held, prep 48 h before (on time),  Ana yes, Ben partly
 *   21 Jan held, prep 2 h before (late),      Ana no,  Ben yes
 *   25 Feb held, no prep,                     Ana yes
 *   5 Mar  planned (not held)
 *   items: done, open, dropped. Fit check: round 1 continue/adjust (revealed),
 *   round 2 (opened 25 Feb) Ana wind-down alone, not revealed yet.
 * Pair 2 (Cleo, Dev), weekly, active: 14 Jan held, prep 30 h before; 28 Jan cancelled;
 *   item done. Nothing since 14 Jan: not met within its rhythm. No fit-check answers.
 * Pair 3 (Eli, Fay), closed 10 Feb "goals reached": 12 Jan held, prep 25 h before, Fay yes.
 *   Fit check round 1: Fay continue (revealed by time).
 * Another cohort's pair (of the same program) and a pending request in this cohort never count.
 */
const NOW = new Date('2026-03-02T12:00:00Z');
const at = (day: string) => new Date(`${day}T10:00:00Z`);

const clock = createTestClock(NOW);
let t: TestApp;
let admin: BuiltUser;
let otherAdmin: BuiltUser;
let cohortId: string;
let otherCohortId: string;
let pairIds: { p1: string; p2: string; p3: string; other: string };
let people: Record<string, BuiltUser>;

beforeAll(async () => {
  t = await createTestApp({ clock: clock.clock });
  const { db } = t.database;
  admin = await buildUser(t.app.auth, { name: 'Ada Admin', timeZone: 'Europe/Paris' });
  otherAdmin = await buildUser(t.app.auth, { name: 'Olga Otherprogram' });
  const program = await buildProgram(db, admin.user.id);
  await buildProgram(db, otherAdmin.user.id);
  const cohort = await buildCohort(db, program.id, {
    name: 'Spring, "2026"',
    startsOn: '2026-01-05',
    endsOn: '2026-06-30',
  });
  const otherCohort = await buildCohort(db, program.id, {
    name: 'Autumn',
    startsOn: '2026-01-05',
    endsOn: '2026-06-30',
  });
  cohortId = cohort.id;
  otherCohortId = otherCohort.id;
  const names = {
    ana: '=HYPERLINK("x"), Ana',
    ben: 'Ben Mentor',
    cleo: 'Cleo Mentee',
    dev: 'Dev Mentor',
    eli: 'Eli Mentee',
    fay: 'Fay Mentor',
    gus: 'Gus Elsewhere',
    hal: 'Hal Elsewhere',
  };
  people = {};
  for (const [key, name] of Object.entries(names)) {
    people[key] = await buildUser(t.app.auth, { name, timeZone: 'Europe/Paris' });
  }
  const id = (key: string) => (people[key] as BuiltUser).user.id;
  const started = { startedAt: at('2026-01-05'), requestedAt: at('2026-01-05') };

  const p1 = await buildCohortPair(db, cohortId, id('ana'), id('ben'), started);
  await buildPairSession(db, p1, at('2026-01-07'), {
    prepHoursBefore: 48,
    menteeGoalMet: 'yes',
    mentorGoalMet: 'partly',
  });
  await buildPairSession(db, p1, at('2026-01-21'), {
    prepHoursBefore: 2,
    menteeGoalMet: 'no',
    mentorGoalMet: 'yes',
  });
  await buildPairSession(db, p1, at('2026-02-25'), { menteeGoalMet: 'yes' });
  await buildPairSession(db, p1, at('2026-03-05'));
  await buildItem(db, p1.id, 'done', at('2026-01-08'));
  await buildItem(db, p1.id, 'open', at('2026-01-22'));
  await buildItem(db, p1.id, 'dropped', at('2026-01-22'));
  await buildFitAnswer(db, p1.id, 1, id('ana'), 'continue', at('2026-01-08'));
  await buildFitAnswer(db, p1.id, 1, id('ben'), 'adjust', at('2026-01-09'));
  await buildFitAnswer(db, p1.id, 2, id('ana'), 'wind-down', at('2026-02-26'));

  const p2 = await buildCohortPair(db, cohortId, id('cleo'), id('dev'), {
    ...started,
    cadence: 'weekly',
  });
  await buildPairSession(db, p2, at('2026-01-14'), { prepHoursBefore: 30 });
  await buildPairSession(db, p2, at('2026-01-28'), { status: 'cancelled' });
  await buildItem(db, p2.id, 'done', at('2026-01-15'));

  const p3 = await buildCohortPair(db, cohortId, id('eli'), id('fay'), {
    ...started,
    status: 'closed',
    closedAt: at('2026-02-10'),
    closeReason: 'goals-reached',
    closedById: id('eli'),
  });
  await buildPairSession(db, p3, at('2026-01-12'), { prepHoursBefore: 25, mentorGoalMet: 'yes' });
  await buildFitAnswer(db, p3.id, 1, id('fay'), 'continue', at('2026-01-13'));

  // Never counted: a pair of another cohort, and a request in this cohort that never started.
  const other = await buildCohortPair(db, otherCohortId, id('gus'), id('hal'), started);
  await buildPairSession(db, other, at('2026-01-20'), {
    prepHoursBefore: 48,
    menteeGoalMet: 'no',
  });
  await buildCohortPair(
    db,
    cohortId,
    id('hal'),
    id('gus'),
    { status: 'pending', startedAt: null, respondedAt: null },
    { members: false },
  );
  pairIds = { p1: p1.id, p2: p2.id, p3: p3.id, other: other.id };
});
afterAll(() => t.close());

async function health(query = '', as = admin): Promise<CohortHealth> {
  const res = await call(t.app, 'GET', `/api/cohorts/${cohortId}/health${query}`, {
    cookie: as.cookie,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('GET /api/cohorts/:cohortId/health', () => {
  it('counts every figure as by hand', async () => {
    const h = await health();
    expect(h.period).toEqual({ from: '2026-01-05', to: '2026-03-02', timeZone: 'Europe/Paris' });
    expect(h.pairs).toBe(3);
    expect(h.activePairs).toEqual({ count: 2, of: 3 });
    expect(h.sessions).toEqual({ held: 5, pairs: 3, perPair: 1.7 });
    expect(h.prepOnTime).toEqual({ count: 3, of: 5 });
    expect(h.goalMet).toEqual({ yes: 4, partly: 1, no: 1, rate: { count: 4, of: 6 } });
    expect(h.actionItems).toEqual({ done: { count: 2, of: 3 }, open: 1, dropped: 1 });
    // Three pairs have a revealed round: too few to show what they said.
    expect(h.fitCheck).toEqual({ pairs: 3, outcomes: null });
    expect(h.notMeeting.count).toEqual({ count: 1, of: 2 });
    expect(h.notMeeting.list).toEqual([
      {
        mentorshipId: pairIds.p2,
        menteeName: 'Cleo Mentee',
        mentorName: 'Dev Mentor',
        lastMetOn: '2026-01-14',
        cadence: 'weekly',
        daysSince: 47,
        nudgedToday: false,
      },
    ]);
    expect(h.closureReasons).toContainEqual({ reason: 'goals-reached', count: 1 });
    expect(h.closureReasons.reduce((n, r) => n + r.count, 0)).toBe(1);
    expect(h.breakdown).toBeNull();
  });

  it('charts nine weeks by their Mondays', async () => {
    const { weeks } = await health();
    expect(weeks.map((w) => w.week)).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
      '2026-02-16',
      '2026-02-23',
      '2026-03-02',
    ]);
    const byWeek = Object.fromEntries(weeks.map(({ week, ...rest }) => [week, rest]));
    expect(byWeek['2026-01-05']).toEqual({
      sessionsHeld: 1,
      prepOnTime: 1,
      reviews: 2,
      goalMet: 1,
    });
    expect(byWeek['2026-01-12']).toEqual({
      sessionsHeld: 2,
      prepOnTime: 2,
      reviews: 1,
      goalMet: 1,
    });
    expect(byWeek['2026-01-19']).toEqual({
      sessionsHeld: 1,
      prepOnTime: 0,
      reviews: 2,
      goalMet: 1,
    });
    expect(byWeek['2026-02-23']).toEqual({
      sessionsHeld: 1,
      prepOnTime: 0,
      reviews: 1,
      goalMet: 1,
    });
    expect(byWeek['2026-01-26']).toEqual({
      sessionsHeld: 0,
      prepOnTime: 0,
      reviews: 0,
      goalMet: 0,
    });
  });

  it('narrows to a period', async () => {
    const h = await health('?from=2026-01-12&to=2026-01-25');
    expect(h.sessions.held).toBe(3);
    expect(h.prepOnTime).toEqual({ count: 2, of: 3 });
    expect(h.goalMet.rate).toEqual({ count: 2, of: 3 });
    expect(h.actionItems).toEqual({ done: { count: 1, of: 2 }, open: 1, dropped: 1 });
    expect(h.closureReasons.reduce((n, r) => n + r.count, 0)).toBe(0);
    expect(h.weeks.map((w) => w.week)).toEqual(['2026-01-12', '2026-01-19']);
  });

  it('refuses a period that ends before it starts, or is longer than two years', async () => {
    const backwards = await call(
      t.app,
      'GET',
      `/api/cohorts/${cohortId}/health?from=2026-02-01&to=2026-01-01`,
      { cookie: admin.cookie },
    );
    expect(backwards.statusCode).toBe(400);
    expect(Object.values(backwards.json().error.fields).join()).toMatch(/before its start/);
    const long = await call(
      t.app,
      'GET',
      `/api/cohorts/${cohortId}/health?from=2020-01-01&to=2026-01-01`,
      { cookie: admin.cookie },
    );
    expect(long.statusCode).toBe(400);
  });

  it('answers anyone but the program’s admins with the 404 of an unknown cohort', async () => {
    for (const who of [otherAdmin, people.ana as BuiltUser]) {
      const res = await call(t.app, 'GET', `/api/cohorts/${cohortId}/health`, {
        cookie: who.cookie,
      });
      expect(res.statusCode).toBe(404);
    }
    const unknown = await call(
      t.app,
      'GET',
      '/api/cohorts/00000000-0000-4000-8000-000000000000/health',
      { cookie: admin.cookie },
    );
    expect(unknown.statusCode).toBe(404);
  });
});

describe('fit-check outcomes', () => {
  it('reads only rounds already revealed to the pair', () => {
    const pair = {
      id: 'p',
      menteeId: 'ana',
      mentorId: 'ben',
      fitCheckEvery: 3,
    } as Parameters<typeof latestRevealedOutcome>[0];
    const held = ['2026-01-07', '2026-01-21', '2026-02-25'].map((d) => ({
      id: d,
      mentorshipId: 'p',
      startsAt: at(d),
      durationMinutes: 60,
      status: 'scheduled',
      prepSharedAt: null,
    }));
    const answer = (round: number, authorId: string, value: string, day: string) => ({
      mentorshipId: 'p',
      round,
      authorId,
      answer: value,
      answeredAt: at(day),
    });
    const answers = [
      answer(1, 'ana', 'continue', '2026-01-08'),
      answer(1, 'ben', 'adjust', '2026-01-09'),
      answer(2, 'ana', 'wind-down', '2026-02-26'),
    ];
    // Round 2 is open and only Ana answered: her "wind down" stays hers until it is revealed.
    expect(latestRevealedOutcome(pair, held, answers, NOW)).toBe('adjust');
    // Seven days after round 2 opened it is revealed to the pair, and counts.
    expect(latestRevealedOutcome(pair, held, answers, new Date('2026-03-04T12:00:00Z'))).toBe(
      'wind-down',
    );
    expect(latestRevealedOutcome(pair, held.slice(0, 1), [], NOW)).toBe('no-answer');
    expect(latestRevealedOutcome(pair, [], [], NOW)).toBeNull();
  });
});

/** RFC 4180, strictly: quoted fields, doubled quotes, CRLF records, nothing else tolerated. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += text[i];
        i += 1;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`stray quote at ${i}`);
        value += text[i];
        i += 1;
      }
    }
    row.push(value);
    if (text[i] === ',') {
      i += 1;
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`expected a comma or CRLF at ${i}`);
    }
  }
  if (row.length) throw new Error('the last record has no CRLF');
  return rows;
}

describe('GET /api/cohorts/:cohortId/health.csv', () => {
  it('is one RFC 4180 row per pair, with formulas defused', async () => {
    const res = await call(t.app, 'GET', `/api/cohorts/${cohortId}/health.csv`, {
      cookie: admin.cookie,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="spring-2026-health-2026-03-02.csv"',
    );
    expect(res.body).not.toMatch(/[^\r]\n/);
    const rows = parseCsv(res.body);
    expect(rows[0]).toEqual([
      'Mentee',
      'Mentor',
      'Pair started',
      'Status',
      'Sessions held',
      'Prep shared on time',
      'Goal met: yes',
      'Goal met: partly',
      'Goal met: no',
      'Action items done',
      'Action items open',
      'Last met',
      'Closure reason',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.length === 13)).toBe(true);
    const byMentor = Object.fromEntries(rows.slice(1).map((row) => [row[1], row]));
    expect(byMentor['Ben Mentor']).toEqual([
      '\'=HYPERLINK("x"), Ana',
      'Ben Mentor',
      '2026-01-05',
      'Ongoing',
      '3',
      '1',
      '3',
      '1',
      '1',
      '1',
      '1',
      '2026-02-25',
      '',
    ]);
    expect(byMentor['Dev Mentor']?.slice(4)).toEqual([
      '1',
      '1',
      '0',
      '0',
      '0',
      '1',
      '0',
      '2026-01-14',
      '',
    ]);
    expect(byMentor['Fay Mentor']?.[3]).toBe('Ended');
    expect(byMentor['Fay Mentor']?.[12]).toBe('The goals were reached');
    expect(res.body).toContain('"\'=HYPERLINK(""x""), Ana"');
  });

  it('quotes and defuses each kind of cell', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    for (const start of ['=', '+', '-', '@']) expect(csvField(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField(-3)).toBe('-3');
    expect(csvField('Zoë')).toBe('Zoë');
  });

  it('is a 404 for another program’s admin', async () => {
    const res = await call(t.app, 'GET', `/api/cohorts/${cohortId}/health.csv`, {
      cookie: otherAdmin.cookie,
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('POST /api/cohorts/:cohortId/nudges', () => {
  const nudge = (mentorshipIds: string[], as = admin) =>
    call(t.app, 'POST', `/api/cohorts/${cohortId}/nudges`, {
      cookie: as.cookie,
      body: { mentorshipIds },
    });
  const nudgeRows = () =>
    t.database.db.select().from(reminders).where(eq(reminders.type, 'program-nudge'));

  it('refuses pairs that meet within their rhythm or belong elsewhere, sending nothing', async () => {
    const meeting = await nudge([pairIds.p2, pairIds.p1]);
    expect(meeting.statusCode).toBe(409);
    const elsewhere = await nudge([pairIds.p2, pairIds.other]);
    expect(elsewhere.statusCode).toBe(404);
    expect(await nudgeRows()).toHaveLength(0);
    const outsider = await nudge([pairIds.p2], otherAdmin);
    expect(outsider.statusCode).toBe(404);
    expect(await nudgeRows()).toHaveLength(0);
  });

  it('nudges both people once a day, however often it is asked', async () => {
    const first = await nudge([pairIds.p2]);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ nudged: 1, alreadyNudgedToday: 0 });
    const again = await nudge([pairIds.p2, pairIds.p2]);
    expect(again.json()).toEqual({ nudged: 0, alreadyNudgedToday: 1 });
    const rows = await nudgeRows();
    expect(rows.map((r) => r.recipientId).sort()).toEqual(
      [people.cleo?.user.id, people.dev?.user.id].sort(),
    );
    expect((await health()).notMeeting.list[0]?.nudgedToday).toBe(true);

    const message = sent(
      await compose(t, 'program-nudge', people.cleo as BuiltUser, pairIds.p2, NOW),
    );
    expect(message.title, message.title).toMatch(/how are things with Dev\?/);
    expect(message.body).toMatch(/last met on/);
    expect(message.link).toBe(`/mentorships/${pairIds.p2}`);

    // The next day it may go again.
    clock.set('2026-03-03T12:00:00Z');
    try {
      expect((await nudge([pairIds.p2])).json()).toEqual({ nudged: 1, alreadyNudgedToday: 0 });
    } finally {
      clock.set(NOW);
    }
  });

  it('is skipped when the pair planned a session after the nudge', async () => {
    await buildPairSession(
      t.database.db,
      { id: pairIds.p2, menteeId: people.cleo?.user.id ?? '', mentorId: people.dev?.user.id ?? '' },
      at('2026-03-09'),
    );
    const reason = skipped(
      await compose(t, 'program-nudge', people.dev as BuiltUser, `${pairIds.p2}:2026-03-02`, NOW),
    );
    expect(reason).toMatch(/planned/);
  });
});

describe('experience breakdown', () => {
  let breakdownCohort: string;
  beforeAll(async () => {
    const { db } = t.database;
    const program = await buildProgram(db, admin.user.id);
    const cohort = await buildCohort(db, program.id, { startsOn: '2026-02-02' });
    breakdownCohort = cohort.id;
    const members: BuiltUser[] = [];
    for (let i = 0; i < 10; i += 1) {
      members.push(await buildUser(t.app.auth, { name: `Member ${i}` }));
    }
    const ids = members.map((m) => m.user.id);
    // m0 (mentee) and m5 (mentor) are a pair with one held session that m0 says met its goal.
    const pair = await buildCohortPair(db, cohort.id, ids[0] as string, ids[5] as string, {
      startedAt: at('2026-02-02'),
    });
    for (const [index, userId] of ids.entries()) {
      if (index !== 0 && index !== 5) await addMember(db, cohort.id, userId, 'mentee');
    }
    await buildPairSession(db, pair, at('2026-02-04'), { menteeGoalMet: 'yes' });
    const offer = (
      userIds: (string | undefined)[],
      experience: string,
      programUse = true,
      label = '',
    ) =>
      db.insert(profileExperiences).values(
        userIds.map((userId) => ({
          userId: userId as string,
          experience,
          label,
          scope: 'public',
          programUse,
        })),
      );
    await offer(ids.slice(0, 5), 'parent'); // 5 of 10: shown, and so is everyone else (5)
    await offer(ids.slice(0, 4), 'veteran'); // 4: hidden
    await offer(ids.slice(0, 5), 'immigrant'); // 5 counted…
    await offer(ids.slice(5, 7), 'immigrant', false); // …these two did not offer it
    await offer(ids.slice(0, 6), 'lgbtqia'); // 6, leaving 4 others: both hidden
    await offer(ids.slice(0, 5), 'free:my-own-words', true, 'My own words canary');
    // Four members and someone outside the cohort: still four here.
    const outsider = await buildUser(t.app.auth);
    await offer(ids.slice(0, 4), 'disability');
    await offer([outsider.user.id], 'disability');
  });

  it('shows groups of 5 and more beside everyone else, hides the rest in words only', async () => {
    const res = await call(
      t.app,
      'GET',
      `/api/cohorts/${breakdownCohort}/health?breakdown=experience`,
      { cookie: admin.cookie },
    );
    expect(res.statusCode, res.body).toBe(200);
    const { breakdown } = res.json() as CohortHealth;
    expect(breakdown?.people).toBe(10);
    const group = (id: string) => breakdown?.groups.find((g) => g.experience === id);
    expect(group('parent')).toEqual({
      experience: 'parent',
      label: 'Parent or carer',
      group: {
        people: 5,
        inActivePair: { count: 1, of: 5 },
        sessionsPerPerson: 0.2,
        goalMet: { count: 1, of: 1 },
      },
      everyoneElse: {
        people: 5,
        inActivePair: { count: 1, of: 5 },
        sessionsPerPerson: 0.2,
        goalMet: { count: 0, of: 0 },
      },
    });
    expect(group('immigrant')?.group?.people).toBe(5);
    for (const hidden of ['veteran', 'lgbtqia', 'disability', 'neurodivergent']) {
      expect(group(hidden)?.group, hidden).toBeNull();
      expect(group(hidden)?.everyoneElse, hidden).toBeNull();
    }
    expect(breakdown?.groups.every((g) => !g.experience.startsWith('free'))).toBe(true);
    expect(res.body).not.toContain('My own words');
    expect(res.body).not.toContain('my-own-words');
  });
});
