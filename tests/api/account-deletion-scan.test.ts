import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMER_MEMBER_NAME } from '../../common/schemas/account.ts';
import { queryRows } from '../../server/db/client.ts';
import { type AccountWorld, buildAccountWorld } from '../setup/account-world.ts';
import { snapshotDatabase } from '../setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../setup/test-app.ts';

/**
 * Deleting an account, verified by a scan: a canary in every free-text field Dana wrote, then
 * every text and json column of every table (from information_schema, so a table added later is
 * scanned too) is searched for each one. Only the pair's shared notes may keep her words (ADR
 * "account deletion keeps a tombstone"), and then only where Kim reads them.
 */
let t: TestApp;
let w: AccountWorld;

/** Where each canary still is, as `table.column`. */
async function findCanaries(canaries: string[]) {
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    t.database.db,
    sql`select table_name, column_name from information_schema.columns
      where table_schema = 'public'
        and (data_type in ('text', 'character varying', 'json', 'jsonb')
          or (data_type = 'ARRAY' and udt_name in ('_text', '_varchar')))
      order by table_name, column_name`,
  );
  expect(columns.length).toBeGreaterThan(50);
  const found = new Map<string, string[]>();
  for (const { table_name, column_name } of columns) {
    const rows = await queryRows<{ value: string }>(
      t.database.db,
      sql`select ${sql.identifier(column_name)}::text as value from ${sql.identifier(table_name)}
        where ${sql.identifier(column_name)} is not null`,
    );
    for (const canary of canaries) {
      if (rows.some((row) => row.value.includes(canary))) {
        found.set(canary, [...(found.get(canary) ?? []), `${table_name}.${column_name}`]);
      }
    }
  }
  return found;
}

beforeAll(async () => {
  t = await createTestApp();
  w = await buildAccountWorld(t.app, t.database.db);
});
afterAll(() => t.close());

describe('DELETE /api/me', () => {
  it('refuses a wrong or missing password and changes nothing', async () => {
    const before = await snapshotDatabase(t.database.db);
    const wrong = await call(t.app, 'DELETE', '/api/me', {
      cookie: w.dana.cookie,
      body: { password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toHaveProperty('password');
    const missing = await call(t.app, 'DELETE', '/api/me', { cookie: w.dana.cookie, body: {} });
    expect(missing.statusCode).toBe(400);
    const anonymous = await call(t.app, 'DELETE', '/api/me', {
      body: { password: w.dana.password },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('deletes everything of hers, keeps what Kim and Lou need, and signs her out', async () => {
    const mine = Object.values(w.mine);
    const before = await findCanaries([...mine, w.sharedNotes]);
    // Every canary was really planted somewhere the scan looks.
    for (const canary of [...mine, w.sharedNotes]) expect(before.get(canary), canary).toBeDefined();

    const res = await call(t.app, 'DELETE', '/api/me', {
      cookie: w.dana.cookie,
      body: { password: w.dana.password },
    });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toContain('tandem.session_token=;');

    const after = await findCanaries([...mine, w.sharedNotes, ...Object.values(w.theirs)]);
    const leftOver = mine.filter((canary) => after.has(canary)).map((c) => [c, after.get(c)]);
    expect(leftOver).toEqual([]);
    // The shared notes stay, current text only.
    expect(after.get(w.sharedNotes)?.sort()).toEqual([
      'session_note_revisions.body',
      'session_notes.body',
    ]);
    // What the others wrote stays theirs.
    for (const canary of Object.values(w.theirs)) expect(after.get(canary), canary).toBeDefined();

    // Signed out everywhere; the password and the address no longer sign anyone in.
    expect((await call(t.app, 'GET', '/api/me', { cookie: w.dana.cookie })).statusCode).toBe(401);
    const signIn = await call(t.app, 'POST', '/api/auth/sign-in/email', {
      body: { email: w.mine.email, password: w.dana.password },
    });
    expect(signIn.statusCode).toBe(401);
  });

  it('leaves Kim and Lou a working app, with Dana shown as a former member', async () => {
    for (const path of [
      '/api/mentorships',
      '/api/sessions',
      '/api/me/needs',
      '/api/notifications',
    ]) {
      expect((await call(t.app, 'GET', path, { cookie: w.kim.cookie })).statusCode, path).toBe(200);
    }
    const mentorship = await call(t.app, 'GET', `/api/mentorships/${w.withKim.id}`, {
      cookie: w.kim.cookie,
    });
    expect(mentorship.statusCode).toBe(200);
    expect(mentorship.json().status).toBe('closed');
    expect(JSON.stringify(mentorship.json())).toContain(FORMER_MEMBER_NAME);
    const session = await call(t.app, 'GET', `/api/sessions/${w.held.id}`, {
      cookie: w.kim.cookie,
    });
    expect(session.statusCode).toBe(200);
    const notes = await call(t.app, 'GET', `/api/sessions/${w.held.id}/notes`, {
      cookie: w.kim.cookie,
    });
    expect(notes.statusCode).toBe(200);
    expect(notes.json().shared.body).toContain(w.sharedNotes);
    const upcoming = await call(t.app, 'GET', `/api/sessions/${w.upcoming.id}`, {
      cookie: w.kim.cookie,
    });
    expect(upcoming.json().status).toBe('cancelled');
    const summary = await call(t.app, 'GET', `/api/mentorships/${w.withLou.id}/summary`, {
      cookie: w.lou.cookie,
    });
    expect(summary.statusCode).toBe(200);
    expect(summary.json().pair.mentor).toBe(FORMER_MEMBER_NAME);
    expect(JSON.stringify(summary.json())).not.toContain(w.mine.appreciation);
    // The pending request Dana sent is gone for Pat.
    const pending = await call(t.app, 'GET', `/api/mentorships/${w.pending.id}`, {
      cookie: w.pat.cookie,
    });
    expect(pending.statusCode).toBe(404);
    expect(
      (await call(t.app, 'GET', '/api/notifications', { cookie: w.pat.cookie })).json().items,
    ).toEqual([]);
  });

  it('lets the address sign up again as a new person', async () => {
    const res = await call(t.app, 'POST', '/api/auth/sign-up/email', {
      body: {
        name: 'Dana Again',
        email: w.mine.email,
        password: 'a-brand-new-password',
        timeZone: 'UTC',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).not.toBe(w.dana.user.id);
  });
});
