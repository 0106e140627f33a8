import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deleteAccountInput, okOutput } from '../../../common/schemas/account.ts';
import { accountExportOutput } from '../../../common/schemas/export.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { deleteAccount } from './account-deletion.service.ts';
import { exportAccount, exportFileName, type SharedReaders } from './account-export.service.ts';

const tags = ['account'];

/** Clears the session cookies, whichever prefix the browser has them under. */
function clearedCookies(secure: boolean): string[] {
  const prefix = secure ? '__Secure-' : '';
  const attributes = `Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  return ['session_token', 'session_data', 'dont_remember'].map(
    (name) => `${prefix}tandem.${name}=; ${attributes}`,
  );
}

export const accountDataRoutes: FastifyPluginAsyncZod<
  AppDeps & { readers: SharedReaders }
> = async (app, { database, sessions, events, clock, settings, readers }) => {
  const { db } = database;

  app.get(
    '/api/me/export',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Download your data',
        description:
          'One JSON document with everything you can see of your own in Tandem. What you share ' +
          'with someone comes as the app shows it to you: never their private notes, private ' +
          'reflections or fit-check answers before the reveal.',
        response: { 200: accountExportOutput },
      },
    },
    async (request, reply) => {
      const now = clock();
      const doc = await exportAccount(db, readers, currentUser(request), now);
      return reply
        .header('content-disposition', `attachment; filename="${exportFileName(now)}"`)
        .header('cache-control', 'private, no-store')
        .send(doc);
    },
  );

  app.delete(
    '/api/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Delete your account',
        description:
          'Needs your current password. Deletes your profile, goals, notes, reviews, messages ' +
          'and program records, and signs you out everywhere. Mentorships stay for the other ' +
          'person, with you shown as "A former member"; the shared notes stay with them. ' +
          'This cannot be undone.',
        body: deleteAccountInput,
        response: { 200: okOutput },
      },
    },
    async (request, reply) => {
      const caller = currentUser(request);
      await deleteAccount(db, caller, request.body.password, clock());
      sessions.forgetUser(caller.id);
      // The mentor search drops them at once here; other processes notice on their next poll.
      events.emit('profile-changed', caller.id);
      reply.header('set-cookie', clearedCookies(settings.baseUrl.startsWith('https://')));
      return { ok: true as const };
    },
  );
};
