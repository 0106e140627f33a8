import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../tests/setup/test-app.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from './seed-demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('seedDemo', () => {
  it('creates the demo accounts once, and they can sign in with the printed password', async () => {
    expect(await seedDemo(t.database, t.app.auth)).toEqual({ created: DEMO_PEOPLE.length });
    expect(await seedDemo(t.database, t.app.auth)).toEqual({ created: 0 });
    for (const person of DEMO_PEOPLE) {
      const res = await call(t.app, 'POST', '/api/auth/sign-in/email', {
        body: { email: person.email, password: DEMO_PASSWORD },
      });
      expect(res.statusCode, person.email).toBe(200);
      expect(res.json().user.timeZone).toBe(person.timeZone);
    }
  });
});
