import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarFeedOutput,
  calendarFeedParams,
  usualHoursInput,
  usualHoursOutput,
} from '../../../common/schemas/calendar.ts';
import { sessionParams } from '../../../common/schemas/sessions.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import {
  createCalendarFeed,
  getCalendarFeed,
  getFeedCalendar,
  getSessionCalendar,
  getUsualHours,
  revokeCalendarFeed,
  setUsualHours,
} from './calendar.service.ts';

const tags = ['calendar'];
const ICS_TYPE = 'text/calendar; charset=utf-8';
const icsResponse = {
  200: {
    description: 'An iCalendar (RFC 5545) file',
    content: { 'text/calendar': { schema: z.string() } },
  },
};

/** Sessions in people's own calendars (one file, or a feed to subscribe to) and usual hours. */
export const calendarRoutes: FastifyPluginAsyncZod<AppDeps> = async (
  app,
  { database, clock, settings },
) => {
  const { db } = database;
  const context = () => ({ baseUrl: settings.baseUrl, now: clock() });
  const signedIn = { access: 'signed-in' } as const;

  app.get(
    '/api/sessions/:id/calendar.ics',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary: 'One session as a calendar file',
        description:
          'Same UID for the session’s whole life and a SEQUENCE that grows with each change, so importing it again updates the entry.',
        params: sessionParams,
        response: icsResponse,
      },
    },
    async (request, reply) => {
      const { body, fileName } = await getSessionCalendar(
        db,
        currentUser(request),
        request.params.id,
        context(),
      );
      return reply
        .type(ICS_TYPE)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'private, no-cache')
        .send(body);
    },
  );

  app.get(
    '/api/calendar/:feed',
    {
      config: { access: 'token' },
      schema: {
        tags,
        summary: 'A personal calendar feed to subscribe to',
        description:
          '`:feed` is `<secret>.ics`, the address from GET /api/me/calendar-feed. Any address that is not a live feed is the same 404.',
        params: calendarFeedParams,
        response: icsResponse,
      },
    },
    async (request, reply) => {
      const body = await getFeedCalendar(db, request.params.feed, context());
      return reply
        .type(ICS_TYPE)
        .header('cache-control', 'private, max-age=300')
        .header('x-robots-tag', 'noindex')
        .send(body);
    },
  );

  app.get(
    '/api/me/calendar-feed',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'My calendar feed address, if I have one',
        response: { 200: calendarFeedOutput },
      },
    },
    async (request) => getCalendarFeed(db, currentUser(request), settings.baseUrl),
  );

  app.post(
    '/api/me/calendar-feed',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Create my calendar feed, or replace its address',
        description: 'A new secret address; the previous one stops working at once.',
        response: { 201: calendarFeedOutput },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCalendarFeed(db, currentUser(request), context())),
  );

  app.delete(
    '/api/me/calendar-feed',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Turn my calendar feed off',
        response: { 204: z.null().describe('Turned off') },
      },
    },
    async (request, reply) => {
      await revokeCalendarFeed(db, currentUser(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/usual-hours',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'When I am usually available',
        description: 'Until set: 09:00–18:00, Monday to Friday, with `isDefault: true`.',
        response: { 200: usualHoursOutput },
      },
    },
    async (request) => getUsualHours(db, currentUser(request)),
  );

  app.put(
    '/api/me/usual-hours',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Set when I am usually available',
        description: 'Minutes after midnight in my own time zone; ISO weekdays (1 = Monday).',
        body: usualHoursInput,
        response: { 200: usualHoursOutput },
      },
    },
    async (request) => setUsualHours(db, currentUser(request), request.body),
  );
};
