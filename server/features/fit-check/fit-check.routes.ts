import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fitCheckInput, fitCheckOutput } from '../../../common/schemas/fit-check.ts';
import { mentorshipParams } from '../../../common/schemas/mentorships.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { outsidersOut } from '../../lib/participation.ts';
import { answerFitCheck, getFitCheck } from './fit-check.service.ts';

const tags = ['fit check'];
const reveal =
  'Neither answer is shown to the other person until both have answered, or until 7 days after the round opened, whichever comes first.';

/** The private, two-sided "does this mentorship still make sense for both of us?". */
export const fitCheckRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, clock }) => {
  const { db } = database;
  const config = { access: 'participant' } as const;

  // Outsiders get the 404 of an unknown mentorship before any body is validated.
  app.addHook('preValidation', outsidersOut(db, 'mentorship'));

  app.get(
    '/api/mentorships/:id/fit-check',
    {
      config,
      schema: {
        tags,
        summary: 'The fit check: the current round, your answer, and revealed rounds',
        description: `${reveal} Before that, you learn only whether the other person has answered.`,
        params: mentorshipParams,
        response: { 200: fitCheckOutput },
      },
    },
    async (request) => getFitCheck(db, currentUser(request), request.params.id, clock()),
  );

  app.put(
    '/api/mentorships/:id/fit-check',
    {
      config,
      schema: {
        tags,
        summary: 'Answer the open round (or change your answer before the reveal)',
        description: `Only the latest opened round; 409 invalid_state for another round, after the reveal, or once the mentorship has closed. ${reveal}`,
        params: mentorshipParams,
        body: fitCheckInput,
        response: { 200: fitCheckOutput },
      },
    },
    async (request) =>
      answerFitCheck(db, currentUser(request), request.params.id, request.body, clock()),
  );
};
