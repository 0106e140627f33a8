import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../tests/setup/test-app.ts';

const logLines: Record<string, unknown>[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    logLevel: 'info',
    logStream,
    beforeReady: (app) => {
      app.get('/api/test-only/boom', { config: { access: 'public' } }, async () => {
        throw new Error('database password is hunter2');
      });
    },
  });
});
afterAll(() => t.close());

describe('health', () => {
  it('reports ok and which engine it runs on', async () => {
    const res = await call(t.app, 'GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.database.kind });
  });

  it('answers 503 when the database is gone', async () => {
    const broken = await createTestApp();
    await broken.database.close();
    const res = await call(broken.app, 'GET', '/api/health');
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('unavailable');
    await broken.app.close();
  });
});

describe('errors', () => {
  it('answers unknown API routes with a JSON 404', async () => {
    const res = await call(t.app, 'GET', '/api/no-such-thing?x=1');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'not_found', message: 'There is no GET /api/no-such-thing.' },
    });
    expect((await call(t.app, 'DELETE', '/api/health')).statusCode).toBe(404);
  });

  it('answers malformed JSON with 400 and oversized bodies with 413', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_json');

    const huge = await call(t.app, 'POST', '/api/auth/sign-in/email', {
      body: { email: 'a@example.test', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
  });

  it('answers a non-JSON body with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('hides the internals of a 5xx from the client but logs them with the request id', async () => {
    const res = await call(t.app, 'GET', '/api/test-only/boom');
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('hunter2');
    const requestId = res.headers['x-request-id'];
    expect(res.json().error).toEqual({
      code: 'internal',
      message: `Something went wrong on our side. Reference: ${requestId}.`,
    });
    const logged = logLines.find((line) => line.reqId === requestId && line.level === 50);
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toContain('hunter2');
  });

  it('never logs cookies', async () => {
    await call(t.app, 'GET', '/api/me', { cookie: 'tandem.session_token=super-secret-cookie' });
    expect(JSON.stringify(logLines)).not.toContain('super-secret-cookie');
  });
});

describe('security headers', () => {
  it('sends a strict CSP and the usual hardening headers', async () => {
    const res = await call(t.app, 'GET', '/api/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('API documentation', () => {
  it('serves an OpenAPI 3.1 document generated from the route schemas, with access declared', async () => {
    const res = await call(t.app, 'GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const signUp = doc.paths['/api/auth/sign-up/email'].post;
    expect(signUp['x-access']).toBe('public');
    expect(signUp.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['name', 'email', 'password', 'timeZone']),
    );
    expect(doc.paths['/api/me'].get['x-access']).toBe('signed-in');
    expect(doc.paths['/api/me'].get.security).toEqual([{ session: [] }]);
    expect(doc.paths['/api/test-only/boom']).toBeDefined();
  });

  it('serves a readable reference page', async () => {
    const res = await call(t.app, 'GET', '/api/docs');
    const page =
      res.statusCode === 302 ? await call(t.app, 'GET', String(res.headers.location)) : res;
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });
});
