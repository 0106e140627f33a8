import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reviewInput, reviewsOutput } from '../../../common/schemas/reviews.ts';
import { sessionParams } from '../../../common/schemas/sessions.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { outsidersOut } from '../../lib/participation.ts';
import { getReviews, saveReview } from './reviews.service.ts';

const tags = ['reviews'];

/** Each person's review of a session once it has started; the private reflection stays theirs. */
export const reviewsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, clock }) => {
  const { db } = database;
  const config = { access: 'participant' } as const;

  // Outsiders get the 404 of an unknown session before any body is validated.
  app.addHook('preValidation', outsidersOut(db, 'session'));

  app.get(
    '/api/sessions/:id/reviews',
    {
      config,
      schema: {
        tags,
        summary: 'Both reviews of a session',
        description:
          'Your own review in full, and the shared part of the other person’s (never their private reflection).',
        params: sessionParams,
        response: { 200: reviewsOutput },
      },
    },
    async (request) => getReviews(db, currentUser(request), request.params.id, clock()),
  );

  app.put(
    '/api/sessions/:id/review',
    {
      config,
      schema: {
        tags,
        summary: 'Write or change your review of a session',
        description:
          'Once the session has started (409 invalid_state before, or when it was cancelled). `whyNot` is required unless the goal was met, and cleared when it was. Answers both reviews as they now stand.',
        params: sessionParams,
        body: reviewInput,
        response: { 200: reviewsOutput },
      },
    },
    async (request) =>
      saveReview(db, currentUser(request), request.params.id, request.body, clock()),
  );
};
