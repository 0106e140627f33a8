import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  invitationCreatedOutput,
  invitationParams,
  invitationPreviewOutput,
  inviteInput,
  mentorshipDetail,
  mentorshipParams,
} from '../../../common/schemas/mentorships.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { outsidersOut } from '../../lib/participation.ts';
import {
  acceptInvitation,
  createInvitation,
  previewInvitation,
  regenerateInviteLink,
} from './invitations.service.ts';

const tags = ['invitations'];

/** Informal mentorships: invite someone you know by email or by a link only you can share. */
export const invitationsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const service = { db, clock: deps.clock, settings: deps.settings };
  app.addHook('preValidation', outsidersOut(db, 'mentorship'));

  app.post(
    '/api/mentorships/invitations',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Invite someone you know to a mentorship',
        description:
          'Answers the invitation link once (only its hash is kept). With an email, the person ' +
          'also finds the invitation in Tandem when they sign in with that address.',
        body: inviteInput,
        response: { 201: invitationCreatedOutput },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createInvitation(service, currentUser(request), request.body)),
  );

  app.post(
    '/api/mentorships/:id/invitation-link',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary: 'Make a new link for my pending invitation',
        description: 'The previous link stops working at once.',
        params: mentorshipParams,
        response: { 200: invitationCreatedOutput },
      },
    },
    async (request) => regenerateInviteLink(service, currentUser(request), request.params.id),
  );

  app.get(
    '/api/invitations/:token',
    {
      config: { access: 'token' },
      schema: {
        tags,
        summary: 'What an invitation link shows, signed in or not',
        description: 'A wrong or replaced link is a 404 that says nothing more.',
        params: invitationParams,
        response: { 200: invitationPreviewOutput },
      },
    },
    async (request) => previewInvitation(service, request.params.token),
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Accept an invitation by its link',
        description: 'The caller takes the empty side and the mentorship starts.',
        params: invitationParams,
        response: { 200: mentorshipDetail },
      },
    },
    async (request) => acceptInvitation(service, currentUser(request), request.params.token),
  );
};
