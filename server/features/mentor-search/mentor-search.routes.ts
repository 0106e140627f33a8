import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mentorSearchOutput, mentorSearchQuery } from '../../../common/schemas/mentor-search.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { MentorDirectory } from './mentor-directory.ts';
import { searchMentors } from './mentor-search.service.ts';

export const mentorSearchRoutes: FastifyPluginAsyncZod<AppDeps> = async (
  app,
  { database, events },
) => {
  const directory = new MentorDirectory(database.db, events, app.log);
  app.addHook('onClose', () => directory.close());

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
    async (request) => searchMentors(database.db, directory, currentUser(request), request.query),
  );
};
