import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  saveNotesInput,
  savePrivateNoteOutput,
  saveSharedNotesOutput,
  sessionNotesOutput,
} from '../../../common/schemas/notes.ts';
import { sessionParams } from '../../../common/schemas/sessions.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { outsidersOut } from '../../lib/participation.ts';
import { getNotes, savePrivateNote, saveSharedNotes } from './notes.service.ts';

const tags = ['notes'];
const outcomes =
  'Always 200 with an `outcome`: `saved`, `merged` (someone saved meanwhile; `notes` holds the merged text), `unchanged`, or `conflict` (both changed the same lines: nothing was saved; `notes` is what is saved now, `conflicts` the clashing places — save the settled text with `baseVersion: notes.version` and `resolving: true`). A `baseVersion` above the current version is 409 `conflict`; a cancelled session or closed mentorship is 409 `invalid_state`.';

/**
 * A session's notes: the pair's shared Markdown notes, where no edit is ever lost silently, and
 * each person's private notes, which only their author ever reads.
 */
export const notesRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, clock }) => {
  const { db } = database;
  const config = { access: 'participant' } as const;

  // Outsiders get the 404 of an unknown session before any body is validated.
  app.addHook('preValidation', outsidersOut(db, 'session'));

  app.get(
    '/api/sessions/:id/notes',
    {
      config,
      schema: {
        tags,
        summary: 'The shared notes and your own private notes',
        description: 'The private part is always the caller’s own.',
        params: sessionParams,
        response: { 200: sessionNotesOutput },
      },
    },
    async (request) => getNotes(db, currentUser(request), request.params.id),
  );

  app.put(
    '/api/sessions/:id/notes/shared',
    {
      config,
      schema: {
        tags,
        summary: 'Save the shared notes (either person)',
        description: outcomes,
        params: sessionParams,
        body: saveNotesInput,
        response: { 200: saveSharedNotesOutput },
      },
    },
    async (request) =>
      saveSharedNotes(db, currentUser(request), request.params.id, request.body, clock()),
  );

  app.put(
    '/api/sessions/:id/notes/private',
    {
      config,
      schema: {
        tags,
        summary: 'Save your private notes',
        description: `Only you ever read them. A save from another of your tabs merges the same way. ${outcomes}`,
        params: sessionParams,
        body: saveNotesInput,
        response: { 200: savePrivateNoteOutput },
      },
    },
    async (request) =>
      savePrivateNote(db, currentUser(request), request.params.id, request.body, clock()),
  );
};
