import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createInviteInput,
  inviteAcceptedOutput,
  inviteCreatedOutput,
  inviteOutput,
  inviteParams,
  invitePreviewOutput,
  invitesOutput,
  inviteTokenParams,
  myInviteParams,
  programParams,
} from '../../../common/schemas/programs.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { staffOnly } from '../../lib/program-staff.ts';
import {
  acceptInvite,
  acceptMyInvite,
  createInvite,
  getInvites,
  previewInvite,
  revokeInvite,
} from './invites.service.ts';

const tags = ['program invites'];
const admin = { access: 'program-admin' } as const;

/** Joining a program's staff or a cohort by invite. */
export const programInvitesRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const service = { db: deps.database.db, clock: deps.clock, settings: deps.settings };
  app.addHook('preValidation', staffOnly(service.db));

  app.post(
    '/api/programs/:programId/invites',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Invite an admin, a reviewer, or a mentor or mentee of a cohort',
        description:
          'Answers the link once (only its hash is kept). With an email, only that account can ' +
          'use it, once; without, anyone holding the link can, and its uses are counted.',
        params: programParams,
        body: createInviteInput,
        response: { 201: inviteCreatedOutput },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createInvite(service, currentUser(request), request.params.programId, request.body),
        ),
  );

  app.get(
    '/api/programs/:programId/invites',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Invites of a program',
        params: programParams,
        response: { 200: invitesOutput },
      },
    },
    async (request) => getInvites(service, currentUser(request), request.params.programId),
  );

  app.delete(
    '/api/programs/:programId/invites/:inviteId',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Revoke an invite',
        params: inviteParams,
        response: { 200: inviteOutput },
      },
    },
    async (request) =>
      revokeInvite(
        service,
        currentUser(request),
        request.params.programId,
        request.params.inviteId,
      ),
  );

  app.get(
    '/api/program-invites/:token',
    {
      config: { access: 'token' },
      schema: {
        tags,
        summary: 'What an invite link is for: the program, the cohort and the role',
        description: 'A wrong, revoked, expired or used link is a 404 that says nothing more.',
        params: inviteTokenParams,
        response: { 200: invitePreviewOutput },
      },
    },
    async (request) => previewInvite(service, request.params.token),
  );

  app.post(
    '/api/program-invites/:token/accept',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Join by an invite link',
        params: inviteTokenParams,
        response: { 200: inviteAcceptedOutput },
      },
    },
    async (request) => acceptInvite(service, currentUser(request), request.params.token),
  );

  app.post(
    '/api/me/program-invites/:inviteId/accept',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Join by an invite sent to my own address',
        params: myInviteParams,
        response: { 200: inviteAcceptedOutput },
      },
    },
    async (request) => acceptMyInvite(service, currentUser(request), request.params.inviteId),
  );
};
