import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type AppOptions, buildApp } from '../../server/app.ts';
import type { Database } from '../../server/db/client.ts';
import { createTestDatabase } from './test-database.ts';

export const TEST_BASE_URL = 'http://localhost:3000';
export const TEST_ORIGIN = TEST_BASE_URL;
/** The auth secret of every test app (unsubscribe tokens in tests are signed with it). */
export const TEST_AUTH_SECRET = 'test-secret-that-is-long-enough-for-better-auth';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/**
 * The real app on a database of its own. Rate limits are lifted unless a test sets them,
 * because factories sign many users up from one address.
 */
export async function createTestApp(
  overrides: Partial<AppOptions> & { beforeReady?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  const database = overrides.database ?? (await createTestDatabase());
  const { beforeReady, ...options } = overrides;
  const app = await buildApp({
    database,
    baseUrl: TEST_BASE_URL,
    authSecret: TEST_AUTH_SECRET,
    logLevel: 'silent',
    rateLimits: {
      signIn: { max: 100_000, timeWindow: 60_000 },
      signUp: { max: 100_000, timeWindow: 60_000 },
    },
    ...options,
  });
  try {
    beforeReady?.(app);
    await app.ready();
  } catch (error) {
    await app.close().catch(() => {});
    await database.close();
    throw error;
  }
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export interface CallOptions {
  cookie?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Leave out the Origin header a browser would send (to test the origin check). */
  noOrigin?: boolean;
}

/** Injects a request the way the browser client makes it: JSON, same origin, with a cookie. */
export function call(
  app: FastifyInstance,
  method: InjectOptions['method'],
  url: string,
  { cookie, body, headers = {}, noOrigin }: CallOptions = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: {
      ...(noOrigin ? {} : { origin: TEST_ORIGIN }),
      ...(cookie ? { cookie } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
}

/** `name=value; name2=value2` from a response's Set-Cookie headers (attributes dropped). */
export function cookieFrom(response: LightMyRequestResponse): string {
  const raw = response.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((line) => line.split(';')[0]).join('; ');
}
