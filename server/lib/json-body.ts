import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

/** The path of the first string holding a NUL character, or undefined. */
function findNul(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = findNul(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Fastify's JSON parser (with its prototype-poisoning guards) plus one rule PostgreSQL
 * imposes on all text: no NUL characters. Refusing them here means no route can fail on one.
 */
export function registerJsonBodyParser(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, String(body), (error, value) => {
      if (error) return done(error, undefined);
      const path = findNul(value);
      if (path) {
        const field = path.join('.') || 'body';
        const error = new AppError('validation_failed', 'Text may not contain NUL characters.', {
          [field]: 'Remove the NUL character.',
        });
        return done(error, undefined);
      }
      done(null, value);
    });
  });
}
