import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cohortHealthOutput,
  cohortParams,
  healthQuery,
  nudgeInput,
  nudgeOutput,
} from '../../../common/schemas/program-health.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { staffOnly } from '../../lib/program-staff.ts';
import { exportCohortHealthCsv, getCohortHealth, nudgePairs } from './program-health.service.ts';

const tags = ['program health'];
const config = { access: 'program-admin' } as const;
const whatIsCounted =
  'Aggregates of what each pair already shares — sessions held, prep shared before its deadline, ' +
  '“was the goal met?”, action items, closure reasons — never notes, private reflections, one ' +
  'person’s fit-check answer, or an experience its owner did not offer for program statistics. ' +
  'Days and weeks are counted in the caller’s time zone; the period defaults to the cohort’s start ' +
  'until today.';

/** A cohort's health for its program's admins: the dashboard, its CSV, and kind nudges. */
export const programHealthRoutes: FastifyPluginAsyncZod<AppDeps> = async (
  app,
  { database, clock },
) => {
  const { db } = database;
  // Anyone who is not an admin of the cohort's program gets a 404 before input is validated.
  app.addHook('preValidation', staffOnly(db));

  app.get(
    '/api/cohorts/:cohortId/health',
    {
      config,
      schema: {
        tags,
        summary: 'How the cohort’s pairs are doing, in aggregate',
        description:
          `${whatIsCounted} Fit-check outcomes count only rounds already revealed to the pair, one ` +
          'outcome per pair, and only once 5 pairs have one. `breakdown=experience` splits figures ' +
          'by listed lived experiences members offered for program statistics; a group is shown ' +
          'only when it and everyone else both have at least 5 people.',
        params: cohortParams,
        querystring: healthQuery,
        response: { 200: cohortHealthOutput },
      },
    },
    async (request) =>
      getCohortHealth(db, currentUser(request), request.params.cohortId, request.query, clock()),
  );

  app.get(
    '/api/cohorts/:cohortId/health.csv',
    {
      config,
      schema: {
        tags,
        summary: 'One row per pair as a CSV file (RFC 4180, UTF-8)',
        description: `${whatIsCounted} Cells that a spreadsheet would run as a formula start with an apostrophe.`,
        params: cohortParams,
        querystring: healthQuery,
        response: {
          200: {
            description: 'A CSV file with a header row',
            content: { 'text/csv': { schema: z.string() } },
          },
        },
      },
    },
    async (request, reply) => {
      const { fileName, body } = await exportCohortHealthCsv(
        db,
        currentUser(request),
        request.params.cohortId,
        request.query,
        clock(),
      );
      return reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(body);
    },
  );

  app.post(
    '/api/cohorts/:cohortId/nudges',
    {
      config,
      schema: {
        tags,
        summary: 'Send a kind nudge to pairs that have not met within their rhythm',
        description:
          'Both people of each pair get a friendly note. A pair is nudged at most once a day: ' +
          'asking again changes nothing. 404 when a pair is not in the cohort, 409 when one has ' +
          'met or planned a session within its rhythm; then nothing is sent.',
        params: cohortParams,
        body: nudgeInput,
        response: { 200: nudgeOutput },
      },
    },
    async (request) =>
      nudgePairs(
        db,
        currentUser(request),
        request.params.cohortId,
        request.body.mentorshipIds,
        clock(),
      ),
  );
};
