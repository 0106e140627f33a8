import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cohortParams, rubricInput, rubricOutput } from '../../../common/schemas/interviews.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { staffOnly } from '../../lib/program-staff.ts';
import { getRubric, saveRubric } from './rubric.service.ts';

const tags = ['interviews'];

/** The cohort's interview rubric: criteria scored 1–5, with words for each level. */
export const rubricRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, clock }) => {
  const { db } = database;
  app.addHook('preValidation', staffOnly(db));

  app.get(
    '/api/cohorts/:cohortId/rubric',
    {
      config: { access: 'program-staff' },
      schema: {
        tags,
        summary: 'The cohort’s rubric, with archived criteria that were scored',
        params: cohortParams,
        response: { 200: rubricOutput },
      },
    },
    async (request) => getRubric(db, currentUser(request), request.params.cohortId),
  );

  app.put(
    '/api/cohorts/:cohortId/rubric',
    {
      config: { access: 'program-admin' },
      schema: {
        tags,
        summary: 'Replace the rubric with an ordered list of criteria, five levels each',
        description:
          'Entries with an id keep that criterion; entries without one are new. A criterion left ' +
          'out is deleted, or archived when it has already been scored.',
        params: cohortParams,
        body: rubricInput,
        response: { 200: rubricOutput },
      },
    },
    async (request) =>
      saveRubric(db, currentUser(request), request.params.cohortId, request.body, clock()),
  );
};
