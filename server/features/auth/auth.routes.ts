import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordInput,
  okOutput,
  signedInOutput,
  signInInput,
  signUpInput,
} from '../../../common/schemas/account.ts';
import { currentUser, type SignedInUser, toHeaders } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { sessionTokenOf } from '../../lib/session-cache.ts';
import { toMe } from '../account/account.service.ts';
import { toAppError } from './auth.errors.ts';

export interface AuthRateLimits {
  signIn: { max: number; timeWindow: number };
  signUp: { max: number; timeWindow: number };
}

/** Copies better-auth's cookies (possibly several Set-Cookie headers) onto the reply. */
function forwardCookies(reply: FastifyReply, headers: Headers) {
  const cookies = headers.getSetCookie();
  if (cookies.length) reply.header('set-cookie', cookies);
}

/** Starts the browser's session (cookie only) and answers with the user, never the token. */
function signedIn(
  reply: FastifyReply,
  result: { headers: Headers; response: { user: SignedInUser } },
) {
  forwardCookies(reply, result.headers);
  return { user: toMe(result.response.user) };
}

/**
 * Accounts. The paths are better-auth's standard ones; we validate the input ourselves (so
 * errors look like every other error), call better-auth, and return only what clients need:
 * the session token stays in its HttpOnly cookie, never in a body.
 */
export const authRoutes: FastifyPluginAsyncZod<AppDeps & { rateLimits: AuthRateLimits }> = async (
  app,
  { auth, sessions, rateLimits },
) => {
  app.post(
    '/api/auth/sign-up/email',
    {
      config: { access: 'public', rateLimit: rateLimits.signUp },
      schema: {
        tags: ['account'],
        summary: 'Create an account and sign in',
        body: signUpInput,
        response: { 200: signedInOutput },
      },
    },
    async (request, reply) => {
      const result = await auth.api
        .signUpEmail({
          body: request.body,
          headers: toHeaders(request.headers),
          returnHeaders: true,
        })
        .catch(toAppError);
      return signedIn(reply, result);
    },
  );

  app.post(
    '/api/auth/sign-in/email',
    {
      config: { access: 'public', rateLimit: rateLimits.signIn },
      schema: {
        tags: ['account'],
        summary: 'Sign in with email and password',
        description: 'A wrong password and an unknown email get the same answer.',
        body: signInInput,
        response: { 200: signedInOutput },
      },
    },
    async (request, reply) => {
      const result = await auth.api
        .signInEmail({
          body: request.body,
          headers: toHeaders(request.headers),
          returnHeaders: true,
        })
        .catch(toAppError);
      return signedIn(reply, result);
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { access: 'public' },
      schema: {
        tags: ['account'],
        summary: 'Sign out of this browser',
        response: { 200: okOutput },
      },
    },
    async (request, reply) => {
      if (request.headers.cookie) {
        sessions.forgetToken(sessionTokenOf(request.headers.cookie));
        const result = await auth.api
          .signOut({ headers: toHeaders(request.headers), returnHeaders: true })
          .catch(toAppError);
        forwardCookies(reply, result.headers);
      }
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/change-password',
    {
      config: { access: 'signed-in', rateLimit: rateLimits.signIn },
      schema: {
        tags: ['account'],
        summary: 'Change your password',
        body: changePasswordInput,
        response: { 200: okOutput },
      },
    },
    async (request, reply) => {
      const result = await auth.api
        .changePassword({
          body: request.body,
          headers: toHeaders(request.headers),
          returnHeaders: true,
        })
        .catch(toAppError);
      // Other sessions of this user may just have been revoked.
      sessions.forgetUser(currentUser(request).id);
      forwardCookies(reply, result.headers);
      return { ok: true as const };
    },
  );
};
