import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitCheckAnswers } from '../../server/db/schema/accountability.ts';
import { privateNotes, sessionReviews } from '../../server/db/schema/session-records.ts';
import { buildPairFixture, type PairFixture } from '../setup/pair-fixture.ts';
import { apiRoutes } from '../setup/route-probe.ts';
import { call, createTestApp, type TestApp } from '../setup/test-app.ts';

/**
 * What each person writes for themselves alone: private notes, the private reflection of a
 * review, and a fit-check answer before its reveal. Canaries are planted for both people of a
 * pair; then every GET route of the app (found in its route table, so routes added later are
 * covered too, exports included) is called as each person, another pair and anonymous, pointed
 * at the session the canaries belong to. Nobody may ever see a canary that is not their own.
 */
const canary = (part: string) => `canary-${part}-${randomBytes(5).toString('hex')}`;
const MENTEE = {
  note: canary('mentee-private-note'),
  reflection: canary('mentee-reflection'),
  fitCheck: canary('mentee-fit-check'),
};
const MENTOR = {
  note: canary('mentor-private-note'),
  reflection: canary('mentor-reflection'),
};
const ALL = [...Object.values(MENTEE), ...Object.values(MENTOR)];

let t: TestApp;
let pair: PairFixture;

beforeAll(async () => {
  t = await createTestApp();
  pair = await buildPairFixture(t.app, t.database.db);
  const db = t.database.db;
  const sessionId = pair.pastSession.id;
  const menteeId = pair.mentee.user.id;
  const mentorId = pair.mentor.user.id;
  await db.insert(privateNotes).values([
    { sessionId, authorId: menteeId, body: `I felt nervous about ${MENTEE.note}`, version: 1 },
    { sessionId, authorId: mentorId, body: `Ana seems unsure; ${MENTOR.note}`, version: 1 },
  ]);
  await db.insert(sessionReviews).values([
    {
      sessionId,
      authorId: menteeId,
      goalMet: 'partly',
      whyNot: 'We ran out of time for the second question.',
      nextSteps: 'Rewrite the introduction.',
      privateReflection: `I should ask sooner. ${MENTEE.reflection}`,
    },
    {
      sessionId,
      authorId: mentorId,
      goalMet: 'yes',
      nextSteps: 'Review the rewrite next time.',
      privateReflection: `Talk less, listen more. ${MENTOR.reflection}`,
    },
  ]);
  // Round 1 opened when the past session ended; only Ana has answered, so nothing is revealed.
  await db.insert(fitCheckAnswers).values({
    mentorshipId: pair.mentorship.id,
    round: 1,
    authorId: menteeId,
    answer: 'adjust',
    note: `Could we meet less often? ${MENTEE.fitCheck}`,
  });
});
afterAll(() => t.close());

const found = (body: string) => ALL.filter((c) => body.includes(c));

/** Every GET route, with its ids taken from the pair and its session ids from the past session. */
function getUrls(): string[] {
  return apiRoutes(t.app.routeTable)
    .filter((route) => route.method === 'GET')
    .map((route) => pair.fillParams(route.url, { sessionId: pair.pastSession.id }));
}

async function seenBy(cookie: string | undefined): Promise<Map<string, string[]>> {
  const seen = new Map<string, string[]>();
  for (const url of getUrls()) {
    const res = await call(t.app, 'GET', url, { cookie });
    const hits = found(res.body);
    if (hits.length) seen.set(`GET ${url} → ${res.statusCode}`, hits);
  }
  return seen;
}

const union = (seen: Map<string, string[]>) => [...new Set([...seen.values()].flat())].sort();

describe('private notes, private reflections and unrevealed fit-check answers', () => {
  it('reach their own author somewhere (so this test can fail)', async () => {
    expect(union(await seenBy(pair.mentee.cookie))).toEqual(
      [MENTEE.note, MENTEE.reflection, MENTEE.fitCheck].sort(),
    );
    expect(union(await seenBy(pair.mentor.cookie))).toEqual(
      [MENTOR.note, MENTOR.reflection].sort(),
    );
  });

  it('never reach the other participant, another pair or anyone signed out', async () => {
    const viewers: [string, string | undefined, string[]][] = [
      ['the mentor', pair.mentor.cookie, Object.values(MENTEE)],
      ['the mentee', pair.mentee.cookie, Object.values(MENTOR)],
      ['another pair', pair.otherMentee.cookie, ALL],
      ['anonymous', undefined, ALL],
    ];
    for (const [viewer, cookie, forbidden] of viewers) {
      const leaks = [...(await seenBy(cookie)).entries()]
        .map(([request, hits]) => [request, hits.filter((c) => forbidden.includes(c))] as const)
        .filter(([, hits]) => hits.length > 0);
      expect(leaks, viewer).toEqual([]);
    }
  });
});
