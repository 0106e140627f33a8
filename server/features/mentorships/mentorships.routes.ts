import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  declineMentorshipInput,
  mentorshipDetail,
  mentorshipListOutput,
  mentorshipParams,
  pauseMentorshipInput,
  requestMentorshipInput,
  updateMentorshipInput,
} from '../../../common/schemas/mentorships.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { outsidersOut } from '../../lib/participation.ts';
import {
  acceptMentorship,
  declineMentorship,
  getMentorship,
  listMentorships,
  pauseMentorship,
  resumeMentorship,
  updateMentorship,
  withdrawMentorship,
} from './mentorships.service.ts';
import { requestMentorship } from './requests.service.ts';

const tags = ['mentorships'];
const signedIn = { access: 'signed-in' } as const;
const participant = { access: 'participant' } as const;
const detail = { 200: mentorshipDetail };

/** Requests from the directory and the life of a mentorship: only its two people see it. */
export const mentorshipsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const service = { db, clock: deps.clock, settings: deps.settings };
  app.addHook('preValidation', outsidersOut(db, 'mentorship'));

  app.get(
    '/api/mentorships',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'All my mentorships',
        description:
          'As mentee and as mentor: requests waiting in either direction, invitations addressed ' +
          'to my email, ongoing and ended ones. Requests past their expiry are marked expired first.',
        response: { 200: mentorshipListOutput },
      },
    },
    async (request) => listMentorships(service, currentUser(request)),
  );

  app.post(
    '/api/mentorships',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Ask a mentor from the directory',
        description:
          'Shares the chosen goals with the mentor. One open request or mentorship per pair ' +
          '(409 already_connected). Expires if unanswered.',
        body: requestMentorshipInput,
        response: { 201: mentorshipDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestMentorship(service, currentUser(request), request.body)),
  );

  app.get(
    '/api/mentorships/:id',
    {
      config: participant,
      schema: {
        tags,
        summary: 'One of my mentorships, with shared goals and its timeline',
        params: mentorshipParams,
        response: detail,
      },
    },
    async (request) => getMentorship(service, currentUser(request), request.params.id),
  );

  app.post(
    '/api/mentorships/:id/accept',
    {
      config: participant,
      schema: {
        tags,
        summary: 'Accept a request or invitation addressed to me',
        description:
          'A directory request counts against the mentor’s capacity (409 capacity_reached); ' +
          'an informal invitation does not.',
        params: mentorshipParams,
        response: detail,
      },
    },
    async (request) => acceptMentorship(service, currentUser(request), request.params.id),
  );

  app.post(
    '/api/mentorships/:id/decline',
    {
      config: participant,
      schema: {
        tags,
        summary: 'Decline a request or invitation, with a reason',
        params: mentorshipParams,
        body: declineMentorshipInput,
        response: detail,
      },
    },
    async (request) =>
      declineMentorship(service, currentUser(request), request.params.id, request.body),
  );

  app.post(
    '/api/mentorships/:id/withdraw',
    {
      config: participant,
      schema: {
        tags,
        summary: 'Withdraw my own request or invitation while it waits',
        params: mentorshipParams,
        response: detail,
      },
    },
    async (request) => withdrawMentorship(service, currentUser(request), request.params.id),
  );

  app.post(
    '/api/mentorships/:id/pause',
    {
      config: participant,
      schema: {
        tags,
        summary: 'Pause an active mentorship',
        params: mentorshipParams,
        body: pauseMentorshipInput,
        response: detail,
      },
    },
    async (request) =>
      pauseMentorship(service, currentUser(request), request.params.id, request.body.note),
  );

  app.post(
    '/api/mentorships/:id/resume',
    {
      config: participant,
      schema: {
        tags,
        summary: 'Resume a paused mentorship',
        params: mentorshipParams,
        response: detail,
      },
    },
    async (request) => resumeMentorship(service, currentUser(request), request.params.id),
  );

  app.patch(
    '/api/mentorships/:id',
    {
      config: participant,
      schema: {
        tags,
        summary: 'Change the cadence or the prep deadline',
        params: mentorshipParams,
        body: updateMentorshipInput,
        response: detail,
      },
    },
    async (request) =>
      updateMentorship(service, currentUser(request), request.params.id, request.body),
  );
};
