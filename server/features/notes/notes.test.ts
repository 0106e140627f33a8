import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildPrepPair } from '../../../tests/factories/prep-pair.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, HOUR } from '../../../tests/setup/test-clock.ts';
import { mentoringSessions } from '../../db/schema/mentoring-sessions.ts';
import { mentorships } from '../../db/schema/mentorships.ts';
import { sessionNoteRevisions } from '../../db/schema/session-records.ts';

const START = '2026-11-25T09:00:00Z';
const tc = createTestClock(START);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());
afterEach(() => tc.set(START));

const db = () => t.database.db;

/** Jo (mentee) and Sam (mentor) with a session, and their calls to its notes routes. */
async function stage() {
  const pair = await buildPrepPair(t.app, db(), tc.now());
  const base = `/api/sessions/${pair.session.id}/notes`;
  const as =
    (cookie: string) =>
    (method: 'GET' | 'PUT', path = '', body?: unknown) =>
      call(t.app, method, `${base}${path}`, { cookie, body });
  return { ...pair, base, jo: as(pair.mentee.cookie), sam: as(pair.mentor.cookie) };
}

describe('reading notes', () => {
  it('starts empty and editable for both', async () => {
    const { jo, sam } = await stage();
    for (const who of [jo, sam]) {
      const res = await who('GET');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        shared: { body: '', version: 0, updatedAt: null, updatedBy: null },
        private: { body: '', version: 0, updatedAt: null },
        editable: true,
      });
    }
  });

  it('says who saved last from each reader’s side', async () => {
    const { jo, sam } = await stage();
    const saved = await jo('PUT', '/shared', { baseVersion: 0, body: '# Notes\n' });
    expect(saved.json()).toEqual({
      outcome: 'saved',
      notes: { body: '# Notes\n', version: 1, updatedAt: tc.now().toISOString(), updatedBy: 'me' },
    });
    expect((await sam('GET')).json().shared).toMatchObject({ version: 1, updatedBy: 'them' });
  });
});

describe('saving shared notes', () => {
  it('saves on top, then merges a stale save whose changes do not overlap', async () => {
    const { jo, sam, session } = await stage();
    await jo('PUT', '/shared', { baseVersion: 0, body: 'Goal: plan\nJo: portfolio\nSam: CV\n' });
    const joEdit = await jo('PUT', '/shared', {
      baseVersion: 1,
      body: 'Goal: plan\nJo: portfolio first\nSam: CV\n',
    });
    expect(joEdit.json()).toMatchObject({ outcome: 'saved', notes: { version: 2 } });
    // Sam still has version 1 on screen.
    const samEdit = await sam('PUT', '/shared', {
      baseVersion: 1,
      body: 'Goal: plan\nJo: portfolio\nSam: CV by Friday\n',
    });
    expect(samEdit.json()).toEqual({
      outcome: 'merged',
      notes: {
        body: 'Goal: plan\nJo: portfolio first\nSam: CV by Friday\n',
        version: 3,
        updatedAt: tc.now().toISOString(),
        updatedBy: 'me',
      },
    });
    const kinds = await db()
      .select({ version: sessionNoteRevisions.version, kind: sessionNoteRevisions.kind })
      .from(sessionNoteRevisions)
      .where(eq(sessionNoteRevisions.sessionId, session.id))
      .orderBy(sessionNoteRevisions.version);
    expect(kinds).toEqual([
      { version: 1, kind: 'saved' },
      { version: 2, kind: 'saved' },
      { version: 3, kind: 'merged' },
    ]);
  });

  it('keeps both when both append at the end at once', async () => {
    const { jo, sam } = await stage();
    await jo('PUT', '/shared', { baseVersion: 0, body: '# Notes\n' });
    await jo('PUT', '/shared', { baseVersion: 1, body: '# Notes\n- Jo: a line\n' });
    const res = await sam('PUT', '/shared', { baseVersion: 1, body: '# Notes\n- Sam: mine\n' });
    expect(res.json()).toMatchObject({
      outcome: 'merged',
      notes: { body: '# Notes\n- Jo: a line\n- Sam: mine\n', version: 3 },
    });
  });

  it('on a clash saves nothing and answers the current notes and the clashing lines', async () => {
    const { jo, sam, session } = await stage();
    await jo('PUT', '/shared', { baseVersion: 0, body: 'Goal: plan\n' });
    await jo('PUT', '/shared', { baseVersion: 1, body: 'Goal: a plan for January\n' });
    const before = await snapshotDatabase(db());
    const res = await sam('PUT', '/shared', {
      baseVersion: 1,
      body: 'Goal: two mock interviews\n',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      outcome: 'conflict',
      notes: {
        body: 'Goal: a plan for January\n',
        version: 2,
        updatedAt: tc.now().toISOString(),
        updatedBy: 'them',
      },
      conflicts: [
        {
          base: 'Goal: plan',
          ours: 'Goal: two mock interviews',
          theirs: 'Goal: a plan for January',
        },
      ],
    });
    expect(await snapshotDatabase(db())).toBe(before);

    // Sam settles it on top of what is saved now.
    const settled = await sam('PUT', '/shared', {
      baseVersion: 2,
      body: 'Goal: a plan for January and two mock interviews\n',
      resolving: true,
    });
    expect(settled.json()).toMatchObject({ outcome: 'saved', notes: { version: 3 } });
    const [latest] = await db()
      .select({ kind: sessionNoteRevisions.kind })
      .from(sessionNoteRevisions)
      .where(
        and(eq(sessionNoteRevisions.sessionId, session.id), eq(sessionNoteRevisions.version, 3)),
      );
    expect(latest?.kind).toBe('resolved');
  });

  it('answers unchanged, without a new version, for the text already saved', async () => {
    const { jo, sam } = await stage();
    await jo('PUT', '/shared', { baseVersion: 0, body: 'Same\n' });
    const before = await snapshotDatabase(db());
    for (const res of [
      await jo('PUT', '/shared', { baseVersion: 1, body: 'Same\n' }),
      await sam('PUT', '/shared', { baseVersion: 0, body: 'Same\r\n' }),
      await sam('PUT', '/private', { baseVersion: 0, body: '' }),
    ]) {
      expect(res.json().outcome).toBe('unchanged');
    }
    expect(await snapshotDatabase(db())).toBe(before);
  });

  it('refuses a version from the future, changing nothing', async () => {
    const { jo } = await stage();
    await jo('PUT', '/shared', { baseVersion: 0, body: 'one\n' });
    const before = await snapshotDatabase(db());
    for (const path of ['/shared', '/private']) {
      const res = await jo('PUT', path, { baseVersion: 7, body: 'two\n' });
      expect(res.statusCode, path).toBe(409);
      expect(res.json().error.code).toBe('conflict');
      expect(res.json().error.message).toMatch(/cannot be what you started from/);
    }
    expect(await snapshotDatabase(db())).toBe(before);
  });

  it('refuses bad input naming the field, changing nothing', async () => {
    const { jo } = await stage();
    const before = await snapshotDatabase(db());
    const cases: [unknown, string][] = [
      [{ baseVersion: -1, body: 'x' }, 'baseVersion'],
      [{ baseVersion: 1.5, body: 'x' }, 'baseVersion'],
      [{ body: 'x' }, 'baseVersion'],
      [{ baseVersion: 0 }, 'body'],
      [{ baseVersion: 0, body: 'x'.repeat(50_001) }, 'body'],
      [{ baseVersion: 0, body: 'bell \u0007' }, 'body'],
      [{ baseVersion: 0, body: 'x', resolving: 'yes' }, 'resolving'],
    ];
    for (const [body, field] of cases) {
      for (const path of ['/shared', '/private']) {
        const res = await jo('PUT', path, body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(Object.keys(res.json().error.fields)).toEqual([field]);
      }
    }
    expect(await snapshotDatabase(db())).toBe(before);
  });

  it('keeps long multi-line Markdown exactly, with CRLF made LF', async () => {
    const { jo } = await stage();
    const body = `# Notes\r\n\r\n${'- a point worth keeping\r\n'.repeat(1500)}`;
    const res = await jo('PUT', '/shared', { baseVersion: 0, body });
    expect(res.json().notes.body).toBe(body.replace(/\r\n/g, '\n'));
  });
});

describe('who may write, and when', () => {
  it('gives outsiders the 404 of an unknown session, whatever they send', async () => {
    const { base } = await stage();
    const stranger = await buildUser(t.app.auth);
    const before = await snapshotDatabase(db());
    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['PUT', '/shared', { baseVersion: 0, body: 'hello' }],
      ['PUT', '/private', { nonsense: true }],
    ] as const) {
      const res = await call(t.app, method, `${base}${path}`, { cookie: stranger.cookie, body });
      expect(res.statusCode, path).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect(await snapshotDatabase(db())).toBe(before);
  });

  it('stays writable after the session (people write up afterwards)', async () => {
    const { jo } = await stage();
    tc.advance(30 * 24 * HOUR);
    const res = await jo('PUT', '/shared', { baseVersion: 0, body: 'Written up afterwards\n' });
    expect(res.json().outcome).toBe('saved');
  });

  it('keeps the notes of a cancelled session, or a closed mentorship, as they are', async () => {
    for (const close of ['session', 'mentorship'] as const) {
      const { jo, sam, session, mentorship } = await stage();
      await jo('PUT', '/shared', { baseVersion: 0, body: 'Kept\n' });
      await jo('PUT', '/private', { baseVersion: 0, body: 'Mine\n' });
      if (close === 'session') {
        await db()
          .update(mentoringSessions)
          .set({ status: 'cancelled', cancelledAt: tc.now() })
          .where(eq(mentoringSessions.id, session.id));
      } else {
        await db()
          .update(mentorships)
          .set({ status: 'closed', closedAt: tc.now() })
          .where(eq(mentorships.id, mentorship.id));
      }
      const before = await snapshotDatabase(db());
      for (const [who, path] of [
        [jo, '/shared'],
        [sam, '/shared'],
        [jo, '/private'],
      ] as const) {
        const res = await who('PUT', path, { baseVersion: 1, body: 'Changed\n' });
        expect(res.statusCode, `${close} ${path}`).toBe(409);
        expect(res.json().error.code).toBe('invalid_state');
        expect(res.json().error.message).toMatch(
          close === 'session' ? /session was cancelled/ : /mentorship has closed/,
        );
      }
      expect(await snapshotDatabase(db())).toBe(before);
      const read = (await jo('GET')).json();
      expect(read).toMatchObject({ editable: false, shared: { body: 'Kept\n' } });
      expect(read.private.body).toBe('Mine\n');
    }
  });
});

describe('private notes', () => {
  it('never shows one person’s private notes to the other, from any notes route', async () => {
    const { jo, sam } = await stage();
    const CANARY = 'canary-private-7f3a: Jo worries about the salary talk';
    await jo('PUT', '/private', { baseVersion: 0, body: `${CANARY}\n` });
    await jo('PUT', '/shared', { baseVersion: 0, body: 'Shared line\n' });
    const seenBySam = [
      await sam('GET'),
      await sam('PUT', '/shared', { baseVersion: 1, body: 'Shared line\nSam adds\n' }),
      await sam('PUT', '/private', { baseVersion: 0, body: 'Sam’s own\n' }),
      // Sam's stale private save is merged with Sam's notes only, never Jo's.
      await sam('PUT', '/private', { baseVersion: 0, body: 'Another tab\n' }),
    ];
    for (const res of seenBySam) {
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('canary-private-7f3a');
    }
    expect((await sam('GET')).json().private.body).toBe('Sam’s own\nAnother tab\n');
    expect((await jo('GET')).json().private.body).toBe(`${CANARY}\n`);
  });

  it('merges two tabs of one author, and shows a clash between them', async () => {
    const { jo } = await stage();
    await jo('PUT', '/private', { baseVersion: 0, body: 'a\n--\nb\n' });
    await jo('PUT', '/private', { baseVersion: 1, body: 'a, tab one\n--\nb\n' });
    const merged = await jo('PUT', '/private', { baseVersion: 1, body: 'a\n--\nb, tab two\n' });
    expect(merged.json()).toMatchObject({
      outcome: 'merged',
      notes: { body: 'a, tab one\n--\nb, tab two\n', version: 3 },
    });
    const clash = await jo('PUT', '/private', { baseVersion: 1, body: 'a, tab three\n--\nb\n' });
    expect(clash.json()).toMatchObject({
      outcome: 'conflict',
      notes: { version: 3 },
      conflicts: [{ base: 'a', ours: 'a, tab three', theirs: 'a, tab one' }],
    });
  });
});
