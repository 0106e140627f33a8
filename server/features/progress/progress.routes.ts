import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mentorshipParams } from '../../../common/schemas/mentorships.ts';
import { progressOutput } from '../../../common/schemas/progress.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { getProgress } from './progress.service.ts';

/** The "How it's going" charts of a mentorship: read-only, for its two people. */
export const progressRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, clock }) => {
  const { db } = database;
  app.get(
    '/api/mentorships/:id/progress',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['progress'],
        summary: 'How the mentorship is going',
        description:
          'Sessions held and cancelled per month, each side’s “was the goal met?”, action items done and overdue, and the days between sessions against the agreed rhythm. Months and days are counted in the caller’s time zone; an item is overdue by its owner’s calendar. Only shared facts: no notes or private answers.',
        params: mentorshipParams,
        response: { 200: progressOutput },
      },
    },
    async (request) => getProgress(db, currentUser(request), request.params.id, clock()),
  );
};
