import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/me', () => {
  it('returns the signed-in user and 401 for anyone else', async () => {
    const { cookie, user } = await buildUser(t.app.auth, {
      name: 'Ada Example',
      timeZone: 'Asia/Tokyo',
    });
    const me = await call(t.app, 'GET', '/api/me', { cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ ...user, name: 'Ada Example', timeZone: 'Asia/Tokyo' });

    const anonymous = await call(t.app, 'GET', '/api/me');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({
      error: { code: 'unauthenticated', message: 'Sign in to continue.' },
    });

    const forged = await call(t.app, 'GET', '/api/me', {
      cookie: 'tandem.session_token=forged.value',
    });
    expect(forged.statusCode).toBe(401);
  });
});

describe('PATCH /api/me', () => {
  it('updates name and time zone of the caller only', async () => {
    const a = await buildUser(t.app.auth, { name: 'Alex' });
    const b = await buildUser(t.app.auth, { name: 'Blair' });
    const res = await call(t.app, 'PATCH', '/api/me', {
      cookie: a.cookie,
      body: { name: '  Alex Rivera  ', timeZone: 'America/Sao_Paulo' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Alex Rivera', timeZone: 'America/Sao_Paulo' });
    expect((await call(t.app, 'GET', '/api/me', { cookie: a.cookie })).json().name).toBe(
      'Alex Rivera',
    );
    expect((await call(t.app, 'GET', '/api/me', { cookie: b.cookie })).json().name).toBe('Blair');
  });

  it('rejects an unknown time zone and an empty patch, and keeps the data as it was', async () => {
    const { cookie } = await buildUser(t.app.auth, { name: 'Kept', timeZone: 'Europe/Oslo' });
    const badZone = await call(t.app, 'PATCH', '/api/me', {
      cookie,
      body: { name: 'Changed', timeZone: 'Europe/Atlantis' },
    });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().error.fields).toHaveProperty('timeZone');
    const empty = await call(t.app, 'PATCH', '/api/me', { cookie, body: {} });
    expect(empty.statusCode).toBe(400);
    expect((await call(t.app, 'GET', '/api/me', { cookie })).json()).toMatchObject({
      name: 'Kept',
      timeZone: 'Europe/Oslo',
    });
  });
});
