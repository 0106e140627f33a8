import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMentor } from '../../../tests/factories/profile.ts';
import { createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { profiles } from '../../db/schema/profiles.ts';
import { AppEvents } from '../../lib/events.ts';
import { MentorDirectory } from './mentor-directory.ts';

const silent = pino({ level: 'silent' });
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A search's view after the poll it started has landed. */
const polled = (directory: MentorDirectory) => directory.synced();

const touch = (userId: string, patch: Partial<typeof profiles.$inferInsert>) =>
  t.database.db
    .update(profiles)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(profiles.userId, userId));

describe('mentor index sync', () => {
  it('builds lazily, follows events at once, and another instance catches up by polling', async () => {
    const db = t.database.db;
    const first = await buildMentor(t.app.auth, db, { headline: 'Before' });
    // A: this process, hears events, never polls within the test. B: "another process".
    const eventsA = new AppEvents();
    const a = new MentorDirectory(db, eventsA, silent, { minPollMs: 3_600_000 });
    const b = new MentorDirectory(db, new AppEvents(), silent, { minPollMs: 0 });
    try {
      expect(a.index.size).toBe(0); // nothing happens before the first search
      expect((await a.ready()).has(first.user.id)).toBe(true);
      await polled(b);

      await touch(first.user.id, { headline: 'After' });
      eventsA.emit('profile-changed', first.user.id);
      const rowA = (await a.ready()).rows.find((r) => r?.userId === first.user.id);
      expect(rowA?.headline).toBe('After');
      const rowB = (await polled(b)).rows.find((r) => r?.userId === first.user.id);
      expect(rowB?.headline).toBe('After');

      // A new mentor written elsewhere: B polls it in; A (no event, no poll) does not know yet.
      const second = await buildMentor(t.app.auth, db);
      expect((await polled(b)).has(second.user.id)).toBe(true);
      expect((await a.ready()).has(second.user.id)).toBe(false);
      eventsA.emit('profile-changed', second.user.id);
      expect((await a.ready()).has(second.user.id)).toBe(true);

      // Stopping mentoring takes them out of both.
      await touch(first.user.id, { isMentor: false });
      eventsA.emit('profile-changed', first.user.id);
      expect((await a.ready()).has(first.user.id)).toBe(false);
      expect((await polled(b)).has(first.user.id)).toBe(false);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('never loads private experiences, and notices deleted accounts', async () => {
    const db = t.database.db;
    const mentor = await buildMentor(t.app.auth, db, {}, [
      { experience: 'parent', scope: 'private' },
      { experience: 'veteran', scope: 'matching' },
      { experience: 'free:rowing', label: 'Competitive rower', scope: 'public' },
    ]);
    const d = new MentorDirectory(db, new AppEvents(), silent, { minPollMs: 0, sweepMs: 0 });
    try {
      const index = await d.ready();
      const row = index.rows.find((r) => r?.userId === mentor.user.id);
      expect(row?.experiences).toEqual([
        { id: 'free:rowing', label: 'Competitive rower', scope: 'public' },
        { id: 'veteran', label: 'Military veteran', scope: 'matching' },
      ]);
      await db.execute(sql`delete from users where id = ${mentor.user.id}`);
      expect((await polled(d)).has(mentor.user.id)).toBe(false);
    } finally {
      await d.close();
    }
  });
});
