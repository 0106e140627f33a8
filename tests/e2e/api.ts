import type { SignUpInput } from '../../common/schemas/account.ts';
import type { CreateGoalInput } from '../../common/schemas/goals.ts';
import type { ProfileInput } from '../../common/schemas/profile.ts';
import { baseUrl } from './browser.ts';

/**
 * Sets the scene for a journey through the public API, as another person would in their own
 * browser: quicker than clicking, and it exercises the same routes.
 */
async function post(path: string, body: unknown, cookie?: string, method = 'POST') {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: baseUrl, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return res;
}

export async function signUpViaApi(input: SignUpInput): Promise<string> {
  const res = await post('/api/auth/sign-up/email', input);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

export async function saveProfileViaApi(cookie: string, profile: ProfileInput) {
  await post('/api/me/profile', profile, cookie, 'PUT');
}

/** Writes a goal for the signed-in person behind `cookie`; answers its id. */
export async function createGoalViaApi(cookie: string, goal: CreateGoalInput): Promise<string> {
  const res = await post('/api/goals', goal, cookie);
  return ((await res.json()) as { id: string }).id;
}

/** Any JSON call as a signed-in person; answers the parsed body (throws on an error status). */
export async function callViaApi<T>(
  cookie: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      origin: baseUrl,
      cookie,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
