import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  applicationDetailOutput,
  applicationFormInput,
  applicationFormOutput,
  applicationListOutput,
  applicationListQuery,
  applicationParams,
  applyViewOutput,
  myApplicationOutput,
  myApplicationParams,
  myApplicationsOutput,
  submitApplicationInput,
} from '../../../common/schemas/applications.ts';
import { cohortParams } from '../../../common/schemas/programs.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { staffOnly } from '../../lib/program-staff.ts';
import { getApplicationForm, saveApplicationForm } from './application-form.service.ts';
import {
  getApplication,
  getApplyView,
  getMyApplication,
  listApplications,
  listMyApplications,
  submitApplication,
  withdrawApplication,
} from './applications.service.ts';

const tags = ['applications'];
const signedIn = { access: 'signed-in' } as const;

/** Application forms, candidates applying and following their application, staff reading them. */
export const applicationsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const { clock } = deps;
  app.addHook('preValidation', staffOnly(db));

  app.get(
    '/api/cohorts/:cohortId/application-form',
    {
      config: { access: 'program-staff' },
      schema: {
        tags,
        summary: 'The cohort’s application form, in order',
        params: cohortParams,
        response: { 200: applicationFormOutput },
      },
    },
    async (request) => getApplicationForm(db, currentUser(request), request.params.cohortId),
  );

  app.put(
    '/api/cohorts/:cohortId/application-form',
    {
      config: { access: 'program-admin' },
      schema: {
        tags,
        summary: 'Save the whole form as an ordered list of questions',
        description:
          'Questions keep their id. A question someone answered keeps its kind, and removing it ' +
          'archives it so submitted applications still read as they were sent.',
        params: cohortParams,
        body: applicationFormInput,
        response: { 200: applicationFormOutput },
      },
    },
    async (request) =>
      saveApplicationForm(db, clock, currentUser(request), request.params.cohortId, request.body),
  );

  app.get(
    '/api/cohorts/:cohortId/apply',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'The apply page: the program, the cohort, its form and my application if any',
        description: 'Readable by anyone signed in while applications are open (404 otherwise).',
        params: cohortParams,
        response: { 200: applyViewOutput },
      },
    },
    async (request) => getApplyView(db, currentUser(request), request.params.cohortId),
  );

  app.post(
    '/api/cohorts/:cohortId/applications',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Apply to a cohort',
        description:
          'Answers are checked against the form (field errors under `answers.<questionId>`). ' +
          'One application per person per cohort (409 conflict).',
        params: cohortParams,
        body: submitApplicationInput,
        response: { 201: myApplicationOutput },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await submitApplication(
            db,
            clock,
            currentUser(request),
            request.params.cohortId,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/me/applications',
    {
      config: signedIn,
      schema: { tags, summary: 'My applications', response: { 200: myApplicationsOutput } },
    },
    async (request) => listMyApplications(db, currentUser(request)),
  );

  app.get(
    '/api/me/applications/:id',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'One of my applications, with my answers',
        params: myApplicationParams,
        response: { 200: myApplicationOutput },
      },
    },
    async (request) => getMyApplication(db, currentUser(request), request.params.id),
  );

  app.post(
    '/api/me/applications/:id/withdraw',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Withdraw my application',
        description: 'Only before a decision (409 invalid_state after).',
        params: myApplicationParams,
        response: { 200: myApplicationOutput },
      },
    },
    async (request) => withdrawApplication(db, clock, currentUser(request), request.params.id),
  );

  app.get(
    '/api/cohorts/:cohortId/applications',
    {
      config: { access: 'program-staff' },
      schema: {
        tags,
        summary: 'Applications to a cohort, with counts per status',
        description: 'Admins see all; a reviewer only those whose interview they sit on.',
        params: cohortParams,
        querystring: applicationListQuery,
        response: { 200: applicationListOutput },
      },
    },
    async (request) =>
      listApplications(db, currentUser(request), request.params.cohortId, request.query.status),
  );

  app.get(
    '/api/applications/:applicationId',
    {
      config: { access: 'program-staff' },
      schema: {
        tags,
        summary: 'One application: the candidate, their answers and its history',
        description: 'A reviewer sees it only when they sit on one of its interviews.',
        params: applicationParams,
        response: { 200: applicationDetailOutput },
      },
    },
    async (request) => getApplication(db, currentUser(request), request.params.applicationId),
  );
};
