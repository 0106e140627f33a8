import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  unsubscribeInput,
  unsubscribeOutput,
  unsubscribeParams,
} from '../../../common/schemas/unsubscribe.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { AppError } from '../../lib/errors.ts';
import { getUnsubscribe, unsubscribe } from './unsubscribe.service.ts';

const tags = ['notifications'];

/** One-click unsubscribe from a mail (RFC 8058), and what a link would stop, for its page. */
export const unsubscribeRoutes: FastifyPluginAsyncZod<AppDeps & { authSecret: string }> = async (
  app,
  { database, clock, authSecret },
) => {
  const { db } = database;
  // Mail clients post the RFC 8058 form body; this plugin's routes alone accept a form.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, body, done) => {
      const fields = Object.fromEntries(new URLSearchParams(String(body)));
      if (Object.values(fields).some((value) => value.includes('\u0000'))) {
        return done(new AppError('validation_failed', 'Text may not contain NUL characters.'));
      }
      done(null, fields);
    },
  );

  app.get(
    '/api/unsubscribe/:unsubscribeToken',
    {
      config: { access: 'token' },
      schema: {
        tags,
        summary: 'What an unsubscribe link would stop',
        description: 'Changes nothing: link checkers and previews may open it freely.',
        params: unsubscribeParams,
        response: { 200: unsubscribeOutput },
      },
    },
    (request) => getUnsubscribe(db, authSecret, request.params.unsubscribeToken),
  );

  app.post(
    '/api/unsubscribe/:unsubscribeToken',
    {
      config: { access: 'token' },
      schema: {
        tags,
        summary: 'Stop the mails an unsubscribe link is about',
        description:
          'RFC 8058 one-click: accepts `List-Unsubscribe=One-Click` as a form, or no body. The type is set to `off` (the digest’s types to `in-app`).',
        params: unsubscribeParams,
        body: unsubscribeInput,
        response: { 200: unsubscribeOutput },
      },
    },
    (request) => unsubscribe(db, authSecret, request.params.unsubscribeToken, clock()),
  );
};
