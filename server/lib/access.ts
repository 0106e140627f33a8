import type { FastifyInstance, FastifyRequest, FastifySchema, RouteOptions } from 'fastify';
import type { Auth } from './auth.ts';
import { AppError } from './errors.ts';
import { type SessionCache, sessionTokenOf } from './session-cache.ts';

/**
 * Who may call a route. Every /api route declares one in `config.access`; the app refuses to
 * start with a route that has none, and the persona-matrix test probes each one.
 * - `public`: anyone, signed in or not.
 * - `signed-in`: any signed-in user; the handler only ever touches that user's own data.
 * - `participant`: signed in, and one of the two people of the mentorship (or session) the path
 *   names; the service checks it (server/lib/participation.ts) and answers anyone else with the
 *   same 404 as for an id that does not exist, so ids reveal nothing.
 * - `token`: no sign-in; a long random secret in the path is the only credential (calendar
 *   feeds, invitation links). A wrong or revoked secret is a 404 that says nothing more.
 * - `program-admin`: signed in, and an admin of the program the path names (by `:programId`, or
 *   through its `:cohortId`, `:applicationId`, `:interviewId` or `:runId`).
 * - `program-staff`: signed in, and an admin or reviewer of that program; the service narrows
 *   further (a reviewer sees only the interviews they sit on). Both answer everyone else,
 *   another program's admins included, with the 404 of an unknown id
 *   (server/lib/program-staff.ts).
 */
export type Access =
  | 'public'
  | 'signed-in'
  | 'participant'
  | 'token'
  | 'program-admin'
  | 'program-staff';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  /** How they like dates and times written (common/dates/date-locales.ts); unset = default. */
  locale?: string | null;
  createdAt: Date;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** Set for routes that are not public; `null` when nobody is signed in. */
    user: SignedInUser | null;
  }
  interface FastifyInstance {
    /** Every route registered, with its declared access (filled in as routes are added). */
    routeTable: RouteEntry[];
  }
}

/** The signed-in user of a route declared `signed-in` (the hook has already refused anonymous). */
export function currentUser(request: FastifyRequest): SignedInUser {
  if (!request.user) throw new AppError('unauthenticated', 'Sign in to continue.');
  return request.user;
}

/** Fastify's header object as a fetch `Headers`, which better-auth expects. */
export function toHeaders(raw: FastifyRequest['headers']): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(key, item);
  }
  return headers;
}

/** The user whose session cookie the request carries, or null (from the cache when fresh). */
export async function resolveUser(
  auth: Auth,
  sessions: SessionCache,
  request: FastifyRequest,
): Promise<SignedInUser | null> {
  const token = sessionTokenOf(request.headers.cookie);
  if (!token) return null;
  const cached = sessions.get(token);
  if (cached) return cached;
  const result = await auth.api.getSession({ headers: toHeaders(request.headers) });
  if (!result) return null;
  const { id, name, email, timeZone, locale, createdAt } = result.user;
  const user = { id, name, email, timeZone, locale, createdAt };
  sessions.set(token, user, new Date(result.session.expiresAt));
  return user;
}

export interface RouteEntry {
  method: string;
  url: string;
  access: Access | undefined;
  /** The route's zod schemas (body, querystring, params): tests derive inputs from them. */
  schema: FastifySchema | undefined;
}

const ACCESS_VALUES: readonly Access[] = [
  'public',
  'signed-in',
  'participant',
  'token',
  'program-admin',
  'program-staff',
];

/** Records every route, refuses undeclared /api routes at boot, and enforces declarations. */
export function registerAccessControl(app: FastifyInstance, auth: Auth, sessions: SessionCache) {
  app.decorateRequest('user', null);
  const routes: RouteOptions[] = [];
  app.decorate('routeTable', {
    getter: () =>
      routes.flatMap((route) =>
        [route.method].flat().map((method) => ({
          method,
          url: route.url,
          access: route.config?.access,
          schema: route.schema,
        })),
      ),
  });
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  // Checked once every plugin has run: a plugin scope may declare access for the routes it adds.
  app.addHook('onReady', async () => {
    const undeclared = app.routeTable.filter(
      (route) => route.url.startsWith('/api') && !ACCESS_VALUES.includes(route.access as Access),
    );
    if (undeclared.length) {
      const list = undeclared.map((route) => `${route.method} ${route.url}`).join(', ');
      throw new Error(`Routes without a config.access declaration: ${list}`);
    }
  });

  // onRequest runs before the body is parsed: an anonymous caller learns nothing about a
  // protected route's input rules.
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public' || access === 'token') return;
    request.user = await resolveUser(auth, sessions, request);
    if (!request.user) throw new AppError('unauthenticated', 'Sign in to continue.');
  });
}
