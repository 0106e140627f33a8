import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { FastifyBaseLogger } from 'fastify';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../common/schemas/account.ts';
import type { Db } from '../db/client.ts';
import { accounts, sessions, users, verifications } from '../db/schema/auth.ts';

export interface AuthOptions {
  db: Db;
  baseUrl: string;
  trustedOrigins: string[];
  secret: string;
  logger: FastifyBaseLogger;
}

const DAY_SECONDS = 24 * 60 * 60;

/**
 * better-auth owns passwords (scrypt), sessions (rows in the database, so every instance sees
 * them) and cookies. Rate limiting and input validation happen in Fastify, before it.
 */
export function createAuth({ db, baseUrl, trustedOrigins, secret, logger }: AuthOptions) {
  return betterAuth({
    appName: 'Tandem',
    baseURL: baseUrl,
    basePath: '/api/auth',
    secret,
    trustedOrigins,
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
    },
    user: {
      additionalFields: {
        timeZone: { type: 'string', required: true, input: true },
        // Chosen later in Settings; sign-up takes the default.
        locale: { type: 'string', required: false, input: false, defaultValue: 'en-GB' },
      },
    },
    session: { expiresIn: 30 * DAY_SECONDS, updateAge: DAY_SECONDS },
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    advanced: {
      cookiePrefix: 'tandem',
      useSecureCookies: baseUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    logger: {
      level: 'warn',
      log: (level, message, ...args) => {
        logger[level]({ auth: args.length ? args : undefined }, message);
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
