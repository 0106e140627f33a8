import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrep, buildSession } from '../../../tests/factories/mentorship.ts';
import { buildPrepPair } from '../../../tests/factories/prep-pair.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY } from '../../../tests/setup/test-clock.ts';

const tc = createTestClock('2026-11-25T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

describe('what the brief carries from earlier sessions', () => {
  it('lists every open action item with its owner and lateness, and the questions not yet covered', async () => {
    const pair = await buildPrepPair(t.app, t.database.db, tc.now());
    const db = t.database.db;
    const earlier = await buildSession(db, pair.mentorship.id, {
      startsAt: new Date(tc.now().getTime() - 14 * DAY),
    });
    const { questions } = await buildPrep(db, earlier.id, {
      questions: ['Is a bootcamp certificate worth listing?', 'How do I explain a gap year?'],
      shared: true,
    });
    const draft = await buildSession(db, pair.mentorship.id, {
      startsAt: new Date(tc.now().getTime() - 7 * DAY),
    });
    await buildPrep(db, draft.id, { questions: ['draft-canary-question'], shared: false });
    await buildPrep(db, pair.session.id, { shared: true });

    const asMentee = (method: 'POST' | 'PATCH' | 'PUT', url: string, body: unknown) =>
      call(t.app, method, url, { cookie: pair.mentee.cookie, body });
    const items = `/api/mentorships/${pair.mentorship.id}/action-items`;
    await asMentee('POST', items, {
      title: 'Update the CV',
      ownerRole: 'mentee',
      dueDate: '2026-11-20',
    });
    await asMentee('POST', items, { title: 'Introduce Jo to a recruiter', ownerRole: 'mentor' });
    const done = (
      await asMentee('POST', items, { title: 'Already done', ownerRole: 'mentee' })
    ).json();
    await asMentee('PATCH', `${items}/${done.id}`, { status: 'done' });
    // Covered in a session since: no longer carried.
    await asMentee('PUT', `/api/sessions/${draft.id}/questions/${questions[1]?.id}/outcome`, {
      state: 'covered',
    });

    const res = await call(t.app, 'GET', `/api/sessions/${pair.session.id}/brief`, {
      cookie: pair.mentor.cookie,
    });
    expect(res.statusCode).toBe(200);
    const brief = res.json();
    expect(brief.openActionItems).toEqual([
      {
        id: expect.any(String),
        title: 'Update the CV',
        owner: 'Jo Okafor',
        dueDate: '2026-11-20',
        overdue: true,
      },
      {
        id: expect.any(String),
        title: 'Introduce Jo to a recruiter',
        owner: 'Sam Lee',
        dueDate: null,
        overdue: false,
      },
    ]);
    expect(brief.carriedQuestions).toEqual([
      {
        id: questions[0]?.id,
        text: 'Is a bootcamp certificate worth listing?',
        fromSessionId: earlier.id,
        fromStartsAt: earlier.startsAt.toISOString(),
      },
    ]);
    expect(res.body).not.toContain('draft-canary-question');
  });
});
