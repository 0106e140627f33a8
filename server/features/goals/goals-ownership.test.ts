import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGoal } from '../../../tests/factories/goal.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('only the owner sees or changes a goal', () => {
  it('answers 404 to anyone else, for reads and every write, and changes nothing', async () => {
    const owner = await buildUser(t.app.auth);
    const other = await buildUser(t.app.auth);
    const goal = await buildGoal(t.database.db, owner.user.id);
    const note = (
      await call(t.app, 'POST', `/api/goals/${goal.id}/notes`, {
        cookie: owner.cookie,
        body: { body: 'Booked a mock interview for Thursday.' },
      })
    ).json();
    const ownerView = (
      await call(t.app, 'GET', `/api/goals/${goal.id}`, { cookie: owner.cookie })
    ).json();
    const before = await snapshotDatabase(t.database.db);

    const attempts = [
      ['GET', `/api/goals/${goal.id}`, undefined],
      ['PATCH', `/api/goals/${goal.id}`, { title: 'Taken over by someone else entirely' }],
      ['PATCH', `/api/goals/${goal.id}`, { status: 'dropped' }],
      ['DELETE', `/api/goals/${goal.id}`, undefined],
      ['POST', `/api/goals/${goal.id}/notes`, { body: 'Sneaky note' }],
      ['DELETE', `/api/goals/${goal.id}/notes/${note.id}`, undefined],
    ] as const;
    for (const [method, url, body] of attempts) {
      const res = await call(t.app, method, url, { cookie: other.cookie, body });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    // Same answer as for a goal that never existed: nothing to tell the two apart.
    const unknown = await call(t.app, 'GET', '/api/goals/00000000-0000-4000-8000-000000000000', {
      cookie: other.cookie,
    });
    const stranger = await call(t.app, 'GET', `/api/goals/${goal.id}`, { cookie: other.cookie });
    expect(stranger.json()).toEqual(unknown.json());

    expect((await call(t.app, 'GET', '/api/goals', { cookie: other.cookie })).json()).toEqual({
      goals: [],
    });
    expect(await snapshotDatabase(t.database.db)).toBe(before);
    expect(
      (await call(t.app, 'GET', `/api/goals/${goal.id}`, { cookie: owner.cookie })).json(),
    ).toEqual(ownerView);
  });

  it('does not delete a note through a goal it does not belong to', async () => {
    const owner = await buildUser(t.app.auth);
    const mine = await buildGoal(t.database.db, owner.user.id);
    const alsoMine = await buildGoal(t.database.db, owner.user.id);
    const note = (
      await call(t.app, 'POST', `/api/goals/${mine.id}/notes`, {
        cookie: owner.cookie,
        body: { body: 'Kept safe' },
      })
    ).json();
    const res = await call(t.app, 'DELETE', `/api/goals/${alsoMine.id}/notes/${note.id}`, {
      cookie: owner.cookie,
    });
    expect(res.statusCode).toBe(404);
    const goal = (
      await call(t.app, 'GET', `/api/goals/${mine.id}`, { cookie: owner.cookie })
    ).json();
    expect(goal.progressNotes).toHaveLength(1);
  });

  it('asks anonymous callers to sign in', async () => {
    const owner = await buildUser(t.app.auth);
    const goal = await buildGoal(t.database.db, owner.user.id);
    expect((await call(t.app, 'GET', '/api/goals')).statusCode).toBe(401);
    expect((await call(t.app, 'GET', `/api/goals/${goal.id}`)).statusCode).toBe(401);
  });
});
