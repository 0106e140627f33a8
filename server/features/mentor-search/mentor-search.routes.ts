import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mentorSearchOutput, mentorSearchQuery } from '../../../common/schemas/mentor-search.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { MenteeContextCache } from './mentee-context-cache.ts';
import { MentorDirectory } from './mentor-directory.ts';
import { searchMentors } from './mentor-search.service.ts';

export const mentorSearchRoutes: FastifyPluginAsyncZod<AppDeps> = async (
  app,
  { database, events },
) => {
  const directory = new MentorDirectory(database.db, events, app.log);
  const contexts = new MenteeContextCache(database.db, events);
  app.addHook('onClose', async () => {
    contexts.close();
    await directory.close();
  });

  app.get(
    '/api/mentors',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['mentors'],
        summary: 'Find mentors, ranked by how well they fit you',
        description:
          'Ranks every mentor by a transparent fit score (docs/fit-score.md), optionally for one ' +
          'of your goals, narrowed by full-text `q` and filters. Each result explains its score.',
        querystring: mentorSearchQuery,
        response: { 200: mentorSearchOutput },
      },
    },
    async (request, reply) => {
      const json = await searchMentors(
        database.db,
        directory,
        contexts,
        currentUser(request),
        request.query,
      );
      // Already serialised and schema-checked by the service (and cached that way).
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(json);
    },
  );
};
