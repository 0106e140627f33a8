import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindersAbout, summarize } from '../../../../tests/setup/reminder-rows.ts';
import { call, createTestApp, type TestApp } from '../../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../../tests/setup/test-clock.ts';
import { buildPair, NOW, schedule } from '../../sessions/session-test-pair.ts';
import { compose, sent, skipped } from './composer-test-kit.ts';

const tc = createTestClock(NOW);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const at = (iso: string) => new Date(iso);

/** Jo (mentee, London) and Sam (mentor, New York), meeting every two weeks. */
async function pair() {
  tc.set(NOW);
  return buildPair(t);
}

describe('action items', () => {
  async function itemForSam(dueDate = '2026-12-04') {
    const p = await pair();
    const res = await call(t.app, 'POST', `/api/mentorships/${p.mentorship.id}/action-items`, {
      cookie: p.mentee.cookie,
      body: { title: 'Send Jo two system design videos', ownerRole: 'mentor', dueDate },
    });
    expect(res.statusCode).toBe(201);
    return { ...p, itemId: res.json().id as string };
  }

  it('reminds the owner at 09:00 their time the day before, and the day after if still open', async () => {
    const { mentor, itemId } = await itemForSam();
    const sam = mentor.user.id;
    expect(summarize(await remindersAbout(t.database.db, itemId))).toEqual([
      {
        type: 'action-item-due',
        to: sam,
        dueAt: '2026-12-03T14:00:00.000Z',
        key: `action-item-due:${itemId}:${sam}:2026-12-04`,
      },
      {
        type: 'action-item-overdue',
        to: sam,
        dueAt: '2026-12-05T14:00:00.000Z',
        key: `action-item-overdue:${itemId}:${sam}:2026-12-04`,
      },
    ]);
    const due = sent(
      await compose(t, 'action-item-due', mentor, itemId, at('2026-12-03T14:00:00Z')),
    );
    expect(due.title).toBe('Due Fri 4 Dec: Send Jo two system design videos');
    const late = sent(
      await compose(t, 'action-item-overdue', mentor, itemId, at('2026-12-05T14:00:00Z')),
    );
    expect(late.title).toBe('Overdue since Fri 4 Dec: Send Jo two system design videos');
  });

  it('stays quiet once the item is done, or about a date it no longer has', async () => {
    const { mentee, mentor, mentorship, itemId } = await itemForSam();
    const patch = (body: object) =>
      call(t.app, 'PATCH', `/api/mentorships/${mentorship.id}/action-items/${itemId}`, {
        cookie: mentee.cookie,
        body,
      });
    expect((await patch({ dueDate: '2026-12-10' })).statusCode).toBe(200);
    const old = `${itemId}:${mentor.user.id}:2026-12-04`;
    expect(
      skipped(await compose(t, 'action-item-due', mentor, old, at('2026-12-03T14:00:00Z'))),
    ).toMatch(/due date changed/);
    const fresh = `${itemId}:${mentor.user.id}:2026-12-10`;
    expect(
      'send' in (await compose(t, 'action-item-due', mentor, fresh, at('2026-12-09T14:00:00Z'))),
    ).toBe(true);
    expect((await patch({ status: 'done' })).statusCode).toBe(200);
    expect(
      skipped(await compose(t, 'action-item-due', mentor, fresh, at('2026-12-09T14:00:00Z'))),
    ).toMatch(/done/);
  });
});

describe('after a held session', () => {
  async function heldYesterday() {
    const p = await pair();
    const res = await schedule(t, p.mentee.cookie, p.mentorship.id, {
      startsAt: '2026-11-24T14:00:00Z',
      held: true,
    });
    expect(res.statusCode).toBe(201);
    return { ...p, sessionId: res.json().id as string };
  }

  it('asks both for the first fit check, until each has answered', async () => {
    const { mentee, mentor, mentorship } = await heldYesterday();
    const about = `fit-check-due:${mentorship.id}:1`;
    const message = sent(await compose(t, 'fit-check-due', mentee, about, at(NOW)));
    expect(message.title).toBe('A private question about your mentorship');
    expect(message.body).toContain('working with Sam');
    expect(message.body).toContain('until Tue 1 Dec, 15:00 your time');
    expect(message.link).toBe(`/mentorships/${mentorship.id}`);
    const res = await call(t.app, 'PUT', `/api/mentorships/${mentorship.id}/fit-check`, {
      cookie: mentee.cookie,
      body: { round: 1, answer: 'continue' },
    });
    expect(res.statusCode).toBe(200);
    expect(skipped(await compose(t, 'fit-check-due', mentee, about, at(NOW)))).toMatch(
      /already answered/,
    );
    expect('send' in (await compose(t, 'fit-check-due', mentor, about, at(NOW)))).toBe(true);
    expect(
      skipped(await compose(t, 'fit-check-due', mentor, about, at('2026-12-02T00:00:00Z'))),
    ).toMatch(/closed/);
  });

  it('nudges a pair that stopped meeting, unless they planned a session since', async () => {
    const { mentee, mentor, mentorship, sessionId } = await heldYesterday();
    const about = `pair-not-meeting:${mentorship.id}:${sessionId}`;
    const due = at('2026-12-15T14:00:00Z');
    const message = sent(await compose(t, 'pair-not-meeting', mentor, about, due));
    expect(message.title).toBe('Time to plan your next session with Jo');
    expect(message.body).toContain('Your last session with Jo was on Tue 24 Nov');
    tc.set(due);
    const next = await schedule(t, mentee.cookie, mentorship.id, {
      startsAt: '2026-12-20T14:00:00Z',
    });
    expect(next.statusCode).toBe(201);
    expect(skipped(await compose(t, 'pair-not-meeting', mentor, about, due))).toMatch(/since/);
  });

  it('does not nudge a pair who no longer keep a rhythm', async () => {
    const { mentee, mentor, mentorship, sessionId } = await heldYesterday();
    const res = await call(t.app, 'PATCH', `/api/mentorships/${mentorship.id}`, {
      cookie: mentee.cookie,
      body: { cadence: null },
    });
    expect(res.statusCode).toBe(200);
    const about = `pair-not-meeting:${mentorship.id}:${sessionId}`;
    const due = at('2026-12-15T14:00:00Z');
    expect(skipped(await compose(t, 'pair-not-meeting', mentor, about, due))).toMatch(/rhythm/);
  });
});
