import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGoal } from '../../../tests/factories/goal.ts';
import { buildMentor } from '../../../tests/factories/profile.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const topName = async (cookie: string, goalId: string) => {
  const res = await call(t.app, 'GET', `/api/mentors?goalId=${goalId}&ignore=capacity`, { cookie });
  expect(res.statusCode).toBe(200);
  return res.json().results[0]?.mentor.name as string;
};

describe('search inputs of the caller', () => {
  it('follow a goal edit and a profile edit at once, despite the caches', async () => {
    const db = t.database.db;
    await buildMentor(t.app.auth, db, { topics: ['interviews'], stack: ['java'] }, [], {
      name: 'Interview Ivy',
    });
    await buildMentor(t.app.auth, db, { topics: ['networking'], stack: ['rust'] }, [], {
      name: 'Network Nils',
    });
    const mentee = await buildUser(t.app.auth);
    const goal = await buildGoal(db, mentee.user.id, { category: 'interviews' });

    expect(await topName(mentee.cookie, goal.id)).toBe('Interview Ivy');
    const patched = await call(t.app, 'PATCH', `/api/goals/${goal.id}`, {
      cookie: mentee.cookie,
      body: { category: 'networking' },
    });
    expect(patched.statusCode).toBe(200);
    expect(await topName(mentee.cookie, goal.id)).toBe('Network Nils');

    // With the topic ignored, the stack the mentee now wants to grow in decides.
    const saved = await call(t.app, 'PUT', '/api/me/profile', {
      cookie: mentee.cookie,
      body: { isMentor: false, isMentee: true, mentee: { wantStack: ['java'] } },
    });
    expect(saved.statusCode).toBe(200);
    const res = await call(t.app, 'GET', `/api/mentors?goalId=${goal.id}&ignore=capacity,topic`, {
      cookie: mentee.cookie,
    });
    expect(res.json().results[0].mentor.name).toBe('Interview Ivy');
  });
});
