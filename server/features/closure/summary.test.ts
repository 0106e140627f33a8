import { randomBytes } from 'node:crypto';
import { micromark } from 'micromark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGoal } from '../../../tests/factories/goal.ts';
import { buildMentorship, buildPrep, buildSession } from '../../../tests/factories/mentorship.ts';
import { type BuiltUser, buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY } from '../../../tests/setup/test-clock.ts';
import { actionItems, fitCheckAnswers } from '../../db/schema/accountability.ts';
import {
  privateNotes,
  questionOutcomes,
  sessionNotes,
  sessionReviews,
} from '../../db/schema/session-records.ts';

/**
 * The summary each person downloads holds what they may see and nothing else. Canary strings
 * are planted in every private place (both people's private notes and reflections, unrevealed
 * fit-check notes, an unshared prep draft); each person's JSON and Markdown must contain their
 * own and none of the other's.
 */
const NOW = '2026-11-25T10:00:00.000Z';
const tc = createTestClock(NOW);
const tag = () => randomBytes(5).toString('hex');
const CANARY = {
  menteeNote: `canary-mentee-private-note-${tag()}`,
  menteeReflection: `canary-mentee-reflection-${tag()}`,
  mentorNote: `canary-mentor-private-note-${tag()}`,
  mentorReflection: `canary-mentor-reflection-${tag()}`,
  menteeFit: `canary-mentee-fit-check-${tag()}`,
  mentorFit: `canary-mentor-fit-check-${tag()}`,
  draftGoal: `canary draft goal ${tag()}`,
  draftQuestion: `canary draft question ${tag()}`,
};
const HOSTILE_TITLE = '# <script>alert(1)</script>';

let t: TestApp;
let mentee: BuiltUser;
let mentor: BuiltUser;
let mentorshipId: string;

const at = (offsetMs: number) => new Date(new Date(NOW).getTime() + offsetMs);

beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
  const { db } = t.database;
  mentee = await buildUser(t.app.auth, { name: 'Ama Owusu', timeZone: 'Europe/London' });
  mentor = await buildUser(t.app.auth, { name: 'Sam Reyes', timeZone: 'America/New_York' });
  const goal = await buildGoal(db, mentee.user.id, {
    title: HOSTILE_TITLE,
    successCriterion: 'An offer in hand',
  });
  const m = await buildMentorship(db, mentee.user.id, mentor.user.id, {
    goalIds: [goal.id],
    startedAt: at(-40 * DAY),
  });
  mentorshipId = m.id;
  // First session: prep shared, both reviewed, notes written.
  const first = await buildSession(db, m.id, { startsAt: at(-14 * DAY) });
  const prep = await buildPrep(db, first.id, {
    shared: true,
    goal: 'Leave with a plan for the portfolio rewrite.',
    questions: ['Which projects should lead?'],
  });
  await db.insert(questionOutcomes).values({
    questionId: prep.questions[0]?.id ?? '',
    state: 'covered',
    answer: 'The accessibility audit first',
  });
  await db.insert(sessionNotes).values({
    sessionId: first.id,
    body: '# Take over the page\n\nPlan\n===\n\n<script>alert(2)</script>\n\n- one `<b>`\n\n```\n# inside code\n',
    version: 1,
  });
  await db.insert(privateNotes).values([
    { sessionId: first.id, authorId: mentee.user.id, body: CANARY.menteeNote },
    { sessionId: first.id, authorId: mentor.user.id, body: CANARY.mentorNote },
  ]);
  await db.insert(sessionReviews).values([
    {
      sessionId: first.id,
      authorId: mentee.user.id,
      goalMet: 'partly',
      whyNot: 'We ran out of time',
      nextSteps: 'Rewrite the intro',
      privateReflection: CANARY.menteeReflection,
    },
    {
      sessionId: first.id,
      authorId: mentor.user.id,
      goalMet: 'yes',
      mostUseful: 'Seeing the real portfolio',
      privateReflection: CANARY.mentorReflection,
    },
  ]);
  // Second session: held, but the mentee's prep was never shared.
  const second = await buildSession(db, m.id, { startsAt: at(-7 * DAY) });
  await buildPrep(db, second.id, { goal: CANARY.draftGoal, questions: [CANARY.draftQuestion] });
  // A cancelled one and an upcoming one are not "held".
  await buildSession(db, m.id, { startsAt: at(-3 * DAY), status: 'cancelled' });
  await buildSession(db, m.id, { startsAt: at(3 * DAY) });
  await db.insert(fitCheckAnswers).values([
    {
      mentorshipId: m.id,
      round: 1,
      authorId: mentee.user.id,
      answer: 'adjust',
      note: CANARY.menteeFit,
    },
    {
      mentorshipId: m.id,
      round: 2,
      authorId: mentor.user.id,
      answer: 'wind-down',
      note: CANARY.mentorFit,
    },
  ]);
  await db.insert(actionItems).values([
    { mentorshipId: m.id, title: 'Rewrite the intro', ownerRole: 'mentee', dueDate: '2026-12-01' },
    { mentorshipId: m.id, title: 'Send two examples', ownerRole: 'mentor', status: 'done' },
  ]);
});
afterAll(() => t.close());

const get = (path: string, cookie: string) =>
  call(t.app, 'GET', `/api/mentorships/${mentorshipId}/${path}`, { cookie });

const OWN = {
  mentee: [CANARY.menteeNote, CANARY.menteeReflection],
  mentor: [CANARY.mentorNote, CANARY.mentorReflection],
};
const NEVER = {
  mentee: [CANARY.mentorNote, CANARY.mentorReflection, CANARY.mentorFit, CANARY.menteeFit],
  mentor: [
    CANARY.menteeNote,
    CANARY.menteeReflection,
    CANARY.menteeFit,
    CANARY.mentorFit,
    CANARY.draftGoal,
    CANARY.draftQuestion,
  ],
};

describe('the summary so far (mentorship still under way)', () => {
  it('is available to both, marked as not final, with no appreciations section', async () => {
    const res = await get('summary', mentee.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ final: false, pair: { status: 'active', closedAt: null } });
    const md = await get('summary.md', mentor.cookie);
    expect(md.body).toContain('summary so far');
    expect(md.body).not.toContain('## Appreciations');
  });
});

describe('the final summary', () => {
  beforeAll(async () => {
    const closed = await call(t.app, 'POST', `/api/mentorships/${mentorshipId}/close`, {
      cookie: mentor.cookie,
      body: { reason: 'goals-reached', note: 'It was a joy <3 — **keep going**' },
    });
    expect(closed.statusCode).toBe(200);
    for (const [who, text] of [
      [mentee, 'You made the portfolio feel possible.'],
      [mentor, 'Ama came prepared, every single time.'],
    ] as const) {
      const res = await call(t.app, 'PUT', `/api/mentorships/${mentorshipId}/appreciation`, {
        cookie: who.cookie,
        body: { text },
      });
      expect(res.statusCode).toBe(200);
    }
  });

  for (const side of ['mentee', 'mentor'] as const) {
    it(`gives the ${side} their own private words and none of the other's, in JSON and Markdown`, async () => {
      const cookie = side === 'mentee' ? mentee.cookie : mentor.cookie;
      for (const path of ['summary', 'summary.json', 'summary.md', 'closure']) {
        const res = await get(path, cookie);
        expect(res.statusCode, path).toBe(200);
        for (const canary of NEVER[side]) expect(res.body, `${path} leaks`).not.toContain(canary);
        if (path !== 'closure') {
          for (const canary of OWN[side]) expect(res.body, `${path} misses`).toContain(canary);
        }
      }
    });
  }

  it('shows the mentee their own unshared draft, and the mentor the shared prep only', async () => {
    const forMentee = (await get('summary', mentee.cookie)).json();
    const forMentor = (await get('summary', mentor.cookie)).json();
    expect(forMentee.sessions.map((s: { sessionGoal: string }) => s.sessionGoal)).toEqual([
      'Leave with a plan for the portfolio rewrite.',
      CANARY.draftGoal,
    ]);
    expect(forMentor.sessions.map((s: { sessionGoal: string }) => s.sessionGoal)).toEqual([
      'Leave with a plan for the portfolio rewrite.',
      null,
    ]);
    expect(forMentor.sessions[1].questions).toEqual([]);
  });

  it('holds the pair, goals, held sessions, reviews, tallies, action items and appreciations', async () => {
    const doc = (await get('summary', mentee.cookie)).json();
    expect(doc).toMatchObject({
      final: true,
      timeZone: 'Europe/London',
      me: { name: 'Ama Owusu', role: 'mentee' },
      pair: {
        mentee: 'Ama Owusu',
        mentor: 'Sam Reyes',
        status: 'closed',
        closedAt: NOW,
        closedBy: { who: 'them', name: 'Sam Reyes' },
        closeReason: 'goals-reached',
      },
      goals: [{ title: HOSTILE_TITLE, status: 'active', successCriterion: 'An offer in hand' }],
      goalMet: { mine: { yes: 0, partly: 1, no: 0 }, theirs: { yes: 1, partly: 0, no: 0 } },
    });
    expect(doc.sessions).toHaveLength(2);
    expect(doc.sessions[0].questions).toEqual([
      {
        text: 'Which projects should lead?',
        state: 'covered',
        answer: 'The accessibility audit first',
      },
    ]);
    expect(doc.sessions[0].reviews).toEqual([
      {
        who: 'me',
        name: 'Ama Owusu',
        goalMet: 'partly',
        whyNot: 'We ran out of time',
        mostUseful: '',
        nextSteps: 'Rewrite the intro',
      },
      {
        who: 'them',
        name: 'Sam Reyes',
        goalMet: 'yes',
        whyNot: '',
        mostUseful: 'Seeing the real portfolio',
        nextSteps: '',
      },
    ]);
    expect(doc.actionItems).toEqual([
      {
        title: 'Rewrite the intro',
        owner: { who: 'me', name: 'Ama Owusu', role: 'mentee' },
        dueDate: '2026-12-01',
        status: 'open',
      },
      {
        title: 'Send two examples',
        owner: { who: 'them', name: 'Sam Reyes', role: 'mentor' },
        dueDate: null,
        status: 'done',
      },
    ]);
    expect(doc.appreciations.map((a: { who: string }) => a.who)).toEqual(['me', 'them']);
  });

  it('downloads as files named after the pair and the day it closed', async () => {
    const md = await get('summary.md', mentee.cookie);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.headers['content-disposition']).toBe(
      'attachment; filename="tandem-mentorship-ama-and-sam-2026-11-25.md"',
    );
    const json = await get('summary.json', mentor.cookie);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers['content-disposition']).toBe(
      'attachment; filename="tandem-mentorship-ama-and-sam-2026-11-25.json"',
    );
    expect(json.json().me.role).toBe('mentor');
  });

  it('writes times in the reader’s own zone', async () => {
    // The first session: 11 Nov 2026, 10:00 UTC.
    expect((await get('summary.md', mentee.cookie)).body).toContain(
      '### 1. Wed 11 November 2026, 10:00',
    );
    expect((await get('summary.md', mentor.cookie)).body).toContain(
      '### 1. Wed 11 November 2026, 05:00',
    );
  });

  it('keeps people’s words literal: no heading, script or HTML can come out of them', async () => {
    const md = (await get('summary.md', mentee.cookie)).body;
    const html = micromark(md, { allowDangerousHtml: true });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('# &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    // Only the summary's own headings: h1 title, h2 sections, h3 goals/sessions, h4 parts.
    const headings = [...html.matchAll(/<h([1-6])>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings.filter((h) => h.startsWith('1 '))).toEqual([
      '1 Mentorship summary: Ama Owusu and Sam Reyes',
    ]);
    expect(headings).toContain('3 # &lt;script&gt;alert(1)&lt;/script&gt;');
    // The note's own heading is demoted below its section and stays inside the quote.
    expect(headings).toContain('5 Take over the page');
    expect(html).toMatch(/<blockquote>\s*<h5>Take over the page<\/h5>/);
    // An unclosed code fence in a note does not swallow the rest of the file.
    expect(headings).toContain('2 Action items');
    expect(headings).toContain('2 Appreciations');
    // The closing note is plain text: its stars stay stars.
    expect(html).toContain('**keep going**');
  });
});

describe('before the mentorship started', () => {
  it('has no summary yet: 409 with a clear message', async () => {
    const someone = await buildUser(t.app.auth);
    const pending = await buildMentorship(t.database.db, someone.user.id, mentor.user.id, {
      status: 'pending',
    });
    const res = await call(t.app, 'GET', `/api/mentorships/${pending.id}/summary.md`, {
      cookie: someone.cookie,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/started/);
  });
});
