import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMentor } from '../../../tests/factories/profile.ts';
import { addMember, buildCohort, buildProgram } from '../../../tests/factories/program.ts';
import { type BuiltUser, buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { programStaff } from '../../db/schema/programs.ts';

let t: TestApp;
let admin: BuiltUser;
let reviewer: BuiltUser;
let otherAdmin: BuiltUser;
let stranger: BuiltUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await buildUser(t.app.auth, { name: 'Ada Admin' });
  reviewer = await buildUser(t.app.auth, { name: 'Rui Reviewer' });
  otherAdmin = await buildUser(t.app.auth, { name: 'Ola Other' });
  stranger = await buildUser(t.app.auth, { name: 'Sid Stranger' });
});
afterAll(() => t.close());

async function newProgram() {
  const res = await call(t.app, 'POST', '/api/programs', {
    cookie: admin.cookie,
    body: { name: '  Women in Data  ', description: 'Six months of mentoring.' },
  });
  expect(res.statusCode, res.body).toBe(201);
  const program = res.json();
  await t.database.db
    .insert(programStaff)
    .values({ programId: program.id, userId: reviewer.user.id, role: 'reviewer' });
  return program as { id: string; name: string; myRole: string };
}

describe('programs', () => {
  it('makes the creator its first admin and lists it under theirs', async () => {
    const program = await newProgram();
    expect(program).toMatchObject({ name: 'Women in Data', myRole: 'admin', cohorts: [] });
    const mine = await call(t.app, 'GET', '/api/programs', { cookie: admin.cookie });
    expect(mine.json().staffOf).toContainEqual({
      id: program.id,
      name: 'Women in Data',
      myRole: 'admin',
      cohorts: 0,
    });
    const theirs = await call(t.app, 'GET', `/api/programs/${program.id}`, {
      cookie: reviewer.cookie,
    });
    expect(theirs.json().myRole).toBe('reviewer');
  });

  it('refuses a blank name with a field error, storing nothing', async () => {
    const before = await snapshotDatabase(t.database.db);
    const res = await call(t.app, 'POST', '/api/programs', {
      cookie: admin.cookie,
      body: { name: '   ' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.name).toMatch(/name/);
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('lets admins edit it; reviewers, other admins and strangers get a 404', async () => {
    const program = await newProgram();
    const edit = (cookie: string) =>
      call(t.app, 'PATCH', `/api/programs/${program.id}`, {
        cookie,
        body: { description: 'Now with a book club.' },
      });
    for (const who of [reviewer, otherAdmin, stranger]) {
      expect((await edit(who.cookie)).statusCode).toBe(404);
    }
    const res = await edit(admin.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json().description).toBe('Now with a book club.');
    for (const who of [otherAdmin, stranger]) {
      const read = await call(t.app, 'GET', `/api/programs/${program.id}`, { cookie: who.cookie });
      expect(read.statusCode).toBe(404);
    }
  });
});

describe('staff', () => {
  it('lists staff, removes a reviewer, and never lets the last admin leave', async () => {
    const program = await newProgram();
    const list = await call(t.app, 'GET', `/api/programs/${program.id}/staff`, {
      cookie: reviewer.cookie,
    });
    expect(list.json().staff.map((s: { role: string }) => s.role)).toEqual(['admin', 'reviewer']);

    const leave = await call(
      t.app,
      'DELETE',
      `/api/programs/${program.id}/staff/${admin.user.id}`,
      {
        cookie: admin.cookie,
      },
    );
    expect(leave.statusCode).toBe(409);
    expect(leave.json().error.message).toMatch(/at least one admin/);

    const removed = await call(
      t.app,
      'DELETE',
      `/api/programs/${program.id}/staff/${reviewer.user.id}`,
      { cookie: admin.cookie },
    );
    expect(removed.statusCode).toBe(200);
    expect(removed.json().staff).toHaveLength(1);
    const gone = await call(t.app, 'GET', `/api/programs/${program.id}`, {
      cookie: reviewer.cookie,
    });
    expect(gone.statusCode).toBe(404);
  });
});

describe('cohorts and members', () => {
  it('creates a cohort, opens applications, refuses dates out of order', async () => {
    const program = await newProgram();
    const bad = await call(t.app, 'POST', `/api/programs/${program.id}/cohorts`, {
      cookie: admin.cookie,
      body: { name: 'Autumn', startsOn: '2026-12-01', endsOn: '2026-09-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.endsOn).toMatch(/end on or after/);

    const res = await call(t.app, 'POST', `/api/programs/${program.id}/cohorts`, {
      cookie: admin.cookie,
      body: {
        name: 'Autumn',
        startsOn: '2026-09-01',
        endsOn: '2026-12-15',
        maxTimeZoneGapHours: 4,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const cohort = res.json();
    expect(cohort).toMatchObject({ applicationsOpen: false, maxTimeZoneGapHours: 4 });

    const opened = await call(t.app, 'PATCH', `/api/cohorts/${cohort.id}`, {
      cookie: admin.cookie,
      body: { applicationsOpen: true },
    });
    expect(opened.json().applicationsOpen).toBe(true);
    const byReviewer = await call(t.app, 'PATCH', `/api/cohorts/${cohort.id}`, {
      cookie: reviewer.cookie,
      body: { applicationsOpen: false },
    });
    expect(byReviewer.statusCode).toBe(404);
    const late = await call(t.app, 'PATCH', `/api/cohorts/${cohort.id}`, {
      cookie: admin.cookie,
      body: { endsOn: '2026-08-01' },
    });
    expect(late.statusCode).toBe(400);
    const read = await call(t.app, 'GET', `/api/cohorts/${cohort.id}`, { cookie: reviewer.cookie });
    expect(read.json()).toMatchObject({ applicationsOpen: true, myRole: 'reviewer' });
  });

  it('lists members with mentor summaries, sets capacity and team, marks one left', async () => {
    const db = t.database.db;
    const program = await buildProgram(db, admin.user.id, [
      { userId: reviewer.user.id, role: 'reviewer' },
    ]);
    const cohort = await buildCohort(db, program.id);
    const mentor = await buildMentor(t.app.auth, db, { headline: 'Data engineer, ten years' }, [], {
      name: 'Mo Mentor',
    });
    const mentee = await buildUser(t.app.auth, { name: 'Mei Mentee' });
    await addMember(db, cohort.id, mentor.user.id, 'mentor');
    await addMember(db, cohort.id, mentee.user.id, 'mentee');

    const list = await call(t.app, 'GET', `/api/cohorts/${cohort.id}/members`, {
      cookie: admin.cookie,
    });
    expect(list.statusCode).toBe(200);
    const mo = list.json().members.find((m: { name: string }) => m.name === 'Mo Mentor');
    expect(mo).toMatchObject({ role: 'mentor', capacity: 1, joinedVia: 'invite' });
    expect(mo.profile.headline).toBe('Data engineer, ten years');
    expect(
      (await call(t.app, 'GET', `/api/cohorts/${cohort.id}/members`, { cookie: reviewer.cookie }))
        .statusCode,
    ).toBe(404);

    const url = (id: string) => `/api/cohorts/${cohort.id}/members/${id}`;
    const tooMany = await call(t.app, 'PATCH', url(mentor.user.id), {
      cookie: admin.cookie,
      body: { capacity: 4 },
    });
    expect(tooMany.statusCode).toBe(400);
    const menteeCap = await call(t.app, 'PATCH', url(mentee.user.id), {
      cookie: admin.cookie,
      body: { capacity: 2 },
    });
    expect(menteeCap.statusCode).toBe(400);
    const set = await call(t.app, 'PATCH', url(mentor.user.id), {
      cookie: admin.cookie,
      body: { capacity: 3, team: 'Platform' },
    });
    expect(set.json().members.find((m: { name: string }) => m.name === 'Mo Mentor')).toMatchObject({
      capacity: 3,
      team: 'Platform',
    });
    const left = await call(t.app, 'DELETE', url(mentee.user.id), { cookie: admin.cookie });
    const mei = left.json().members.find((m: { name: string }) => m.name === 'Mei Mentee');
    expect(mei.leftAt).not.toBeNull();
    const mine = await call(t.app, 'GET', '/api/programs', { cookie: mentee.cookie });
    expect(mine.json().memberOf).toEqual([]);
    const moMine = await call(t.app, 'GET', '/api/programs', { cookie: mentor.cookie });
    expect(moMine.json().memberOf[0]).toMatchObject({ cohortId: cohort.id, role: 'mentor' });
  });

  it('answers another program’s admin with 404 on every cohort route', async () => {
    const db = t.database.db;
    const program = await buildProgram(db, admin.user.id);
    const cohort = await buildCohort(db, program.id);
    await buildProgram(db, otherAdmin.user.id);
    for (const [method, url] of [
      ['GET', `/api/cohorts/${cohort.id}`],
      ['PATCH', `/api/cohorts/${cohort.id}`],
      ['GET', `/api/cohorts/${cohort.id}/members`],
      ['POST', `/api/programs/${program.id}/cohorts`],
    ] as const) {
      const res = await call(t.app, method, url, {
        cookie: otherAdmin.cookie,
        body: method === 'GET' ? undefined : { name: 'x' },
      });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
  });
});
