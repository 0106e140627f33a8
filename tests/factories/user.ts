import { randomBytes } from 'node:crypto';
import type { Me, SignUpInput } from '../../common/schemas/account.ts';
import { toMe } from '../../server/features/account/account.service.ts';
import type { Auth } from '../../server/lib/auth.ts';

let sequence = 0;

/** Valid sign-up input with a unique email; override any field. */
export function userInput(overrides: Partial<SignUpInput> = {}): SignUpInput {
  sequence += 1;
  const tag = `${Date.now().toString(36)}${sequence}${randomBytes(2).toString('hex')}`;
  return {
    name: `Test Person ${sequence}`,
    email: `person-${tag}@example.test`,
    password: `pw-${randomBytes(8).toString('hex')}`,
    timeZone: 'Europe/Paris',
    ...overrides,
  };
}

export interface BuiltUser {
  user: Me;
  input: SignUpInput;
  /** A Cookie header value carrying the user's session. */
  cookie: string;
}

/**
 * Creates a user through better-auth itself (the same path as the sign-up route, without the
 * HTTP layer), signed in. Shared by tests and the demo seed.
 */
export async function buildUser(
  auth: Auth,
  overrides: Partial<SignUpInput> = {},
): Promise<BuiltUser> {
  const input = userInput(overrides);
  const { headers, response } = await auth.api.signUpEmail({
    body: { ...input, email: input.email.toLowerCase() },
    returnHeaders: true,
  });
  const cookie = headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return { input, cookie, user: toMe(response.user) };
}
