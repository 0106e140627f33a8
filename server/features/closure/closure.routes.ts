import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  appreciationInput,
  closeMentorshipInput,
  closureOutput,
  summaryOutput,
} from '../../../common/schemas/closure.ts';
import { mentorshipParams } from '../../../common/schemas/mentorships.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { outsidersOut } from '../../lib/participation.ts';
import { closeMentorship, getClosure, saveAppreciation } from './closure.service.ts';
import { buildSummary } from './summary.service.ts';
import { renderSummaryMarkdown, summaryFileName } from './summary-markdown.ts';

const tags = ['closure'];
const config = { access: 'participant' } as const;
const summaryAccess =
  'Either participant, once the mentorship has started (a summary "so far" while it is under way, ' +
  'final once closed; 409 before). Holds only what the caller may see: never the other person’s ' +
  'private notes or reflections, fit-check answers, or the mentee’s unshared prep.';

/** Closing a mentorship kindly, what each person appreciated, and the summary each can keep. */
export const closureRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { database, clock }) => {
  const { db } = database;
  // Outsiders get the 404 of an unknown mentorship before any body is validated.
  app.addHook('preValidation', outsidersOut(db, 'mentorship'));

  app.get(
    '/api/mentorships/:id/closure',
    {
      config,
      schema: {
        tags,
        summary: 'Whether and how the mentorship closed, with both appreciations',
        params: mentorshipParams,
        response: { 200: closureOutput },
      },
    },
    async (request) => getClosure(db, currentUser(request), request.params.id, clock()),
  );

  app.post(
    '/api/mentorships/:id/close',
    {
      config,
      schema: {
        tags,
        summary: 'Close an active or paused mentorship, with a reason and a word to the other',
        description:
          'Cancels every upcoming session (each calendar entry is updated), keeps notes, reviews ' +
          'and action items for both. 409 invalid_state when it has not started or already ended.',
        params: mentorshipParams,
        body: closeMentorshipInput,
        response: { 200: closureOutput },
      },
    },
    async (request) =>
      closeMentorship(db, currentUser(request), request.params.id, request.body, clock()),
  );

  app.put(
    '/api/mentorships/:id/appreciation',
    {
      config,
      schema: {
        tags,
        summary: 'Write or rewrite what I appreciated about the other person',
        description: 'Only once the mentorship has closed (409 before). The other person reads it.',
        params: mentorshipParams,
        body: appreciationInput,
        response: { 200: closureOutput },
      },
    },
    async (request) =>
      saveAppreciation(db, currentUser(request), request.params.id, request.body.text, clock()),
  );

  app.get(
    '/api/mentorships/:id/summary',
    {
      config,
      schema: {
        tags,
        summary: 'The summary of the mentorship, as the caller may see it',
        description: summaryAccess,
        params: mentorshipParams,
        response: { 200: summaryOutput },
      },
    },
    async (request) => buildSummary(db, currentUser(request), request.params.id, clock()),
  );

  app.get(
    '/api/mentorships/:id/summary.json',
    {
      config,
      schema: {
        tags,
        summary: 'The same summary as a JSON file to download',
        description: summaryAccess,
        params: mentorshipParams,
        response: { 200: summaryOutput },
      },
    },
    async (request, reply) => {
      const doc = await buildSummary(db, currentUser(request), request.params.id, clock());
      return reply
        .header('content-disposition', `attachment; filename="${summaryFileName(doc, 'json')}"`)
        .header('cache-control', 'private, no-store')
        .send(doc);
    },
  );

  app.get(
    '/api/mentorships/:id/summary.md',
    {
      config,
      schema: {
        tags,
        summary: 'The summary as a Markdown file to download',
        description: summaryAccess,
        params: mentorshipParams,
        response: {
          200: {
            description: 'A Markdown document',
            content: { 'text/markdown': { schema: z.string() } },
          },
        },
      },
    },
    async (request, reply) => {
      const doc = await buildSummary(db, currentUser(request), request.params.id, clock());
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', `attachment; filename="${summaryFileName(doc, 'md')}"`)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(renderSummaryMarkdown(doc));
    },
  );
};
