import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { currentUser } from '../../lib/access.ts';
import { requireMentorshipParticipant } from '../../lib/participation.ts';

const isUuid = (value: unknown) => z.uuid().safeParse(value).success;

/**
 * Checks "one of the two people" before the body is validated: someone else's mentorship must
 * look exactly like one that does not exist, so a stranger gets the same 404 whatever they send
 * and never learns a route's input rules for it. An id that is not even a uuid is left to the
 * params schema (a 400 for everyone). Services check again inside their own transactions.
 */
export function guardParticipantRoutes(app: FastifyInstance, db: Db) {
  app.addHook('preValidation', async (request) => {
    if (request.routeOptions.config.access !== 'participant') return;
    const { id } = (request.params ?? {}) as { id?: unknown };
    if (typeof id !== 'string' || !isUuid(id)) return;
    await requireMentorshipParticipant(db, id, currentUser(request));
  });
}
