import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGoal } from '../../../tests/factories/goal.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const specific = {
  title: 'Pass a system design interview for a mid-level backend role',
  category: 'interviews',
  successCriterion: 'I get through two onsite loops without freezing on the design round.',
  targetDate: '2099-03-31',
};

describe('goals CRUD', () => {
  it('creates, reads, lists, updates and deletes a goal', async () => {
    const { cookie } = await buildUser(t.app.auth);
    const created = await call(t.app, 'POST', '/api/goals', {
      cookie,
      body: { ...specific, title: `  ${specific.title}  ` },
    });
    expect(created.statusCode).toBe(201);
    const goal = created.json();
    expect(goal).toMatchObject({ ...specific, status: 'active', progressNotes: [], nudges: [] });
    expect(goal.id).toMatch(/^[0-9a-f-]{36}$/);

    const read = await call(t.app, 'GET', `/api/goals/${goal.id}`, { cookie });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(goal);

    const list = await call(t.app, 'GET', '/api/goals', { cookie });
    expect(list.json()).toEqual({
      goals: [{ ...goal, progressNotes: undefined, progressNoteCount: 0 }].map(
        ({ progressNotes: _, ...rest }) => rest,
      ),
    });

    const patched = await call(t.app, 'PATCH', `/api/goals/${goal.id}`, {
      cookie,
      body: { category: 'networking', targetDate: null },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      title: specific.title,
      category: 'networking',
      targetDate: null,
      status: 'active',
    });

    const deleted = await call(t.app, 'DELETE', `/api/goals/${goal.id}`, { cookie });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect((await call(t.app, 'GET', `/api/goals/${goal.id}`, { cookie })).statusCode).toBe(404);
    expect((await call(t.app, 'GET', '/api/goals', { cookie })).json()).toEqual({ goals: [] });
  });

  it('lists newest first, filters by status and counts notes', async () => {
    const { cookie, user } = await buildUser(t.app.auth);
    const db = t.database.db;
    const old = await buildGoal(db, user.id, { createdAt: new Date('2026-01-01T10:00:00Z') });
    const mid = await buildGoal(db, user.id, {
      createdAt: new Date('2026-02-01T10:00:00Z'),
      status: 'achieved',
    });
    const recent = await buildGoal(db, user.id, { createdAt: new Date('2026-03-01T10:00:00Z') });
    await call(t.app, 'POST', `/api/goals/${old.id}/notes`, { cookie, body: { body: 'One' } });
    await call(t.app, 'POST', `/api/goals/${old.id}/notes`, { cookie, body: { body: 'Two' } });

    const all = (await call(t.app, 'GET', '/api/goals', { cookie })).json().goals;
    expect(all.map((g: { id: string }) => g.id)).toEqual([recent.id, mid.id, old.id]);
    expect(all.map((g: { progressNoteCount: number }) => g.progressNoteCount)).toEqual([0, 0, 2]);

    const active = (await call(t.app, 'GET', '/api/goals?status=active', { cookie })).json();
    expect(active.goals.map((g: { id: string }) => g.id)).toEqual([recent.id, old.id]);
    const achieved = (await call(t.app, 'GET', '/api/goals?status=achieved', { cookie })).json();
    expect(achieved.goals.map((g: { id: string }) => g.id)).toEqual([mid.id]);
    const bad = await call(t.app, 'GET', '/api/goals?status=paused', { cookie });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({
      'query.status': 'Choose active, achieved or dropped.',
    });
  });
});

describe('validation', () => {
  it('answers 400 with a message per field, and saves nothing', async () => {
    const { cookie } = await buildUser(t.app.auth);
    const res = await call(t.app, 'POST', '/api/goals', {
      cookie,
      body: {
        title: ' a ',
        category: 'astrology',
        successCriterion: 'x'.repeat(401),
        targetDate: '2027-02-30',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'validation_failed',
      message: 'Some fields need attention.',
      fields: {
        title: 'Give your goal a title of at least 3 characters.',
        category: 'Pick one of the categories.',
        successCriterion: 'Keep it under 400 characters.',
        targetDate: 'Write a real date as YYYY-MM-DD.',
      },
    });
    const tooLong = await call(t.app, 'POST', '/api/goals', {
      cookie,
      body: { ...specific, title: 'x'.repeat(161), targetDate: '1999-12-31' },
    });
    expect(tooLong.json().error.fields).toEqual({
      title: 'Keep the title under 160 characters.',
      targetDate: 'Pick a date between the years 2000 and 2100.',
    });
    const missing = await call(t.app, 'POST', '/api/goals', { cookie, body: {} });
    expect(Object.keys(missing.json().error.fields).sort()).toEqual(['category', 'title']);
    expect((await call(t.app, 'GET', '/api/goals', { cookie })).json().goals).toEqual([]);
  });

  it('rejects an empty patch, a bad status, a malformed id and an empty note', async () => {
    const { cookie, user } = await buildUser(t.app.auth);
    const goal = await buildGoal(t.database.db, user.id);
    const empty = await call(t.app, 'PATCH', `/api/goals/${goal.id}`, { cookie, body: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual({ body: 'Change at least one field.' });
    const status = await call(t.app, 'PATCH', `/api/goals/${goal.id}`, {
      cookie,
      body: { status: 'paused', title: 'A brand new title that would be fine' },
    });
    expect(status.statusCode).toBe(400);
    expect(status.json().error.fields).toEqual({ status: 'Choose active, achieved or dropped.' });
    for (const [method, url] of [
      ['GET', '/api/goals/not-a-uuid'],
      ['DELETE', '/api/goals/123'],
      ['DELETE', `/api/goals/${goal.id}/notes/nope`],
    ] as const) {
      const res = await call(t.app, method, url, { cookie });
      expect(res.statusCode, url).toBe(400);
    }
    // Longer than the router allows for a path segment: still a 400 in the usual error shape.
    const long = await call(t.app, 'GET', `/api/goals/${'x'.repeat(500)}`, { cookie });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('validation_failed');
    const note = await call(t.app, 'POST', `/api/goals/${goal.id}/notes`, {
      cookie,
      body: { body: '  \n ' },
    });
    expect(note.json().error.fields).toEqual({ body: 'Write something before saving the note.' });
    const longNote = await call(t.app, 'POST', `/api/goals/${goal.id}/notes`, {
      cookie,
      body: { body: 'x'.repeat(2001) },
    });
    expect(longNote.json().error.fields).toEqual({ body: 'Keep it under 2000 characters.' });
    const read = (await call(t.app, 'GET', `/api/goals/${goal.id}`, { cookie })).json();
    expect(read).toMatchObject({ title: goal.title, status: 'active', progressNotes: [] });
  });
});

describe('nudges', () => {
  it('returns gentle nudges for a vague goal and saves it anyway', async () => {
    const { cookie } = await buildUser(t.app.auth);
    const res = await call(t.app, 'POST', '/api/goals', {
      cookie,
      body: {
        title: 'Get better at coding',
        category: 'skills-for-role',
        targetDate: '2001-05-05',
      },
    });
    expect(res.statusCode).toBe(201);
    const goal = res.json();
    expect(goal.nudges.map((n: { field: string }) => n.field)).toEqual([
      'title',
      'successCriterion',
      'targetDate',
    ]);
    expect(goal.successCriterion).toBe('');
    // A past date stops being worth a nudge once the goal is no longer active.
    const done = await call(t.app, 'PATCH', `/api/goals/${goal.id}`, {
      cookie,
      body: { status: 'achieved', successCriterion: 'I shipped three small features at work.' },
    });
    expect(done.json().nudges.map((n: { field: string }) => n.field)).toEqual(['title']);
    const listed = (await call(t.app, 'GET', '/api/goals', { cookie })).json().goals[0];
    expect(listed.nudges).toEqual(done.json().nudges);
  });
});

describe('progress notes and status changes', () => {
  it('adds and deletes notes, newest first', async () => {
    const { cookie, user } = await buildUser(t.app.auth);
    const goal = await buildGoal(t.database.db, user.id);
    const first = await call(t.app, 'POST', `/api/goals/${goal.id}/notes`, {
      cookie,
      body: { body: '  Did a mock interview with Sam.  ' },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({
      id: expect.any(String),
      body: 'Did a mock interview with Sam.',
      createdAt: expect.any(String),
    });
    const second = await call(t.app, 'POST', `/api/goals/${goal.id}/notes`, {
      cookie,
      body: { body: 'Rewrote my resume summary.\nSent it to two friends.' },
    });
    const notes = (await call(t.app, 'GET', `/api/goals/${goal.id}`, { cookie })).json()
      .progressNotes;
    expect(notes.map((n: { id: string }) => n.id)).toEqual([second.json().id, first.json().id]);

    const url = `/api/goals/${goal.id}/notes/${first.json().id}`;
    expect((await call(t.app, 'DELETE', url, { cookie })).statusCode).toBe(204);
    expect((await call(t.app, 'DELETE', url, { cookie })).statusCode).toBe(404);
    const after = (await call(t.app, 'GET', `/api/goals/${goal.id}`, { cookie })).json();
    expect(after.progressNotes.map((n: { id: string }) => n.id)).toEqual([second.json().id]);
  });

  it('records each status change in the timeline, and nothing when the status stays', async () => {
    const { cookie, user } = await buildUser(t.app.auth);
    const goal = await buildGoal(t.database.db, user.id);
    const patch = (body: object) => call(t.app, 'PATCH', `/api/goals/${goal.id}`, { cookie, body });
    expect((await patch({ status: 'achieved' })).json().status).toBe('achieved');
    await patch({
      status: 'achieved',
      title: 'Land a first front-end role at a small product company',
    });
    await patch({ status: 'active' });
    const final = (await patch({ status: 'dropped' })).json();
    expect(final.status).toBe('dropped');
    expect(final.progressNotes.map((n: { body: string }) => n.body)).toEqual([
      'Dropped this goal.',
      'Picked this goal up again.',
      'Marked as achieved.',
    ]);
  });

  it('writes one note when the same status change arrives several times at once', async () => {
    const { cookie, user } = await buildUser(t.app.auth);
    const goal = await buildGoal(t.database.db, user.id);
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        call(t.app, 'PATCH', `/api/goals/${goal.id}`, { cookie, body: { status: 'achieved' } }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    const read = (await call(t.app, 'GET', `/api/goals/${goal.id}`, { cookie })).json();
    expect(read.progressNotes.map((n: { body: string }) => n.body)).toEqual([
      'Marked as achieved.',
    ]);
  });

  it('deletes a goal with its notes', async () => {
    const { cookie, user } = await buildUser(t.app.auth);
    const goal = await buildGoal(t.database.db, user.id);
    const note = (
      await call(t.app, 'POST', `/api/goals/${goal.id}/notes`, { cookie, body: { body: 'Hi' } })
    ).json();
    expect((await call(t.app, 'DELETE', `/api/goals/${goal.id}`, { cookie })).statusCode).toBe(204);
    const res = await call(t.app, 'DELETE', `/api/goals/${goal.id}/notes/${note.id}`, { cookie });
    expect(res.statusCode).toBe(404);
  });
});
