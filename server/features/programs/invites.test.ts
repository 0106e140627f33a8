import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCohort, buildProgram } from '../../../tests/factories/program.ts';
import { type BuiltUser, buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { remindersAbout } from '../../../tests/setup/reminder-rows.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock, DAY } from '../../../tests/setup/test-clock.ts';
import { composers } from '../notifications/composers/all-composers.ts';

const tc = createTestClock('2026-08-01T09:00:00.000Z');
let t: TestApp;
let admin: BuiltUser;
let programId: string;
let cohortId: string;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
  admin = await buildUser(t.app.auth, { name: 'Ada Admin' });
  programId = (await buildProgram(t.database.db, admin.user.id)).id;
  cohortId = (await buildCohort(t.database.db, programId)).id;
});
afterAll(() => t.close());

async function invite(body: Record<string, unknown>) {
  const res = await call(t.app, 'POST', `/api/programs/${programId}/invites`, {
    cookie: admin.cookie,
    body,
  });
  expect(res.statusCode, res.body).toBe(201);
  const { invite, inviteUrl } = res.json();
  return { invite, token: (inviteUrl as string).split('/program-invites/')[1] ?? '' };
}
const accept = (token: string, cookie: string) =>
  call(t.app, 'POST', `/api/program-invites/${token}/accept`, { cookie });

describe('program invites', () => {
  it('checks the role and cohort together', async () => {
    const before = await snapshotDatabase(t.database.db);
    const noCohort = await call(t.app, 'POST', `/api/programs/${programId}/invites`, {
      cookie: admin.cookie,
      body: { role: 'mentor' },
    });
    expect(noCohort.json().error.fields.cohortId).toMatch(/cohort/);
    const staffWithCohort = await call(t.app, 'POST', `/api/programs/${programId}/invites`, {
      cookie: admin.cookie,
      body: { role: 'reviewer', cohortId },
    });
    expect(staffWithCohort.statusCode).toBe(400);
    const otherCohort = await buildCohort(
      t.database.db,
      (await buildProgram(t.database.db, admin.user.id)).id,
    );
    const before2 = await snapshotDatabase(t.database.db);
    const foreign = await call(t.app, 'POST', `/api/programs/${programId}/invites`, {
      cookie: admin.cookie,
      body: { role: 'mentee', cohortId: otherCohort.id },
    });
    expect(foreign.statusCode).toBe(400);
    expect(await snapshotDatabase(t.database.db)).toBe(before2);
    expect(before).not.toBe(before2);
  });

  it('an open mentor link: shows what it is, joins with its capacity, counts its uses', async () => {
    const { token } = await invite({ role: 'mentor', cohortId, capacity: 2 });
    const preview = await call(t.app, 'GET', `/api/program-invites/${token}`);
    expect(preview.json()).toMatchObject({ role: 'mentor', forEmail: false });
    const mo = await buildUser(t.app.auth);
    const kim = await buildUser(t.app.auth);
    expect((await accept(token, mo.cookie)).json()).toEqual({
      programId,
      cohortId,
      role: 'mentor',
    });
    expect((await accept(token, mo.cookie)).statusCode).toBe(200);
    expect((await accept(token, kim.cookie)).statusCode).toBe(200);
    const members = await call(t.app, 'GET', `/api/cohorts/${cohortId}/members`, {
      cookie: admin.cookie,
    });
    const mentors = members.json().members.filter((m: { role: string }) => m.role === 'mentor');
    expect(mentors.map((m: { capacity: number }) => m.capacity)).toEqual([2, 2]);
    const list = await call(t.app, 'GET', `/api/programs/${programId}/invites`, {
      cookie: admin.cookie,
    });
    expect(list.json().invites[0]).toMatchObject({ usedCount: 2, active: true });
  });

  it('an emailed invite: notifies the account, works once, only for that address', async () => {
    const rex = await buildUser(t.app.auth, { name: 'Rex Reviewer' });
    const { invite: row, token } = await invite({
      role: 'reviewer',
      email: rex.input.email.toUpperCase(),
    });
    const [reminder] = await remindersAbout(t.database.db, row.id);
    expect(reminder).toMatchObject({ type: 'program-invite', recipientId: rex.user.id });
    if (!reminder) throw new Error('no reminder');
    const composed = await composers['program-invite'](
      t.database.db,
      reminder,
      {
        id: rex.user.id,
        name: 'Rex',
        email: rex.input.email,
        timeZone: 'Europe/Paris',
        locale: 'en-GB',
        hasAccount: true,
      },
      { now: tc.now(), baseUrl: 'http://localhost:3000' },
    );
    expect(composed).toMatchObject({
      send: { title: expect.stringContaining('invites you to'), link: '/programs' },
    });
    const mine = await call(t.app, 'GET', '/api/programs', { cookie: rex.cookie });
    expect(mine.json().invites).toEqual([
      expect.objectContaining({ id: row.id, role: 'reviewer', cohortName: null }),
    ]);

    const someoneElse = await buildUser(t.app.auth);
    const wrong = await accept(token, someoneElse.cookie);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().error.message).toMatch(/another email address/);
    expect((await accept(token, rex.cookie)).json().role).toBe('reviewer');
    expect((await accept(token, rex.cookie)).statusCode).toBe(404);
    expect((await call(t.app, 'GET', `/api/program-invites/${token}`)).statusCode).toBe(404);
    const staff = await call(t.app, 'GET', `/api/programs/${programId}`, { cookie: rex.cookie });
    expect(staff.json().myRole).toBe('reviewer');
    // Used: the notification has nothing left to say.
    const later = await composers['program-invite'](
      t.database.db,
      reminder,
      {
        id: rex.user.id,
        name: 'Rex',
        email: rex.input.email,
        timeZone: 'Europe/Paris',
        locale: 'en-GB',
        hasAccount: true,
      },
      { now: tc.now(), baseUrl: 'http://localhost:3000' },
    );
    expect(later).toHaveProperty('skip');
  });

  it('accepts an invite to my address from my programs page', async () => {
    const mei = await buildUser(t.app.auth, { name: 'Mei Mentee' });
    const { invite: row } = await invite({ role: 'mentee', cohortId, email: mei.input.email });
    const stranger = await buildUser(t.app.auth);
    const url = `/api/me/program-invites/${row.id}/accept`;
    expect((await call(t.app, 'POST', url, { cookie: stranger.cookie })).statusCode).toBe(404);
    expect((await call(t.app, 'POST', url, { cookie: mei.cookie })).statusCode).toBe(200);
    const mine = await call(t.app, 'GET', '/api/programs', { cookie: mei.cookie });
    expect(mine.json().memberOf[0]).toMatchObject({ cohortId, role: 'mentee' });
    expect(mine.json().invites).toEqual([]);
  });

  it('a revoked or expired link is a 404 like a guess', async () => {
    const revoked = await invite({ role: 'mentee', cohortId });
    const res = await call(
      t.app,
      'DELETE',
      `/api/programs/${programId}/invites/${revoked.invite.id}`,
      {
        cookie: admin.cookie,
      },
    );
    expect(res.json()).toMatchObject({ active: false });
    const kim = await buildUser(t.app.auth);
    expect((await accept(revoked.token, kim.cookie)).statusCode).toBe(404);
    expect((await call(t.app, 'GET', `/api/program-invites/${revoked.token}`)).statusCode).toBe(
      404,
    );

    const expiring = await invite({ role: 'mentee', cohortId });
    tc.advance(31 * DAY);
    const late = await accept(expiring.token, kim.cookie);
    expect(late.statusCode).toBe(404);
    expect(late.json().error.message).toMatch(/does not work/);
    tc.advance(-31 * DAY);
  });

  it('lets only admins make, list and revoke invites', async () => {
    const reviewer = await buildUser(t.app.auth);
    const { token } = await invite({ role: 'reviewer' });
    await accept(token, reviewer.cookie);
    for (const [method, url] of [
      ['POST', `/api/programs/${programId}/invites`],
      ['GET', `/api/programs/${programId}/invites`],
    ] as const) {
      const res = await call(t.app, method, url, {
        cookie: reviewer.cookie,
        body: method === 'POST' ? { role: 'admin' } : undefined,
      });
      expect(res.statusCode).toBe(404);
    }
  });
});
