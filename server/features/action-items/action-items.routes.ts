import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  actionItem,
  actionItemListOutput,
  actionItemParams,
  createActionItemInput,
  updateActionItemInput,
} from '../../../common/schemas/action-items.ts';
import { mentorshipParams } from '../../../common/schemas/mentorships.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { outsidersOut } from '../../lib/participation.ts';
import { createActionItem, getActionItems, updateActionItem } from './action-items.service.ts';

const tags = ['action-items'];

/** The pair's shared list of action items: both people add, edit and tick any of them. */
export const actionItemsRoutes: FastifyPluginAsyncZod<AppDeps> = async (
  app,
  { database, clock },
) => {
  const { db } = database;
  const config = { access: 'participant' } as const;

  // Outsiders get the 404 of an unknown mentorship before any body is validated.
  app.addHook('preValidation', outsidersOut(db, 'mentorship'));

  app.get(
    '/api/mentorships/:id/action-items',
    {
      config,
      schema: {
        tags,
        summary: 'Every action item of the pair',
        description:
          'Open items first (overdue ones first: late by the owner’s own calendar), then done and dropped.',
        params: mentorshipParams,
        response: { 200: actionItemListOutput },
      },
    },
    async (request) => getActionItems(db, currentUser(request), request.params.id, clock()),
  );

  app.post(
    '/api/mentorships/:id/action-items',
    {
      config,
      schema: {
        tags,
        summary: 'Add an action item',
        description:
          'For either person of the pair, with an optional due date (within two years) and the session it came out of. 409 invalid_state once the mentorship has closed.',
        params: mentorshipParams,
        body: createActionItemInput,
        response: { 201: actionItem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createActionItem(
            db,
            currentUser(request),
            request.params.id,
            request.body,
            clock(),
          ),
        ),
  );

  app.patch(
    '/api/mentorships/:id/action-items/:itemId',
    {
      config,
      schema: {
        tags,
        summary: 'Change an action item, or mark it done, dropped or open again',
        description:
          'Marking it done or dropped records when, and during which session (`sessionId`) if one was on; reopening clears both.',
        params: actionItemParams,
        body: updateActionItemInput,
        response: { 200: actionItem },
      },
    },
    async (request) => {
      const { id, itemId } = request.params;
      return updateActionItem(db, currentUser(request), id, itemId, request.body, clock());
    },
  );
};
