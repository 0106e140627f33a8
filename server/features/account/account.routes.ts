import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { meOutput, updateMeInput } from '../../../common/schemas/account.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { toMe, updateMe } from './account.service.ts';

export const accountRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database }) => {
  app.get(
    '/api/me',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['account'], summary: 'The signed-in user', response: { 200: meOutput } },
    },
    async (request) => toMe(currentUser(request)),
  );

  app.patch(
    '/api/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['account'],
        summary: 'Update your name or time zone',
        body: updateMeInput,
        response: { 200: meOutput },
      },
    },
    async (request) => updateMe(database.db, currentUser(request).id, request.body),
  );
};
