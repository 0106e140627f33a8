import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  applicationInterviewsOutput,
  applicationParams,
  decisionInput,
  decisionOutput,
  interviewOutput,
  interviewParams,
  myInterviewsOutput,
  scheduleInterviewInput,
  scorecardInput,
  scoresOutput,
  updateInterviewInput,
} from '../../../common/schemas/interviews.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { staffOnly } from '../../lib/program-staff.ts';
import { decideApplication } from './decision.service.ts';
import {
  getInterview,
  listApplicationInterviews,
  listMyInterviews,
  scheduleInterview,
  updateInterview,
} from './interviews.service.ts';
import { getApplicationScores, saveScorecard, submitScorecard } from './scorecards.service.ts';

const tags = ['interviews'];
const admin = { access: 'program-admin' } as const;
const staff = { access: 'program-staff' } as const;
const blindRule =
  'Blind: a caller on a live panel of this application who has not submitted their own ' +
  'scorecard there receives no one else’s scores, only how many were submitted.';

/** Interviews of program candidates, their blind scorecards, and the decision. */
export const interviewsRoutes: FastifyPluginAsyncZod<AppDeps> = async (
  app,
  { database, clock },
) => {
  const { db } = database;
  // Anyone not on the program's staff gets the 404 of an unknown id before validation.
  app.addHook('preValidation', staffOnly(db));

  app.get(
    '/api/applications/:applicationId/interviews',
    {
      config: staff,
      schema: {
        tags,
        summary:
          'The application’s interviews, its decision, and (for admins) who may sit on a panel',
        description: `Reviewers see only the interviews they sit on. ${blindRule}`,
        params: applicationParams,
        response: { 200: applicationInterviewsOutput },
      },
    },
    async (request) =>
      listApplicationInterviews(db, currentUser(request), request.params.applicationId),
  );

  app.post(
    '/api/applications/:applicationId/interviews',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Plan an interview with a panel of the program’s staff',
        description:
          'The application moves to interviewing (409 after a decision or a withdrawal). The ' +
          'candidate and each reviewer are told, with a calendar file.',
        params: applicationParams,
        body: scheduleInterviewInput,
        response: { 201: interviewOutput },
      },
    },
    async (request, reply) => {
      const interview = await scheduleInterview(
        db,
        currentUser(request),
        request.params.applicationId,
        request.body,
        clock(),
      );
      return reply.status(201).send(interview);
    },
  );

  app.get(
    '/api/interviews/:interviewId',
    {
      config: staff,
      schema: {
        tags,
        summary: 'An interview with the rubric, my scorecard, and others’ once I may see them',
        description: `Admins, or reviewers on its panel (other reviewers: 404). ${blindRule}`,
        params: interviewParams,
        response: { 200: interviewOutput },
      },
    },
    async (request) => getInterview(db, currentUser(request), request.params.interviewId),
  );

  app.patch(
    '/api/interviews/:interviewId',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Move an interview, change its place or panel, or cancel it with a reason',
        description: 'Raises the calendar sequence; everyone on it is told.',
        params: interviewParams,
        body: updateInterviewInput,
        response: { 200: interviewOutput },
      },
    },
    async (request) =>
      updateInterview(db, currentUser(request), request.params.interviewId, request.body, clock()),
  );

  app.put(
    '/api/interviews/:interviewId/scorecard',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Save my draft scorecard: scores 1–5 with notes, and overall notes',
        description: 'Only reviewers on the panel; read-only once submitted (409).',
        params: interviewParams,
        body: scorecardInput,
        response: { 200: interviewOutput },
      },
    },
    async (request) =>
      saveScorecard(db, currentUser(request), request.params.interviewId, request.body),
  );

  app.post(
    '/api/interviews/:interviewId/scorecard/submit',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Submit my scorecard once every criterion is scored',
        params: interviewParams,
        response: { 200: interviewOutput },
      },
    },
    async (request) =>
      submitScorecard(db, currentUser(request), request.params.interviewId, clock()),
  );

  app.get(
    '/api/applications/:applicationId/scores',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Scores per criterion: mean, min, max, spread, and where reviewers disagree',
        description: blindRule,
        params: applicationParams,
        response: { 200: scoresOutput },
      },
    },
    async (request) => getApplicationScores(db, currentUser(request), request.params.applicationId),
  );

  app.post(
    '/api/applications/:applicationId/decision',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Record the decision with its reason; the candidate is told',
        description:
          'Accepted makes the candidate a mentee of the cohort. A waitlisted application may ' +
          'later be accepted or declined; accepted and declined are final (409), as is a withdrawal.',
        params: applicationParams,
        body: decisionInput,
        response: { 200: decisionOutput },
      },
    },
    async (request) =>
      decideApplication(
        db,
        currentUser(request),
        request.params.applicationId,
        request.body,
        clock(),
      ),
  );

  app.get(
    '/api/me/interviews',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'My upcoming interviews, as a candidate and as a reviewer',
        response: { 200: myInterviewsOutput },
      },
    },
    async (request) => listMyInterviews(db, currentUser(request), clock()),
  );
};
