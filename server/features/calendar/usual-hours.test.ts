import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DEFAULT = { startMinute: 540, endMinute: 1080, days: [1, 2, 3, 4, 5], isDefault: true };

describe('usual hours', () => {
  it('are 09:00–18:00 on weekdays until set, then whatever I saved', async () => {
    const { cookie } = await buildUser(t.app.auth);
    const other = await buildUser(t.app.auth);
    const initial = await call(t.app, 'GET', '/api/me/usual-hours', { cookie });
    expect(initial.statusCode).toBe(200);
    expect(initial.json()).toEqual(DEFAULT);

    const saved = await call(t.app, 'PUT', '/api/me/usual-hours', {
      cookie,
      body: { startMinute: 17 * 60 + 30, endMinute: 1440, days: [6, 2, 2, 4] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const expected = { startMinute: 1050, endMinute: 1440, days: [2, 4, 6], isDefault: false };
    expect(saved.json()).toEqual(expected);
    expect((await call(t.app, 'GET', '/api/me/usual-hours', { cookie })).json()).toEqual(expected);

    // Saving again replaces, and someone else's hours are untouched.
    const again = await call(t.app, 'PUT', '/api/me/usual-hours', {
      cookie,
      body: { startMinute: 480, endMinute: 960, days: [1] },
    });
    expect(again.json()).toEqual({ startMinute: 480, endMinute: 960, days: [1], isDefault: false });
    const theirs = await call(t.app, 'GET', '/api/me/usual-hours', { cookie: other.cookie });
    expect(theirs.json()).toEqual(DEFAULT);
  });

  it('refuses hours that end before they start, no days, or minutes off the clock', async () => {
    const { cookie } = await buildUser(t.app.auth);
    const good = { startMinute: 600, endMinute: 900, days: [1, 3] };
    await call(t.app, 'PUT', '/api/me/usual-hours', { cookie, body: good });

    const cases: [object, string][] = [
      [{ ...good, endMinute: 600 }, 'endMinute'],
      [{ ...good, endMinute: 300 }, 'endMinute'],
      [{ ...good, days: [] }, 'days'],
      [{ ...good, days: [0] }, 'days.0'],
      [{ ...good, days: [8] }, 'days.0'],
      [{ ...good, startMinute: -1 }, 'startMinute'],
      [{ ...good, endMinute: 1441 }, 'endMinute'],
      [{ ...good, startMinute: 9.5 }, 'startMinute'],
    ];
    for (const [body, field] of cases) {
      const res = await call(t.app, 'PUT', '/api/me/usual-hours', { cookie, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(Object.keys(res.json().error.fields)).toContain(field);
    }
    const bad = await call(t.app, 'PUT', '/api/me/usual-hours', {
      cookie,
      body: { ...good, endMinute: 600 },
    });
    expect(bad.json().error.fields.endMinute).toBe(
      'The end of your usual hours must come after the start.',
    );
    // Nothing refused was saved.
    expect((await call(t.app, 'GET', '/api/me/usual-hours', { cookie })).json()).toEqual({
      ...good,
      isDefault: false,
    });
  });

  it('belong to a signed-in user', async () => {
    expect((await call(t.app, 'GET', '/api/me/usual-hours')).statusCode).toBe(401);
    expect(
      (await call(t.app, 'PUT', '/api/me/usual-hours', { body: { startMinute: 1 } })).statusCode,
    ).toBe(401);
  });
});
