import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { agendaOutput, questionOutcomeInput } from '../../../common/schemas/agenda.ts';
import { questionParams } from '../../../common/schemas/prep.ts';
import { sessionParams } from '../../../common/schemas/sessions.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { outsidersOut } from '../../lib/participation.ts';
import { getAgenda, setQuestionOutcome } from './agenda.service.ts';

const tags = ['agenda'];

/** The live agenda both people tick during a session: questions, carried ones, action items. */
export const agendaRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, clock }) => {
  const { db } = database;
  const config = { access: 'participant' } as const;

  // Outsiders get the 404 of an unknown session before any body is validated.
  app.addHook('preValidation', outsidersOut(db, 'session'));

  app.get(
    '/api/sessions/:id/agenda',
    {
      config,
      schema: {
        tags,
        summary: 'The agenda of a session',
        description:
          'The session goal, its questions with what became of them, questions carried from earlier sessions, and the open action items. A mentor sees no content of a prep that is not shared yet.',
        params: sessionParams,
        response: { 200: agendaOutput },
      },
    },
    async (request) => getAgenda(db, currentUser(request), request.params.id, clock()),
  );

  app.put(
    '/api/sessions/:id/questions/:questionId/outcome',
    {
      config,
      schema: {
        tags,
        summary: 'Tick a question covered, dropped or open again',
        description:
          'For a question of this session or one carried into it; either participant. A question left open is carried into the next sessions. Answers the agenda as it now stands.',
        params: questionParams,
        body: questionOutcomeInput,
        response: { 200: agendaOutput },
      },
    },
    async (request) => {
      const { id, questionId } = request.params;
      return setQuestionOutcome(db, currentUser(request), id, questionId, request.body, clock());
    },
  );
};
