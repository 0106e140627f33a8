import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthOutput } from '../../../common/schemas/health.ts';
import { pingDatabase } from '../../db/client.ts';
import type { AppDeps } from '../../lib/deps.ts';

export const healthRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: { 200: healthOutput },
      },
    },
    async () => {
      await pingDatabase(database.db);
      return { status: 'ok' as const, database: database.kind };
    },
  );
};
