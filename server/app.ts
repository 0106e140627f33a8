import { randomUUID } from 'node:crypto';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import type { Database } from './db/client.ts';
import type { Env } from './env.ts';
import { accountRoutes } from './features/account/account.routes.ts';
import { toMe } from './features/account/account.service.ts';
import { accountDataRoutes } from './features/account-data/account-data.routes.ts';
import { actionItemsRoutes } from './features/action-items/action-items.routes.ts';
import { agendaRoutes } from './features/agenda/agenda.routes.ts';
import { apiDocsRoutes, registerOpenApi } from './features/api-docs/api-docs.routes.ts';
import { type AuthRateLimits, authRoutes } from './features/auth/auth.routes.ts';
import { calendarRoutes } from './features/calendar/calendar.routes.ts';
import { closureRoutes } from './features/closure/closure.routes.ts';
import { buildSummary } from './features/closure/summary.service.ts';
import { cohortMatchingRoutes } from './features/cohort-matching/cohort-matching.routes.ts';
import { fitCheckRoutes } from './features/fit-check/fit-check.routes.ts';
import { getFitCheck } from './features/fit-check/fit-check.service.ts';
import { goalsRoutes } from './features/goals/goals.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { interviewsRoutes } from './features/interviews/interviews.routes.ts';
import { rubricRoutes } from './features/interviews/rubric.routes.ts';
import { mentorSearchRoutes } from './features/mentor-search/mentor-search.routes.ts';
import { invitationsRoutes } from './features/mentorships/invitations.routes.ts';
import { mentorshipsRoutes } from './features/mentorships/mentorships.routes.ts';
import { needsRoutes } from './features/needs/needs.routes.ts';
import { notesRoutes } from './features/notes/notes.routes.ts';
import { notificationCentreRoutes } from './features/notification-centre/notification-centre.routes.ts';
import type { Composers } from './features/notifications/composed-message.ts';
import { composers as allComposers } from './features/notifications/composers/all-composers.ts';
import { startReminderLoop } from './features/notifications/reminder-loop.ts';
import { unsubscribeRoutes } from './features/notifications/unsubscribe.routes.ts';
import { profileRoutes } from './features/profiles/profiles.routes.ts';
import { programHealthRoutes } from './features/program-health/program-health.routes.ts';
import { applicationsRoutes } from './features/programs/applications.routes.ts';
import { programInvitesRoutes } from './features/programs/invites.routes.ts';
import { programsRoutes } from './features/programs/programs.routes.ts';
import { progressRoutes } from './features/progress/progress.routes.ts';
import { reviewsRoutes } from './features/reviews/reviews.routes.ts';
import { prepRoutes } from './features/sessions/prep.routes.ts';
import { sessionsRoutes } from './features/sessions/sessions.routes.ts';
import { registerAccessControl } from './lib/access.ts';
import { type Auth, createAuth } from './lib/auth.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import type { AppDeps } from './lib/deps.ts';
import { AppError, errorBody, registerErrorHandler } from './lib/errors.ts';
import { AppEvents } from './lib/events.ts';
import { registerJsonBodyParser } from './lib/json-body.ts';
import { loggerOptions } from './lib/logger.ts';
import { createSmtpMailer } from './lib/mailer.ts';
import { registerOriginCheck } from './lib/origin-check.ts';
import { SessionCache } from './lib/session-cache.ts';
import { registerWebClient } from './lib/web-client.ts';

export interface AppOptions {
  database: Database;
  baseUrl: string;
  authSecret: string;
  logLevel?: Env['LOG_LEVEL'];
  trustProxy?: boolean;
  /** Folder of the built web client; when absent or not built, only the API is served. */
  webDir?: string;
  rateLimits?: AuthRateLimits;
  /** Extra origins allowed to make cookie requests (e.g. the Vite dev server). */
  extraOrigins?: string[];
  bodyLimit?: number;
  /** Where JSON log lines go (stdout by default); tests read them from here. */
  logStream?: DestinationStream;
  /** "Now" for the product's rules; tests pass a clock they move by hand. */
  clock?: Clock;
  /** Days before an unanswered mentorship request or invitation expires (default 14). */
  requestExpiryDays?: number;
  /** SMTP settings; without `smtpUrl` every mail is kept in the outbox as `not-sent`. */
  mail?: { smtpUrl?: string; from: string };
  /**
   * The reminder worker. Off unless asked for (tests drive `runDueReminders` by hand), and it
   * only starts with a set of composers, which turn reminders into words.
   */
  notifications?: {
    worker: boolean;
    pollMs?: number;
    leaseMs?: number;
    composers?: Partial<Composers>;
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    auth: Auth;
    /** In-process events; tests emit on it the way a feature's writes do. */
    events: AppEvents;
  }
}

const MINUTE = 60_000;
const defaultRateLimits: AuthRateLimits = {
  signIn: { max: 10, timeWindow: MINUTE },
  signUp: { max: 5, timeWindow: MINUTE },
};

/** The origins that count as "Tandem itself": the base URL, and its 127.0.0.1 twin locally. */
function trustedOriginsFor(baseUrl: string, extra: string[]): string[] {
  const url = new URL(baseUrl);
  const origins = [url.origin, ...extra];
  if (url.hostname === 'localhost') {
    origins.push(`${url.protocol}//127.0.0.1${url.port ? `:${url.port}` : ''}`);
  }
  return origins;
}

/** Builds the whole app without listening: main.ts listens, tests inject. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info', options.logStream),
    genReqId: () => randomUUID(),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    // The router rejects a malformed or overlong path segment before any route or error handler
    // runs; answer those in our error shape too (e.g. a 100,000-character id is a 400, not 414).
    frameworkErrors: (error, _request, reply) => {
      const message =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? 'Part of the address is too long.'
          : 'The address is not valid.';
      return (reply as FastifyReply).status(400).send(errorBody('validation_failed', message));
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only: anything else is a 415, not a string handed to the validator.
  app.removeContentTypeParser('text/plain');
  registerJsonBodyParser(app);
  registerErrorHandler(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const trustedOrigins = trustedOriginsFor(options.baseUrl, options.extraOrigins ?? []);
  const auth = createAuth({
    db: options.database.db,
    baseUrl: options.baseUrl,
    trustedOrigins,
    secret: options.authSecret,
    logger: app.log,
  });
  app.decorate('auth', auth);

  const secure = options.baseUrl.startsWith('https://');
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        // Mantine sets inline style attributes; no inline script is ever allowed.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': secure ? [] : null,
      },
    },
    hsts: secure,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', `Too many attempts. Try again in ${context.after}.`),
  });

  registerOriginCheck(app, trustedOrigins);
  const sessions = new SessionCache();
  registerAccessControl(app, auth, sessions);
  await registerOpenApi(app, options.baseUrl);

  const deps: AppDeps = {
    database: options.database,
    auth,
    events: new AppEvents(),
    sessions,
    clock: options.clock ?? systemClock,
    settings: {
      baseUrl: options.baseUrl.replace(/\/$/, ''),
      requestExpiryDays: options.requestExpiryDays ?? 14,
      mailConfigured: Boolean(options.mail?.smtpUrl),
    },
  };
  app.decorate('events', deps.events);
  await app.register(healthRoutes, deps);
  await app.register(authRoutes, { ...deps, rateLimits: options.rateLimits ?? defaultRateLimits });
  await app.register(accountRoutes, deps);
  // The export reads shared mentorships through the same read models the pages use.
  await app.register(accountDataRoutes, {
    ...deps,
    readers: { me: toMe, summary: buildSummary, fitCheck: getFitCheck },
  });
  await app.register(goalsRoutes, deps);
  await app.register(profileRoutes, deps);
  await app.register(mentorSearchRoutes, deps);
  await app.register(calendarRoutes, deps);
  await app.register(sessionsRoutes, deps);
  await app.register(mentorshipsRoutes, deps);
  await app.register(invitationsRoutes, deps);
  await app.register(prepRoutes, deps);
  await app.register(notificationCentreRoutes, deps);
  await app.register(unsubscribeRoutes, { ...deps, authSecret: options.authSecret });
  await app.register(closureRoutes, deps);
  await app.register(agendaRoutes, deps);
  await app.register(actionItemsRoutes, deps);
  await app.register(notesRoutes, deps);
  await app.register(reviewsRoutes, deps);
  await app.register(fitCheckRoutes, deps);
  await app.register(progressRoutes, deps);
  await app.register(needsRoutes, deps);
  await app.register(programsRoutes, deps);
  await app.register(programInvitesRoutes, deps);
  await app.register(applicationsRoutes, deps);
  await app.register(rubricRoutes, deps);
  await app.register(interviewsRoutes, deps);
  await app.register(programHealthRoutes, deps);
  await app.register(cohortMatchingRoutes, deps);
  await app.register(apiDocsRoutes);

  const servesWeb = options.webDir ? await registerWebClient(app, options.webDir) : false;
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' || request.method === 'HEAD';
    if (servesWeb && wantsPage && !request.url.startsWith('/api')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply
      .status(404)
      .send(errorBody('not_found', `There is no ${request.method} ${request.url.split('?')[0]}.`));
  });

  if (options.notifications?.worker) {
    const composers = options.notifications.composers ?? allComposers;
    const loop = startReminderLoop(
      {
        db: options.database.db,
        composers,
        mailer: options.mail?.smtpUrl
          ? createSmtpMailer({ smtpUrl: options.mail.smtpUrl, from: options.mail.from })
          : null,
        clock: deps.clock,
        baseUrl: deps.settings.baseUrl,
        authSecret: options.authSecret,
        leaseMs: options.notifications.leaseMs,
      },
      options.notifications.pollMs ?? 15_000,
      (error) => app.log.error({ err: error }, 'reminder worker run failed'),
    );
    app.addHook('onClose', () => loop.stop());
  }

  return app;
}
