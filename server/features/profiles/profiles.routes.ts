import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  mentorIdParams,
  ownProfileOutput,
  profileInput,
  publicMentorOutput,
} from '../../../common/schemas/profile.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { getOwnProfile, getPublicMentor, saveProfile } from './profiles.service.ts';

export const profileRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, events }) => {
  app.get(
    '/api/me/profile',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['profiles'],
        summary: 'Your own profile, in full',
        description:
          'Both sides, every lived experience with its scope, and your private wishes. Before ' +
          'the first save it answers the defaults with `exists: false`.',
        response: { 200: ownProfileOutput },
      },
    },
    async (request) => getOwnProfile(database.db, currentUser(request).id),
  );

  app.put(
    '/api/me/profile',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['profiles'],
        summary: 'Replace your whole profile',
        description:
          'Both sides and the lived experiences at once: what is left out returns to its default.',
        body: profileInput,
        response: { 200: ownProfileOutput },
      },
    },
    async (request) =>
      saveProfile(
        { db: database.db, events, log: request.log },
        currentUser(request).id,
        request.body,
      ),
  );

  app.get(
    '/api/mentors/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['profiles'],
        summary: "A mentor's public profile",
        description:
          'Only the mentor side and the experiences the mentor chose to show; 404 for anyone ' +
          'who is not a mentor.',
        params: mentorIdParams,
        response: { 200: publicMentorOutput },
      },
    },
    async (request) => getPublicMentor(database.db, request.params.id),
  );
};
