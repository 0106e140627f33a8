import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard. SameSite=Lax cookies already stop most of it; on top, a
 * state-changing request that carries a cookie must come from one of our own origins.
 * Requests without cookies (scripts, API clients) are not affected: they cannot act as anyone.
 */
export function registerOriginCheck(app: FastifyInstance, trustedOrigins: string[]) {
  const allowed = new Set(trustedOrigins);
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.headers.cookie) return;
    if (!request.url.startsWith('/api/')) return;
    const origin = request.headers.origin ?? originOf(request.headers.referer);
    if (!origin || !allowed.has(origin)) {
      throw new AppError(
        'origin_mismatch',
        'This request did not come from Tandem itself, so it was refused.',
      );
    }
  });
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
