import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  editPairsInput,
  pairRulesInput,
  pairRulesOutput,
  runListOutput,
  runOutput,
  runParams,
  startRunInput,
  startRunOutput,
} from '../../../common/schemas/cohort-matching.ts';
import { cohortParams } from '../../../common/schemas/programs.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { staffOnly } from '../../lib/program-staff.ts';
import { MatchingJobs } from './matching-jobs.ts';
import { getRun, listCohortRuns, type MatchingDeps, startRun } from './matching-runs.service.ts';
import { editPairs } from './pair-edits.service.ts';
import { getPairRules, savePairRules } from './pair-rules.service.ts';
import { publishRun } from './publish.service.ts';

const tags = ['cohort matching'];
const config = { access: 'program-admin' } as const;
const privacy =
  'Lived experiences are not used for program matching: they take no part in scores or reasons.';

/** Proposing a cohort's matching, changing it by hand, standing pair rules, and publishing. */
export const cohortMatchingRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const jobs = new MatchingJobs();
  const matching: MatchingDeps = { db, clock: deps.clock, jobs, log: app.log };
  // Outsiders get the 404 of an unknown id before any body is validated.
  app.addHook('preValidation', staffOnly(db));
  // A clean shutdown lets runs under way finish first.
  app.addHook('onClose', () => jobs.close());

  app.post(
    '/api/cohorts/:cohortId/matching-runs',
    {
      config,
      schema: {
        tags,
        summary: 'Propose a matching of the cohort’s mentees and mentors (runs in the background)',
        description: `Answers at once with the run id; poll the run for its progress. The cohort’s pair rules (locks, exclusions) apply. ${privacy}`,
        params: cohortParams,
        body: startRunInput,
        response: { 202: startRunOutput },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await startRun(matching, currentUser(request), request.params.cohortId, request.body),
        ),
  );

  app.get(
    '/api/cohorts/:cohortId/matching-runs',
    {
      config,
      schema: {
        tags,
        summary: 'The cohort’s matching runs, newest first',
        params: cohortParams,
        response: { 200: runListOutput },
      },
    },
    async (request) => listCohortRuns(matching, currentUser(request), request.params.cohortId),
  );

  app.get(
    '/api/matching-runs/:runId',
    {
      config,
      schema: {
        tags,
        summary: 'A matching run: progress, figures, pairs with reasons, who is left and why',
        description: privacy,
        params: runParams,
        response: { 200: runOutput },
      },
    },
    async (request) => getRun(matching, currentUser(request), request.params.runId),
  );

  app.patch(
    '/api/matching-runs/:runId/pairs',
    {
      config,
      schema: {
        tags,
        summary: 'Move a mentee to another mentor (or none), or swap two mentees’ mentors',
        params: runParams,
        body: editPairsInput,
        response: { 200: runOutput },
      },
    },
    async (request) => editPairs(db, currentUser(request), request.params.runId, request.body),
  );

  app.post(
    '/api/matching-runs/:runId/publish',
    {
      config,
      schema: {
        tags,
        summary: 'Publish the proposal: one mentorship per pair, and both people are told',
        params: runParams,
        response: { 200: runOutput },
      },
    },
    async (request) => publishRun(db, deps.clock, currentUser(request), request.params.runId),
  );

  app.get(
    '/api/cohorts/:cohortId/pair-rules',
    {
      config,
      schema: {
        tags,
        summary: 'Pairs the admins locked together or ruled out for this cohort',
        params: cohortParams,
        response: { 200: pairRulesOutput },
      },
    },
    async (request) => getPairRules(db, currentUser(request), request.params.cohortId),
  );

  app.put(
    '/api/cohorts/:cohortId/pair-rules',
    {
      config,
      schema: {
        tags,
        summary: 'Replace the cohort’s pair rules; they apply to the next proposal',
        params: cohortParams,
        body: pairRulesInput,
        response: { 200: pairRulesOutput },
      },
    },
    async (request) =>
      savePairRules(db, currentUser(request), request.params.cohortId, request.body),
  );
};
