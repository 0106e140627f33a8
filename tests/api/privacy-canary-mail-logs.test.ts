import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DestinationStream } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, outboxMails } from '../../server/db/schema/notifications.ts';
import {
  buildWorld,
  NOW,
  planInterview,
  score,
  type World,
} from '../../server/features/interviews/interview-test-world.ts';
import { composers } from '../../server/features/notifications/composers/all-composers.ts';
import { runDueReminders } from '../../server/features/notifications/reminder-worker.ts';
import { type BuiltUser, buildUser } from '../factories/user.ts';
import {
  call,
  createTestApp,
  TEST_AUTH_SECRET,
  TEST_BASE_URL,
  type TestApp,
} from '../setup/test-app.ts';
import { createTestClock, DAY, HOUR } from '../setup/test-clock.ts';

/**
 * What is private stays out of every mail, in-app notification, calendar file and log line.
 * Canaries are planted over the API in every private field of a pair (private notes, review
 * reflections, a fit-check note the other side has not answered yet, an unshared prep draft,
 * matching-only and private experiences, a mentee's wished experiences) and of a program (a
 * reviewer's draft scorecard), beside the secrets in invite links. Every notification type the
 * changes schedule is then sent by the real composers with the clock moved on for weeks; each
 * mail (subject, text, HTML, calendar file) and notification may carry only its own recipient's
 * canaries. The server logs at `debug` throughout, including requests that fail validation with
 * a canary in their body: no log line may carry a canary or a link secret.
 */
const tag = () => randomBytes(5).toString('hex');
const canary = (what: string) => `canary-${what}-${tag()}`;

const C = {
  mentorMatching: canary('matching'),
  mentorPrivate: canary('private'),
  menteeWanted: canary('wanted'),
  anaPrivateNote: canary('ana-private-note'),
  benPrivateNote: canary('ben-private-note'),
  anaReflection: canary('ana-reflection'),
  benReflection: canary('ben-reflection'),
  anaFitNote: canary('ana-fit-note'),
  draftGoal: canary('draft-goal'),
  draftQuestion: canary('draft-question'),
  cleoDraft: canary('cleo-draft'),
  badBody: canary('bad-body'),
};

const tc = createTestClock(NOW);
const logLines: string[] = [];
const logStream: DestinationStream = {
  write(line: string) {
    logLines.push(line);
  },
};

let t: TestApp;
let w: World;
let ana: BuiltUser;
let ben: BuiltUser;
/** Secrets carried by links: invite tokens and calendar feed addresses. */
const secrets: Record<string, string> = {};
/** Who may see each canary: a user id, or an address for people without an account. */
const ownerOf: Record<string, string> = {};
const ids = { mentorship: '', upcoming: '', draftSession: '', held: '', interview: '' };

async function ok(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  who: BuiltUser,
  body?: unknown,
) {
  const res = await call(t.app, method, url, { cookie: who.cookie, body });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
  return res.body ? res.json() : undefined;
}

const at = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();

async function plantPair() {
  ana = await buildUser(t.app.auth, { name: 'Ana Mentee', timeZone: 'Europe/Paris' });
  ben = await buildUser(t.app.auth, { name: 'Ben Mentor', timeZone: 'America/Toronto' });
  await ok('PUT', '/api/me/profile', ben, {
    isMentor: true,
    isMentee: false,
    careerStage: 'senior',
    mentor: {
      headline: 'Backend engineer who likes a good design review',
      stack: ['TypeScript'],
      areas: ['backend'],
      topics: ['interviews'],
      languages: ['en'],
      capacity: 3,
      acceptingRequests: true,
    },
    experiences: [
      { experience: 'free', label: C.mentorMatching, scope: 'matching' },
      { experience: 'free', label: C.mentorPrivate, scope: 'private' },
    ],
  });
  await ok('PUT', '/api/me/profile', ana, {
    isMentor: false,
    isMentee: true,
    mentee: { wantStack: ['TypeScript'] },
    wantedExperiences: [{ experience: 'free', label: C.menteeWanted }],
  });
  for (const key of ['mentorMatching', 'mentorPrivate', 'benPrivateNote', 'benReflection']) {
    ownerOf[C[key as keyof typeof C]] = ben.user.id;
  }
  for (const key of [
    'menteeWanted',
    'anaPrivateNote',
    'anaReflection',
    'anaFitNote',
    'draftGoal',
    'draftQuestion',
  ]) {
    ownerOf[C[key as keyof typeof C]] = ana.user.id;
  }

  const goal = await ok('POST', '/api/goals', ana, {
    title: 'Pass a senior backend interview',
    category: 'interviews',
    successCriterion: 'An offer from one of the companies I applied to.',
  });
  const mentorship = await ok('POST', '/api/mentorships', ana, {
    mentorId: ben.user.id,
    goalIds: [goal.id],
    message: 'I would like help with system design rounds before my interviews in the spring.',
  });
  ids.mentorship = mentorship.id;
  await ok('POST', `/api/mentorships/${mentorship.id}/accept`, ben, {});

  // A session they had: notes, reviews, and a fit check only Ana answered.
  const held = await ok('POST', '/api/sessions', ana, {
    mentorshipId: mentorship.id,
    startsAt: at(-26 * HOUR),
    durationMinutes: 60,
    held: true,
  });
  ids.held = held.id;
  await ok('PUT', `/api/sessions/${held.id}/notes/private`, ana, {
    baseVersion: 0,
    body: `Nervous about the offer. ${C.anaPrivateNote}`,
  });
  await ok('PUT', `/api/sessions/${held.id}/notes/private`, ben, {
    baseVersion: 0,
    body: `Ana undersells herself. ${C.benPrivateNote}`,
  });
  for (const [who, reflection] of [
    [ana, C.anaReflection],
    [ben, C.benReflection],
  ] as const) {
    await ok('PUT', `/api/sessions/${held.id}/review`, who, {
      goalMet: 'partly',
      whyNot: 'We ran out of time for the last question.',
      nextSteps: 'Practise one design a week.',
      privateReflection: `Thinking it over. ${reflection}`,
    });
  }
  await ok('PUT', `/api/mentorships/${mentorship.id}/fit-check`, ana, {
    round: 1,
    answer: 'adjust',
    note: `I would like more structure. ${C.anaFitNote}`,
  });
  await ok('POST', `/api/mentorships/${mentorship.id}/action-items`, ben, {
    title: 'Sketch a URL shortener design',
    ownerRole: 'mentee',
    sessionId: held.id,
    dueDate: at(3 * DAY).slice(0, 10),
  });

  // The next session, moved once; prep shared. Another, whose prep stays an unshared draft.
  const upcoming = await ok('POST', '/api/sessions', ana, {
    mentorshipId: mentorship.id,
    startsAt: at(4 * DAY),
    durationMinutes: 60,
    location: 'https://meet.example.test/ana-ben',
  });
  ids.upcoming = upcoming.id;
  await ok('POST', `/api/sessions/${upcoming.id}/reschedule`, ana, {
    startsAt: at(5 * DAY),
    reason: 'A clash at work on the first date.',
  });
  await ok('PUT', `/api/sessions/${upcoming.id}/prep/goal`, ana, {
    goal: 'Walk through a design end to end',
  });
  await ok('POST', `/api/sessions/${upcoming.id}/prep/questions`, ana, {
    text: 'How deep should the storage part go?',
  });
  await ok('POST', `/api/sessions/${upcoming.id}/prep/share`, ana, {});

  const draft = await ok('POST', '/api/sessions', ana, {
    mentorshipId: mentorship.id,
    startsAt: at(12 * DAY),
    durationMinutes: 45,
  });
  ids.draftSession = draft.id;
  await ok('PUT', `/api/sessions/${draft.id}/prep/goal`, ana, {
    goal: `Decide between two offers ${C.draftGoal}`,
  });
  await ok('POST', `/api/sessions/${draft.id}/prep/questions`, ana, {
    text: `Which offer grows me more? ${C.draftQuestion}`,
  });
  const cancelled = await ok('POST', '/api/sessions', ben, {
    mentorshipId: mentorship.id,
    startsAt: at(8 * DAY),
    durationMinutes: 30,
  });
  await ok('POST', `/api/sessions/${cancelled.id}/cancel`, ben, {
    reason: 'I am travelling that week, sorry.',
  });

  // An informal mentorship offered by mail: its link is a secret for the invitee alone.
  const invited = await ok('POST', '/api/mentorships/invitations', ben, {
    inviteeRole: 'mentee',
    email: 'friend-of-ben@example.test',
    message: 'We met at the meetup last week; I would be glad to mentor you on backend work.',
  });
  secrets.mentorshipInvite = new URL(invited.inviteUrl).pathname.split('/').pop() ?? '';
  ownerOf[secrets.mentorshipInvite] = 'friend-of-ben@example.test';
  await ok('GET', `/api/invitations/${secrets.mentorshipInvite}`, ana);
}

async function plantProgram() {
  w = await buildWorld(t);
  ownerOf[C.cleoDraft] = w.reviewerB.user.id;
  // A reviewer invited by mail, who accepts through the link: both carry the secret.
  const invite = await ok('POST', `/api/programs/${w.programId}/invites`, w.admin, {
    role: 'reviewer',
    email: 'new-reviewer@example.test',
  });
  secrets.programInvite = (invite.inviteUrl as string).split('/program-invites/')[1] ?? '';
  const newcomer = await buildUser(t.app.auth, {
    name: 'Nia Newcomer',
    email: 'new-reviewer@example.test',
  });
  ownerOf[secrets.programInvite] = newcomer.user.id;
  await ok('GET', `/api/program-invites/${secrets.programInvite}`, newcomer);
  await ok('POST', `/api/program-invites/${secrets.programInvite}/accept`, newcomer, {});

  ids.interview = await planInterview(t, w, [w.reviewerA, w.reviewerB]);
  await ok('PUT', `/api/interviews/${ids.interview}/scorecard`, w.reviewerB, {
    scores: [{ criterionId: w.criteria[0]?.id, score: 2, note: `First thought ${C.cleoDraft}` }],
    notes: `Not sure yet. ${C.cleoDraft}`,
  });
  await score(t, w, ids.interview, w.reviewerA, [4, 4, 3], { notes: 'Clear and kind.' });
  await ok('PATCH', `/api/interviews/${ids.interview}`, w.admin, { startsAt: at(7 * DAY) });
  await ok('POST', `/api/applications/${w.applicationId}/decision`, w.admin, {
    outcome: 'accepted',
    reason: 'Your plan is clear and realistic.',
  });
}

/**
 * Requests that fail validation, each with a canary where a private field would be, and a search
 * whose words are the canary.
 */
async function failWithCanaries() {
  const bad: [string, string, unknown][] = [
    ['PUT', `/api/sessions/${ids.held}/notes/private`, { baseVersion: -1, body: C.badBody }],
    [
      'PUT',
      `/api/sessions/${ids.held}/review`,
      { goalMet: C.badBody, privateReflection: C.badBody },
    ],
    [
      'PUT',
      `/api/mentorships/${ids.mentorship}/fit-check`,
      { round: 1, answer: C.badBody, note: C.badBody },
    ],
    ['POST', '/api/goals', { title: C.badBody, category: C.badBody, [C.badBody]: C.badBody }],
    ['PUT', '/api/me/profile', { isMentor: C.badBody, experiences: [{ label: C.badBody }] }],
    ['PUT', `/api/interviews/${ids.interview}/scorecard`, { scores: [{ criterionId: C.badBody }] }],
    ['GET', `/api/mentors?q=${C.badBody}&stack=${C.badBody}`, undefined],
  ];
  for (const [method, url, body] of bad) {
    const res = await call(t.app, method as 'PUT', url, { cookie: ana.cookie, body });
    // A search may well answer (with nothing): what matters is that its words are not logged.
    if (method !== 'GET') {
      expect(res.statusCode, `${method} ${url}`).toBeGreaterThanOrEqual(400);
    }
  }
  // A body that is not JSON at all, with the canary where the parser trips.
  const broken = await t.app.inject({
    method: 'POST',
    url: '/api/goals',
    headers: { cookie: ana.cookie, origin: TEST_BASE_URL, 'content-type': 'application/json' },
    payload: `{"title": ${C.badBody}}`,
  });
  expect(broken.statusCode).toBe(400);
}

/** Sends everything that falls due over the next six weeks, a few hours at a time. */
async function sendEverythingDue() {
  const deps = {
    db: t.database.db,
    composers,
    mailer: null,
    clock: tc.clock,
    baseUrl: TEST_BASE_URL,
    authSecret: TEST_AUTH_SECRET,
  };
  for (let step = 0; step < 6 * 7 * 4; step += 1) {
    for (;;) {
      const summary = await runDueReminders(deps);
      if (summary.claimed === 0) break;
    }
    tc.advance(6 * HOUR);
  }
}

beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock, logLevel: 'debug', logStream });
  await plantPair();
  await plantProgram();
  for (const [key, who] of [
    ['anaFeed', () => ana],
    ['benFeed', () => ben],
    ['reviewerFeed', () => w.reviewerA],
    ['candidateFeed', () => w.candidate],
  ] as const) {
    const feed = await ok('POST', '/api/me/calendar-feed', who(), {});
    secrets[key] =
      new URL(feed.url).pathname
        .split('/')
        .pop()
        ?.replace(/\.ics$/, '') ?? '';
    ownerOf[secrets[key] ?? ''] = who().user.id;
  }
  await failWithCanaries();
  await sendEverythingDue();
}, 240_000);
afterAll(() => t?.close());

/** Canaries and secrets in `text` that `recipient` may not see. */
function foreignIn(text: string, recipient: string | null): string[] {
  const lower = text.toLowerCase();
  return [...Object.values(C), ...Object.values(secrets)].filter(
    (needle) => lower.includes(needle.toLowerCase()) && ownerOf[needle] !== recipient,
  );
}

describe('privacy canary across mail, notifications, calendar files and logs', () => {
  it('planted canaries and secrets in every field, and the owners see theirs (so this can fail)', async () => {
    const own = await call(t.app, 'GET', `/api/sessions/${ids.held}/notes`, { cookie: ana.cookie });
    expect(own.body).toContain(C.anaPrivateNote);
    const draft = await call(t.app, 'GET', `/api/sessions/${ids.draftSession}/prep`, {
      cookie: ana.cookie,
    });
    expect(draft.body).toContain(C.draftGoal);
    const scorecard = await call(t.app, 'GET', `/api/interviews/${ids.interview}`, {
      cookie: w.reviewerB.cookie,
    });
    expect(scorecard.body).toContain(C.cleoDraft);
    expect(Object.keys(secrets).sort()).toEqual(
      [
        'anaFeed',
        'benFeed',
        'candidateFeed',
        'mentorshipInvite',
        'programInvite',
        'reviewerFeed',
      ].sort(),
    );
  });

  it('every mail carries only what its recipient may see (subject, text, HTML, calendar file)', async () => {
    const mails = await t.database.db.select().from(outboxMails);
    const types = new Set(mails.map((m) => m.type));
    // The scene triggers most types; print which, so a gap is visible.
    console.info(
      `privacy canary: ${mails.length} mails of ${types.size} types: ${[...types].sort().join(', ')}`,
    );
    expect(types.size).toBeGreaterThanOrEqual(12);
    const withIcs = mails.filter((m) => m.ics);
    expect(withIcs.length).toBeGreaterThan(0);
    const invitations = mails.filter((m) => m.type === 'invitation' || m.type === 'program-invite');
    expect(invitations.length).toBeGreaterThan(0);
    for (const mail of mails) {
      const recipient = mail.userId ?? mail.toAddress;
      const all = [mail.subject, mail.text, mail.html, mail.ics ?? ''].join('\n');
      expect(foreignIn(all, recipient), `${mail.type} mail to ${mail.toAddress}`).toEqual([]);
    }
  });

  it('every in-app notification carries only what its recipient may see', async () => {
    const rows = await t.database.db.select().from(notifications);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const all = [row.title, row.body, row.link].join('\n');
      expect(foreignIn(all, row.userId), `${row.type} notification`).toEqual([]);
    }
  });

  it('each calendar feed and each session calendar file carries only its owner’s words', async () => {
    const feeds: [string, string][] = [
      ['anaFeed', ana.user.id],
      ['benFeed', ben.user.id],
      ['reviewerFeed', w.reviewerA.user.id],
      ['candidateFeed', w.candidate.user.id],
    ];
    for (const [key, owner] of feeds) {
      const res = await call(t.app, 'GET', `/api/calendar/${secrets[key]}.ics`);
      expect(res.statusCode, key).toBe(200);
      expect(res.body).toContain('BEGIN:VCALENDAR');
      expect(foreignIn(res.body, owner), key).toEqual([]);
    }
    for (const session of [ids.upcoming, ids.draftSession, ids.held]) {
      for (const who of [ana, ben]) {
        const res = await call(t.app, 'GET', `/api/sessions/${session}/calendar.ics`, {
          cookie: who.cookie,
        });
        expect(res.statusCode).toBe(200);
        expect(foreignIn(res.body, who.user.id), `${who.user.name}: ${session}.ics`).toEqual([]);
      }
    }
  });

  it('no log line carries a canary or a link secret, whatever the request or its outcome', async () => {
    // Requests that carry secrets in their address, after the sweep above.
    await call(t.app, 'GET', `/api/calendar/${secrets.anaFeed}.ics`);
    await call(t.app, 'GET', `/unsubscribe/${secrets.anaFeed}`);
    // A database error as the error handler logs it: the values of the statement stay out.
    const failed = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.id, C.badBody))
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    expect(String((failed as Error).message)).toContain(C.badBody);
    t.app.log.error({ err: failed }, 'request failed');
    expect(logLines.length).toBeGreaterThan(100);
    const levels = new Set(logLines.map((line) => JSON.parse(line).level));
    expect(levels.has(20) || levels.has(30)).toBe(true);
    const leaked = logLines.flatMap((line) => {
      const lower = line.toLowerCase();
      const found = [...Object.values(C), ...Object.values(secrets)].filter((needle) =>
        lower.includes(needle.toLowerCase()),
      );
      return found.length ? [`${found.join(', ')} in ${line.slice(0, 300)}`] : [];
    });
    expect(leaked).toEqual([]);
  });
});
