import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goals } from '../../server/db/schema/goals.ts';
import { buildGoal } from '../factories/goal.ts';
import { buildUser } from '../factories/user.ts';
import { snapshotDatabase } from '../setup/db-snapshot.ts';
import { createTestApp, type TestApp } from '../setup/test-app.ts';

// The fuzz and input tests rest on this: a snapshot must change whenever any row does.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('snapshotDatabase', () => {
  it('is stable while nothing changes and differs after an insert, an update or a delete', async () => {
    const { db } = t.database;
    const { user } = await buildUser(t.app.auth);
    const first = await snapshotDatabase(db);
    expect(await snapshotDatabase(db)).toBe(first);
    const goal = await buildGoal(db, user.id);
    const inserted = await snapshotDatabase(db);
    expect(inserted).not.toBe(first);
    await db.update(goals).set({ title: 'Another title entirely' }).where(eq(goals.id, goal.id));
    const updated = await snapshotDatabase(db);
    expect(updated).not.toBe(inserted);
    await db.delete(goals).where(eq(goals.id, goal.id));
    expect(await snapshotDatabase(db)).toBe(first);
  });
});
