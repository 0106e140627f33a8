import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Env } from '../env.ts';

/**
 * Path segments that are secrets in themselves: whoever holds the address can act on it
 * (accept an invitation, read a calendar, unsubscribe). The segment after each prefix is never
 * logged, on API routes and on the web pages that carry them alike.
 */
const SECRET_SEGMENT = /^((?:\/api)?\/(?:invitations|program-invites|unsubscribe|calendar))\/[^/]+/;

/**
 * The address as logs may show it: no query string (search words and filters are what a person
 * typed) and no secret segment. Request bodies are never logged at all.
 */
export function loggableUrl(url: string): string {
  const [path = '', query] = url.split('?', 2);
  const safe = path.replace(SECRET_SEGMENT, '$1/[redacted]');
  return query === undefined ? safe : `${safe}?[redacted]`;
}

/** Values a database error may quote from the request: they stay out of the logs. */
function withoutValues(text: string): string {
  return text
    .replace(/\nparams: .*/g, '\nparams: [redacted]')
    .replace(/(invalid input (?:syntax|value) for [\w ]+: )".*?"/g, '$1"[redacted]"');
}

interface SerializedError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
  code?: string;
  cause?: SerializedError;
}

/**
 * Errors as logs show them: type, message, stack, code and cause — never the properties a driver
 * adds with the statement's values (`params`, PostgreSQL's `detail`, `where`), and with the
 * values a message quotes masked.
 */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error))
    return { type: typeof error, message: '[not an error]', stack: '' };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.constructor?.name ?? 'Error',
    message: withoutValues(error.message),
    stack: withoutValues(error.stack ?? ''),
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.cause && depth < 3 ? { cause: serializeError(error.cause, depth + 1) } : {}),
  };
}

/** Pino options for Fastify: JSON lines, secrets redacted, level from the environment. */
export function loggerOptions(
  level: Env['LOG_LEVEL'],
  stream?: DestinationStream,
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: loggableUrl(request.url),
        host: request.host,
        remoteAddress: request.ip,
      }),
      err: serializeError,
    },
  };
}
