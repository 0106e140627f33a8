import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  briefOutput,
  prepOutput,
  questionInput,
  questionParams,
  reorderQuestionsInput,
  resourceInput,
  resourceParams,
  setPrepGoalInput,
  updateResourceInput,
} from '../../../common/schemas/prep.ts';
import { sessionParams } from '../../../common/schemas/sessions.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { outsidersOut } from '../../lib/participation.ts';
import { getBrief } from './brief.service.ts';
import { getPrep, setPrepGoal, sharePrep } from './prep.service.ts';
import {
  addQuestion,
  addResource,
  editQuestion,
  editResource,
  removeQuestion,
  removeResource,
  reorderQuestions,
} from './prep-items.service.ts';

const tags = ['prep'];
const answers = 'Answers the prep as it now stands.';

/**
 * The mentee's prep for a session and the mentor's brief. Only the pair sees either; only the
 * mentee writes. Every write answers the whole prep, so a client never guesses at positions.
 */
export const prepRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, clock }) => {
  const { db } = database;
  const config = { access: 'participant' } as const;

  // Outsiders get the 404 of an unknown session before any body is validated.
  app.addHook('preValidation', outsidersOut(db, 'session'));

  app.get(
    '/api/sessions/:id/prep',
    {
      config,
      schema: {
        tags,
        summary: 'The prep of a session',
        description:
          'The mentee always sees their prep; the mentor only once it is shared (409 prep_not_shared before).',
        params: sessionParams,
        response: { 200: prepOutput },
      },
    },
    async (request) => getPrep(db, currentUser(request), request.params.id, clock()),
  );

  app.put(
    '/api/sessions/:id/prep/goal',
    {
      config,
      schema: {
        tags,
        summary: 'Write the session goal (mentee)',
        description: `Optionally linked to one of the goals shared in this mentorship. ${answers}`,
        params: sessionParams,
        body: setPrepGoalInput,
        response: { 200: prepOutput },
      },
    },
    async (request) =>
      setPrepGoal(db, currentUser(request), request.params.id, request.body, clock()),
  );

  app.post(
    '/api/sessions/:id/prep/questions',
    {
      config,
      schema: {
        tags,
        summary: 'Add a question at the end (mentee)',
        description: answers,
        params: sessionParams,
        body: questionInput,
        response: { 201: prepOutput },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addQuestion(
            db,
            currentUser(request),
            request.params.id,
            request.body.text,
            clock(),
          ),
        ),
  );

  app.put(
    '/api/sessions/:id/prep/questions/order',
    {
      config,
      schema: {
        tags,
        summary: 'Put the questions in a new order (mentee)',
        description: `\`ids\` must list every question of the prep exactly once. ${answers}`,
        params: sessionParams,
        body: reorderQuestionsInput,
        response: { 200: prepOutput },
      },
    },
    async (request) =>
      reorderQuestions(db, currentUser(request), request.params.id, request.body.ids, clock()),
  );

  app.patch(
    '/api/sessions/:id/prep/questions/:questionId',
    {
      config,
      schema: {
        tags,
        summary: 'Change a question (mentee)',
        description: answers,
        params: questionParams,
        body: questionInput,
        response: { 200: prepOutput },
      },
    },
    async (request) => {
      const { id, questionId } = request.params;
      return editQuestion(db, currentUser(request), id, questionId, request.body.text, clock());
    },
  );

  app.delete(
    '/api/sessions/:id/prep/questions/:questionId',
    {
      config,
      schema: {
        tags,
        summary: 'Remove a question (mentee)',
        description: answers,
        params: questionParams,
        response: { 200: prepOutput },
      },
    },
    async (request) => {
      const { id, questionId } = request.params;
      return removeQuestion(db, currentUser(request), id, questionId, clock());
    },
  );

  app.post(
    '/api/sessions/:id/prep/resources',
    {
      config,
      schema: {
        tags,
        summary: 'Attach a link (mentee)',
        description: `http(s) addresses only. ${answers}`,
        params: sessionParams,
        body: resourceInput,
        response: { 201: prepOutput },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addResource(db, currentUser(request), request.params.id, request.body, clock()),
        ),
  );

  app.patch(
    '/api/sessions/:id/prep/resources/:resourceId',
    {
      config,
      schema: {
        tags,
        summary: 'Change a link (mentee)',
        description: answers,
        params: resourceParams,
        body: updateResourceInput,
        response: { 200: prepOutput },
      },
    },
    async (request) => {
      const { id, resourceId } = request.params;
      return editResource(db, currentUser(request), id, resourceId, request.body, clock());
    },
  );

  app.delete(
    '/api/sessions/:id/prep/resources/:resourceId',
    {
      config,
      schema: {
        tags,
        summary: 'Remove a link (mentee)',
        description: answers,
        params: resourceParams,
        response: { 200: prepOutput },
      },
    },
    async (request) => {
      const { id, resourceId } = request.params;
      return removeResource(db, currentUser(request), id, resourceId, clock());
    },
  );

  app.post(
    '/api/sessions/:id/prep/share',
    {
      config,
      schema: {
        tags,
        summary: 'Share the prep with the mentor (mentee)',
        description:
          'Needs a session goal (409 prep_incomplete otherwise). Sharing again keeps the first time.',
        params: sessionParams,
        response: { 200: prepOutput },
      },
    },
    async (request) => sharePrep(db, currentUser(request), request.params.id, clock()),
  );

  app.get(
    '/api/sessions/:id/brief',
    {
      config,
      schema: {
        tags,
        summary: 'The one-page brief for the mentor',
        description:
          'For the mentor once shared; opening it records the read. The mentee sees a preview that never counts as read.',
        params: sessionParams,
        response: { 200: briefOutput },
      },
    },
    async (request) => getBrief(db, currentUser(request), request.params.id, clock()),
  );
};
