import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorOutput } from '../../../common/schemas/error.ts';
import { healthOutput } from '../../../common/schemas/health.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { AppError } from '../../lib/errors.ts';
import { createHealthCheck } from './health.service.ts';

export const healthRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  const checkHealth = createHealthCheck(database);
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: { 200: healthOutput, 503: errorOutput },
      },
    },
    async () => {
      try {
        return await checkHealth();
      } catch (error) {
        app.log.error({ err: error }, 'database unreachable');
        throw new AppError('unavailable', 'The database is not reachable right now.');
      }
    },
  );
};
