import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  notificationListOutput,
  notificationListQuery,
  notificationParams,
  notificationPreferencesOutput,
  outboxOutput,
  outboxQuery,
  readAllOutput,
  unreadCountOutput,
  updateNotificationPreferencesInput,
} from '../../../common/schemas/notifications.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import {
  getUnreadCount,
  listNotifications,
  listOutbox,
  readAllNotifications,
  readNotification,
} from './notification-centre.service.ts';
import {
  getNotificationPreferences,
  updateNotificationPreferences,
} from './notification-preferences.service.ts';

const tags = ['notifications'];

/** The notification centre, each person's choices of what reaches them how, and their outbox. */
export const notificationCentreRoutes: FastifyPluginAsyncZod<AppDeps> = async (
  app,
  { database, clock, settings },
) => {
  const { db } = database;
  const config = { access: 'signed-in' } as const;

  app.get(
    '/api/notifications',
    {
      config,
      schema: {
        tags,
        summary: 'Your notifications, newest first',
        description:
          '`unread=1` for unread ones only; pass `nextBefore` as `before` for the next page.',
        querystring: notificationListQuery,
        response: { 200: notificationListOutput },
      },
    },
    async (request) => listNotifications(db, currentUser(request).id, request.query),
  );

  app.get(
    '/api/notifications/unread-count',
    {
      config,
      schema: {
        tags,
        summary: 'How many notifications you have not read',
        description: 'Cheap enough to poll for the badge on the bell.',
        response: { 200: unreadCountOutput },
      },
    },
    async (request) => getUnreadCount(db, currentUser(request).id),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config,
      schema: {
        tags,
        summary: 'Mark one notification read',
        description: 'Marking it again changes nothing. Another person’s notification is a 404.',
        params: notificationParams,
        response: { 200: unreadCountOutput },
      },
    },
    async (request) => readNotification(db, currentUser(request).id, request.params.id, clock()),
  );

  app.post(
    '/api/notifications/read-all',
    {
      config,
      schema: {
        tags,
        summary: 'Mark every notification read',
        response: { 200: readAllOutput },
      },
    },
    async (request) => readAllNotifications(db, currentUser(request).id, clock()),
  );

  app.get(
    '/api/me/notification-preferences',
    {
      config,
      schema: {
        tags,
        summary: 'How each kind of notification reaches you',
        description:
          'Every type with its channel (your choice, or the default), your digest rhythm, and whether this Tandem can send email.',
        response: { 200: notificationPreferencesOutput },
      },
    },
    async (request) =>
      getNotificationPreferences(db, currentUser(request).id, settings.mailConfigured),
  );

  app.put(
    '/api/me/notification-preferences',
    {
      config,
      schema: {
        tags,
        summary: 'Choose how notifications reach you',
        description:
          'Only the types in `channels` change. An unknown type or channel is a 400 naming it, and nothing is saved.',
        body: updateNotificationPreferencesInput,
        response: { 200: notificationPreferencesOutput },
      },
    },
    async (request) =>
      updateNotificationPreferences(
        db,
        currentUser(request).id,
        request.body,
        settings.mailConfigured,
      ),
  );

  app.get(
    '/api/me/outbox',
    {
      config,
      schema: {
        tags,
        summary: 'The mails Tandem wrote to you',
        description:
          'Sent ones, and the ones that wait here because no mail server is set up (`not-sent`). Newest first.',
        querystring: outboxQuery,
        response: { 200: outboxOutput },
      },
    },
    async (request) => listOutbox(db, currentUser(request).id, request.query),
  );
};
