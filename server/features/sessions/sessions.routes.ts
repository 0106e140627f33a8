import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  cancelSessionInput,
  rescheduleSessionInput,
  scheduleSessionInput,
  sessionDetail,
  sessionListOutput,
  sessionListQuery,
  sessionParams,
} from '../../../common/schemas/sessions.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { outsidersOut } from '../../lib/participation.ts';
import {
  cancelSession,
  getSession,
  listSessions,
  rescheduleSession,
  scheduleSession,
} from './sessions.service.ts';

const tags = ['sessions'];

/**
 * Scheduling the pair's sessions. Only the two people of a mentorship see or change its
 * sessions; anyone else gets the 404 an unknown id gets (checked in the service).
 */
export const sessionsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, clock }) => {
  const { db } = database;
  const signedIn = { access: 'signed-in' } as const;
  const participant = { access: 'participant' } as const;
  const strangersOut = outsidersOut(db, 'session');

  app.get(
    '/api/sessions',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'My sessions across all my mentorships',
        description:
          '`upcoming`: not cancelled and not over, soonest first. `past`: over or cancelled, newest first.',
        querystring: sessionListQuery,
        response: { 200: sessionListOutput },
      },
    },
    async (request) => listSessions(db, currentUser(request), request.query, clock()),
  );

  app.post(
    '/api/sessions',
    {
      // Signed in here; the service checks that the caller is one of the mentorship's two people.
      config: signedIn,
      schema: {
        tags,
        summary: 'Schedule a session in one of my active mentorships',
        description:
          'Answers with warnings (overlaps, outside usual hours) that never block the session.',
        body: scheduleSessionInput,
        response: { 201: sessionDetail },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await scheduleSession(db, currentUser(request), request.body, clock())),
  );

  app.get(
    '/api/sessions/:id',
    {
      config: participant,
      schema: {
        tags,
        summary: 'A session: both local times, readiness, warnings and its history',
        params: sessionParams,
        response: { 200: sessionDetail },
      },
    },
    async (request) => getSession(db, currentUser(request), request.params.id, clock()),
  );

  app.post(
    '/api/sessions/:id/reschedule',
    {
      config: participant,
      preValidation: strangersOut,
      schema: {
        tags,
        summary: 'Move a session to another time (with a reason both people see)',
        params: sessionParams,
        body: rescheduleSessionInput,
        response: { 200: sessionDetail },
      },
    },
    async (request) =>
      rescheduleSession(db, currentUser(request), request.params.id, request.body, clock()),
  );

  app.post(
    '/api/sessions/:id/cancel',
    {
      config: participant,
      preValidation: strangersOut,
      schema: {
        tags,
        summary: 'Cancel a session (with a reason both people see)',
        params: sessionParams,
        body: cancelSessionInput,
        response: { 200: sessionDetail },
      },
    },
    async (request) =>
      cancelSession(db, currentUser(request), request.params.id, request.body, clock()),
  );
};
