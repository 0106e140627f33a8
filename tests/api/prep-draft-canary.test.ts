import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFeeds } from '../../server/db/schema/calendar.ts';
import { buildPrep, buildSession } from '../factories/mentorship.ts';
import { buildPairFixture, type PairFixture } from '../setup/pair-fixture.ts';
import { apiRoutes } from '../setup/route-probe.ts';
import { call, createTestApp, type TestApp } from '../setup/test-app.ts';

/**
 * A mentee's prep is theirs until they share it. Canaries are planted in every part of an
 * unshared draft (goal, question, link title, address and note); every GET route of the app,
 * pointed at that session, is then called as the mentor, a participant of another pair, a
 * stranger and anonymous — including the mentor's calendar feed — and none may show a canary.
 */
const canary = (part: string) => `draft-${part}-${randomBytes(5).toString('hex')}`;
const CANARIES = {
  goal: canary('goal'),
  question: canary('question'),
  title: canary('title'),
  note: canary('note'),
  url: canary('url'),
};
const ALL = Object.values(CANARIES);

let t: TestApp;
let pair: PairFixture;
let draftSessionId: string;
let mentorFeedToken: string;

beforeAll(async () => {
  t = await createTestApp();
  pair = await buildPairFixture(t.app, t.database.db);
  const draft = await buildSession(t.database.db, pair.mentorship.id, {
    startsAt: new Date(Date.now() + 5 * 86_400_000),
  });
  draftSessionId = draft.id;
  await buildPrep(t.database.db, draft.id, {
    goal: `Decide between two offers (${CANARIES.goal})`,
    questions: [`Which offer grows me more? ${CANARIES.question}`],
    resources: [
      {
        title: `Offer letter ${CANARIES.title}`,
        url: `https://example.test/${CANARIES.url}`,
        note: `Salary details ${CANARIES.note}`,
      },
    ],
    shared: false,
  });
  mentorFeedToken = randomBytes(32).toString('base64url');
  await t.database.db
    .insert(calendarFeeds)
    .values({ userId: pair.mentor.user.id, token: mentorFeedToken });
});
afterAll(() => t.close());

const leaks = (body: string) => ALL.filter((c) => body.includes(c));

function getUrls(feedToken: string): string[] {
  return apiRoutes(t.app.routeTable)
    .filter((route) => route.method === 'GET')
    .map((route) => pair.fillParams(route.url, { sessionId: draftSessionId, feedToken }));
}

describe('an unshared prep draft', () => {
  it('is seen by the mentee who wrote it (so this test can fail)', async () => {
    const res = await call(t.app, 'GET', `/api/sessions/${draftSessionId}/prep`, {
      cookie: pair.mentee.cookie,
    });
    expect(res.statusCode).toBe(200);
    expect(leaks(res.body).sort()).toEqual([...ALL].sort());
  });

  it('never reaches the mentor, another pair, a stranger or anyone signed out', async () => {
    // Feed routes take the mentor's secret: the mentee's own feed rightly holds her draft.
    const viewers: [string, string | undefined][] = [
      ['the mentor', pair.mentor.cookie],
      ['another pair', pair.otherMentee.cookie],
      ['anonymous', undefined],
    ];
    let checked = 0;
    for (const [viewer, cookie] of viewers) {
      for (const url of getUrls(mentorFeedToken)) {
        const res = await call(t.app, 'GET', url, { cookie });
        expect(leaks(res.body), `${viewer}: GET ${url} → ${res.statusCode}`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(viewers.length);
  });
});
