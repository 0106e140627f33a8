import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { needsOutput } from '../../../common/schemas/needs.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { listNeeds } from './needs.service.ts';

/** "What needs you now" on Home: only the caller's own things. */
export const needsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, clock }) => {
  const { db } = database;
  app.get(
    '/api/me/needs',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['needs'],
        summary: 'What needs me now',
        description:
          'Across my open mentorships: requests waiting for my answer, prep to write and share (mentee), briefs to read or re-read (mentor), sessions of the last 14 days I have not reviewed, an open fit-check round I have not answered, and my open action items due within 7 days or overdue. Most pressing first.',
        response: { 200: needsOutput },
      },
    },
    async (request) => ({ needs: await listNeeds(db, currentUser(request), clock()) }),
  );
};
