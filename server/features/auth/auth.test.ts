import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, userInput } from '../../../tests/factories/user.ts';
import { call, cookieFrom, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('sign-up', () => {
  it('creates the account, signs in with an HttpOnly SameSite=Lax cookie, and returns no token', async () => {
    const input = userInput({ email: 'New.Person@Example.test', timeZone: 'America/New_York' });
    const res = await call(t.app, 'POST', '/api/auth/sign-up/email', { body: input });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({
      name: input.name,
      email: 'new.person@example.test',
      timeZone: 'America/New_York',
    });
    expect(JSON.stringify(body)).not.toMatch(/token/i);

    const setCookie = [res.headers['set-cookie']].flat().join('\n');
    expect(setCookie).toMatch(/tandem\.session_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);

    const me = await call(t.app, 'GET', '/api/me', { cookie: cookieFrom(res) });
    expect(me.json()).toMatchObject({
      email: 'new.person@example.test',
      timeZone: 'America/New_York',
    });
  });

  it('refuses a second account for the same email, whatever its case, with 409', async () => {
    const { input } = await buildUser(t.app.auth);
    const res = await call(t.app, 'POST', '/api/auth/sign-up/email', {
      body: { ...userInput(), email: input.email.toUpperCase() },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('email_taken');
  });

  it('reports each invalid field by its path', async () => {
    const res = await call(t.app, 'POST', '/api/auth/sign-up/email', {
      body: { name: '', email: 'not-an-email', password: 'short', timeZone: 'Mars/Olympus' },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.fields).sort()).toEqual(['email', 'name', 'password', 'timeZone']);
  });
});

describe('sign-in', () => {
  it('signs in with the right password and gets the same answer for a wrong password or unknown email', async () => {
    const { input } = await buildUser(t.app.auth);
    const ok = await call(t.app, 'POST', '/api/auth/sign-in/email', {
      body: { email: input.email, password: input.password },
    });
    expect(ok.statusCode).toBe(200);
    expect(cookieFrom(ok)).toMatch(/tandem\.session_token=/);

    const wrongPassword = await call(t.app, 'POST', '/api/auth/sign-in/email', {
      body: { email: input.email, password: 'not-the-password' },
    });
    const unknownEmail = await call(t.app, 'POST', '/api/auth/sign-in/email', {
      body: { email: 'nobody-here@example.test', password: 'not-the-password' },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.json().error.code).toBe('invalid_credentials');
    expect(wrongPassword.headers['set-cookie']).toBeUndefined();
  });

  it('marks the cookie Secure when the app is served over https', async () => {
    const secure = await createTestApp({ baseUrl: 'https://tandem.example.org' });
    try {
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        headers: { origin: 'https://tandem.example.org', 'content-type': 'application/json' },
        payload: JSON.stringify(userInput()),
      });
      expect(res.statusCode).toBe(200);
      expect([res.headers['set-cookie']].flat().join('\n')).toMatch(/; Secure/i);
      expect(res.headers['strict-transport-security']).toBeDefined();
    } finally {
      await secure.close();
    }
  });
});

describe('sign-out', () => {
  it('ends the session on the server, not just in the browser', async () => {
    const { cookie } = await buildUser(t.app.auth);
    expect((await call(t.app, 'GET', '/api/me', { cookie })).statusCode).toBe(200);
    const out = await call(t.app, 'POST', '/api/auth/sign-out', { cookie });
    expect(out.statusCode).toBe(200);
    expect((await call(t.app, 'GET', '/api/me', { cookie })).statusCode).toBe(401);
  });

  it('is harmless when nobody is signed in', async () => {
    const out = await call(t.app, 'POST', '/api/auth/sign-out');
    expect(out.statusCode).toBe(200);
  });
});

describe('change password', () => {
  it('needs the current password, then the new one works and the old one does not', async () => {
    const { input, cookie } = await buildUser(t.app.auth);
    const wrong = await call(t.app, 'POST', '/api/auth/change-password', {
      cookie,
      body: { currentPassword: 'nope-nope-nope', newPassword: 'a-brand-new-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');

    const ok = await call(t.app, 'POST', '/api/auth/change-password', {
      cookie,
      body: { currentPassword: input.password, newPassword: 'a-brand-new-password' },
    });
    expect(ok.statusCode).toBe(200);
    const oldOne = await call(t.app, 'POST', '/api/auth/sign-in/email', {
      body: { email: input.email, password: input.password },
    });
    expect(oldOne.statusCode).toBe(401);
    const newOne = await call(t.app, 'POST', '/api/auth/sign-in/email', {
      body: { email: input.email, password: 'a-brand-new-password' },
    });
    expect(newOne.statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('revokes the other sessions of a user at once when asked on a password change', async () => {
    const { input, cookie } = await buildUser(t.app.auth);
    const other = await call(t.app, 'POST', '/api/auth/sign-in/email', {
      body: { email: input.email, password: input.password },
    });
    const otherCookie = cookieFrom(other);
    expect((await call(t.app, 'GET', '/api/me', { cookie: otherCookie })).statusCode).toBe(200);
    const changed = await call(t.app, 'POST', '/api/auth/change-password', {
      cookie,
      body: {
        currentPassword: input.password,
        newPassword: 'another-long-password',
        revokeOtherSessions: true,
      },
    });
    expect(changed.statusCode).toBe(200);
    expect((await call(t.app, 'GET', '/api/me', { cookie: otherCookie })).statusCode).toBe(401);
    expect((await call(t.app, 'GET', '/api/me', { cookie: cookieFrom(changed) })).statusCode).toBe(
      200,
    );
  });
});

describe('cross-site requests', () => {
  it('refuses a cookie-carrying write without our Origin, and changes nothing', async () => {
    const { cookie } = await buildUser(t.app.auth, { name: 'Before' });
    const missing = await call(t.app, 'PATCH', '/api/me', {
      cookie,
      body: { name: 'After' },
      noOrigin: true,
    });
    const foreign = await call(t.app, 'PATCH', '/api/me', {
      cookie,
      body: { name: 'After' },
      headers: { origin: 'https://evil.example' },
    });
    expect(missing.statusCode).toBe(403);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('origin_mismatch');
    expect((await call(t.app, 'GET', '/api/me', { cookie })).json().name).toBe('Before');
  });

  it('refuses a cross-site sign-out', async () => {
    const { cookie } = await buildUser(t.app.auth);
    const res = await call(t.app, 'POST', '/api/auth/sign-out', {
      cookie,
      headers: { origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
    expect((await call(t.app, 'GET', '/api/me', { cookie })).statusCode).toBe(200);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once sign-in attempts exceed the limit', async () => {
    const limited = await createTestApp({
      rateLimits: {
        signIn: { max: 3, timeWindow: 60_000 },
        signUp: { max: 2, timeWindow: 60_000 },
      },
    });
    try {
      const attempt = () =>
        call(limited.app, 'POST', '/api/auth/sign-in/email', {
          body: { email: 'someone@example.test', password: 'whatever-it-is' },
        });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const blocked = await attempt();
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('rate_limited');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

      const signUp = () =>
        call(limited.app, 'POST', '/api/auth/sign-up/email', { body: userInput() });
      expect((await signUp()).statusCode).toBe(200);
      expect((await signUp()).statusCode).toBe(200);
      expect((await signUp()).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
