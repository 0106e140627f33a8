import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { meOutput, sessionOutput, updateMeInput } from '../../../common/schemas/account.ts';
import { currentUser, resolveUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { toMe, updateMe } from './account.service.ts';

export const accountRoutes: FastifyPluginAsyncZod<AppDeps> = async (
  app,
  { database, auth, sessions, events },
) => {
  app.get(
    '/api/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['account'],
        summary: 'Who is signed in, if anyone',
        description: 'Like GET /api/me, but answers `{"user": null}` instead of 401 for a visitor.',
        response: { 200: sessionOutput },
      },
    },
    async (request) => {
      const user = await resolveUser(auth, sessions, request);
      return { user: user ? toMe(user) : null };
    },
  );

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
    async (request) => {
      const me = await updateMe(database.db, currentUser(request).id, request.body);
      // Name and time zone show in search results and other people's views of this user.
      sessions.forgetUser(me.id);
      events.emit('profile-changed', me.id);
      return me;
    },
  );
};
