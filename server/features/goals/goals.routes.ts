import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createGoalInput,
  createNoteInput,
  goalListOutput,
  goalListQuery,
  goalNoteParams,
  goalOutput,
  goalParams,
  progressNoteOutput,
  updateGoalInput,
} from '../../../common/schemas/goals.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import {
  addNote,
  createGoal,
  deleteGoal,
  deleteNote,
  getGoal,
  listGoals,
  updateGoal,
} from './goals.service.ts';

const tags = ['goals'];
const noContent = { 204: z.null().describe('Deleted') };

/** A member's own goals and their progress notes. Only the owner ever sees or changes them. */
export const goalsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, events }) => {
  const { db } = database;
  // Announced before the answer leaves, so a follow-up request already sees the change.
  app.addHook('onSend', async (request, reply) => {
    if (request.method !== 'GET' && reply.statusCode < 400 && request.user) {
      events.emit('goals-changed', request.user.id);
    }
  });
  // Every route here touches only the caller's own goals: `signed-in`, plus the owner check
  // inside each service call.
  const config = { access: 'signed-in' } as const;

  app.get(
    '/api/goals',
    {
      config,
      schema: {
        tags,
        summary: 'My goals, newest first',
        querystring: goalListQuery,
        response: { 200: goalListOutput },
      },
    },
    async (request) => listGoals(db, currentUser(request), request.query.status),
  );

  app.post(
    '/api/goals',
    {
      config,
      schema: {
        tags,
        summary: 'Write a new goal',
        body: createGoalInput,
        response: { 201: goalOutput },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createGoal(db, currentUser(request), request.body)),
  );

  app.get(
    '/api/goals/:id',
    {
      config,
      schema: {
        tags,
        summary: 'One of my goals, with its progress notes',
        params: goalParams,
        response: { 200: goalOutput },
      },
    },
    async (request) => getGoal(db, currentUser(request), request.params.id),
  );

  app.patch(
    '/api/goals/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change a goal',
        description: 'A status change also adds a progress note saying so.',
        params: goalParams,
        body: updateGoalInput,
        response: { 200: goalOutput },
      },
    },
    async (request) => updateGoal(db, currentUser(request), request.params.id, request.body),
  );

  app.delete(
    '/api/goals/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Delete a goal and its notes',
        params: goalParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await deleteGoal(db, currentUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/goals/:id/notes',
    {
      config,
      schema: {
        tags,
        summary: 'Add a progress note to a goal',
        params: goalParams,
        body: createNoteInput,
        response: { 201: progressNoteOutput },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addNote(db, currentUser(request), request.params.id, request.body.body)),
  );

  app.delete(
    '/api/goals/:id/notes/:noteId',
    {
      config,
      schema: {
        tags,
        summary: 'Delete a progress note',
        params: goalNoteParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      const { id, noteId } = request.params;
      await deleteNote(db, currentUser(request), id, noteId);
      return reply.status(204).send(null);
    },
  );
};
