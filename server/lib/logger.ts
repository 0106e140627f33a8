import type { FastifyServerOptions } from 'fastify';
import type { Env } from '../env.ts';

/** Pino options for Fastify: JSON lines, secrets redacted, level from the environment. */
export function loggerOptions(level: Env['LOG_LEVEL']): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  };
}
