import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPrepPair } from '../../../tests/factories/prep-pair.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, HOUR } from '../../../tests/setup/test-clock.ts';
import { mentorships } from '../../db/schema/mentorships.ts';

// 04:30 UTC: already 26 November in Paris (Jo), still 25 November in Toronto (Sam).
const START = '2026-11-26T04:30:00Z';
const tc = createTestClock(START);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());
afterEach(() => tc.set(START));

async function stage() {
  const pair = await buildPrepPair(t.app, t.database.db, tc.now());
  const base = `/api/mentorships/${pair.mentorship.id}/action-items`;
  const as =
    (who: 'mentee' | 'mentor') =>
    (method: 'GET' | 'POST' | 'PATCH', path = '', body?: unknown) =>
      call(t.app, method, `${base}${path}`, { cookie: pair[who].cookie, body });
  return { ...pair, base, asMentee: as('mentee'), asMentor: as('mentor') };
}

describe('action items', () => {
  it('is one list both people add to, edit and tick', async () => {
    const s = await stage();
    const created = await s.asMentor('POST', '', {
      title: '  Rewrite the portfolio introduction  ',
      ownerRole: 'mentee',
      dueDate: '2026-12-04',
      sessionId: s.session.id,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      title: 'Rewrite the portfolio introduction',
      ownerRole: 'mentee',
      ownerName: 'Jo Okafor',
      dueDate: '2026-12-04',
      status: 'open',
      overdue: false,
      sessionId: s.session.id,
      resolvedAt: null,
    });
    const id = created.json().id;
    const mine = await s.asMentee('POST', '', {
      title: 'Send Jo two mock questions',
      ownerRole: 'mentor',
    });
    expect(mine.json()).toMatchObject({ ownerName: 'Sam Lee', dueDate: null });

    const done = await s.asMentee('PATCH', `/${id}`, { status: 'done', sessionId: s.session.id });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'done',
      resolvedAt: tc.now().toISOString(),
      resolvedInSessionId: s.session.id,
    });
    const edited = await s.asMentor('PATCH', `/${mine.json().id}`, {
      title: 'Send two mock design questions',
      dueDate: '2026-12-01',
    });
    expect(edited.json()).toMatchObject({
      title: 'Send two mock design questions',
      dueDate: '2026-12-01',
    });
    const reopened = await s.asMentor('PATCH', `/${id}`, { status: 'open' });
    expect(reopened.json()).toMatchObject({
      status: 'open',
      resolvedAt: null,
      resolvedInSessionId: null,
    });
    await s.asMentor('PATCH', `/${mine.json().id}`, { status: 'dropped' });

    const list = (await s.asMentee('GET')).json();
    expect(list).toMatchObject({ myRole: 'mentee', editable: true });
    expect(list.items.map((i: { title: string; status: string }) => [i.title, i.status])).toEqual([
      ['Rewrite the portfolio introduction', 'open'],
      ['Send two mock design questions', 'dropped'],
    ]);
  });

  it('judges overdue on the owner’s own calendar, at their midnight', async () => {
    const s = await stage();
    // Due 25 November: past for Jo in Paris, still today for Sam in Toronto.
    for (const ownerRole of ['mentee', 'mentor']) {
      await s.asMentee('POST', '', {
        title: `Due yesterday in Paris (${ownerRole})`,
        ownerRole,
        dueDate: '2026-11-25',
      });
    }
    const items = (await s.asMentor('GET')).json().items;
    expect(
      items.map((i: { ownerRole: string; overdue: boolean; daysOverdue: number }) => [
        i.ownerRole,
        i.overdue,
        i.daysOverdue,
      ]),
    ).toEqual([
      ['mentee', true, 1],
      ['mentor', false, 0],
    ]);
    tc.set('2026-11-26T04:59:00Z'); // 23:59 in Toronto
    expect((await s.asMentor('GET')).json().items[1].overdue).toBe(false);
    tc.advance(2 * 60_000); // 00:01 on the 26th in Toronto
    expect(
      (await s.asMentor('GET')).json().items.map((i: { overdue: boolean }) => i.overdue),
    ).toEqual([true, true]);
    tc.advance(HOUR);
  });

  it('refuses bad input naming the field, and saves nothing', async () => {
    const s = await stage();
    const { id: itemId } = (
      await s.asMentee('POST', '', { title: 'Read the design book', ownerRole: 'mentee' })
    ).json();
    const other = await buildPrepPair(t.app, t.database.db, tc.now());
    const before = await snapshotDatabase(t.database.db);
    const cases: [string, unknown, string][] = [
      ['POST', { title: 'ok', ownerRole: 'mentee' }, 'title'],
      ['POST', { title: 'Two\nlines', ownerRole: 'mentee' }, 'title'],
      ['POST', { title: 'x'.repeat(201), ownerRole: 'mentee' }, 'title'],
      ['POST', { title: 'Read a book', ownerRole: 'coach' }, 'ownerRole'],
      ['POST', { title: 'Read a book', ownerRole: 'mentee', dueDate: '2026-02-30' }, 'dueDate'],
      ['POST', { title: 'Read a book', ownerRole: 'mentee', dueDate: '3026-01-01' }, 'dueDate'],
      ['POST', { title: 'Read a book', ownerRole: 'mentee', dueDate: '2024-11-01' }, 'dueDate'],
      [
        'POST',
        { title: 'Read a book', ownerRole: 'mentee', sessionId: crypto.randomUUID() },
        'sessionId',
      ],
      ['PATCH', { status: 'finished' }, 'status'],
      ['PATCH', { title: '' }, 'title'],
    ];
    for (const [method, body, field] of cases) {
      const res = await s.asMentor(method as 'POST', method === 'PATCH' ? `/${itemId}` : '', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}).join(), JSON.stringify(body)).toContain(
        field,
      );
    }
    // Another pair's session is not one of this mentorship's.
    const res = await s.asMentor('POST', '', {
      title: 'Read a book',
      ownerRole: 'mentee',
      sessionId: other.session.id,
    });
    expect(res.json().error.fields).toHaveProperty('sessionId');
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('keeps a closed mentorship’s list as a record', async () => {
    const s = await stage();
    const { id } = (
      await s.asMentee('POST', '', { title: 'Read the design book', ownerRole: 'mentee' })
    ).json();
    await t.database.db
      .update(mentorships)
      .set({ status: 'closed' })
      .where(eq(mentorships.id, s.mentorship.id));
    const before = await snapshotDatabase(t.database.db);
    for (const res of [
      await s.asMentee('POST', '', { title: 'One more thing', ownerRole: 'mentee' }),
      await s.asMentor('PATCH', `/${id}`, { status: 'done' }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('invalid_state');
    }
    expect(await snapshotDatabase(t.database.db)).toBe(before);
    expect((await s.asMentee('GET')).json()).toMatchObject({ editable: false, items: [{ id }] });
  });

  it('answers outsiders and other pairs’ items with a 404', async () => {
    const s = await stage();
    const other = await stage();
    const { id: otherItem } = (
      await other.asMentee('POST', '', { title: 'Their own item', ownerRole: 'mentee' })
    ).json();
    const stranger = await buildUser(t.app.auth);
    const before = await snapshotDatabase(t.database.db);
    expect((await call(t.app, 'GET', s.base, { cookie: stranger.cookie })).statusCode).toBe(404);
    const post = await call(t.app, 'POST', s.base, {
      cookie: stranger.cookie,
      body: { title: 'x' },
    });
    expect(post.statusCode).toBe(404);
    const patch = await s.asMentee('PATCH', `/${otherItem}`, { status: 'done' });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().error.code).toBe('not_found');
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });
});
