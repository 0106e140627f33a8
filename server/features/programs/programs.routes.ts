import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  cohortOutput,
  cohortParams,
  createCohortInput,
  createProgramInput,
  memberParams,
  membersOutput,
  myProgramsOutput,
  programOutput,
  programParams,
  staffOutput,
  staffParams,
  updateCohortInput,
  updateMemberInput,
  updateProgramInput,
} from '../../../common/schemas/programs.ts';
import { currentUser } from '../../lib/access.ts';
import type { AppDeps } from '../../lib/deps.ts';
import { staffOnly } from '../../lib/program-staff.ts';
import {
  createCohort,
  getCohort,
  getMembers,
  removeMember,
  updateCohort,
  updateMember,
} from './cohorts.service.ts';
import { listInvitesForMe } from './invites.service.ts';
import {
  createProgram,
  getProgram,
  getStaff,
  listMyPrograms,
  removeStaff,
  updateProgram,
} from './programs.service.ts';

const tags = ['programs'];
const admin = { access: 'program-admin' } as const;
const staff = { access: 'program-staff' } as const;

/** Programs, their staff, cohorts and the people in them. */
export const programsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, deps) => {
  const { db } = deps.database;
  const { clock, settings } = deps;
  // Outsiders get the 404 of an unknown id before any body is validated.
  app.addHook('preValidation', staffOnly(db));

  app.get(
    '/api/programs',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Programs I help run, cohorts I am in, my applications and invites for me',
        response: { 200: myProgramsOutput },
      },
    },
    async (request) => {
      const caller = currentUser(request);
      const invites = await listInvitesForMe({ db, clock, settings }, caller);
      return listMyPrograms(db, caller, invites);
    },
  );

  app.post(
    '/api/programs',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Start a program; I become its first admin',
        body: createProgramInput,
        response: { 201: programOutput },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProgram(db, currentUser(request), request.body)),
  );

  app.get(
    '/api/programs/:programId',
    {
      config: staff,
      schema: {
        tags,
        summary: 'A program with its cohorts',
        params: programParams,
        response: { 200: programOutput },
      },
    },
    async (request) => getProgram(db, currentUser(request), request.params.programId),
  );

  app.patch(
    '/api/programs/:programId',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Rename a program or change its description',
        params: programParams,
        body: updateProgramInput,
        response: { 200: programOutput },
      },
    },
    async (request) =>
      updateProgram(db, currentUser(request), request.params.programId, request.body),
  );

  app.get(
    '/api/programs/:programId/staff',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Admins and reviewers of a program',
        params: programParams,
        response: { 200: staffOutput },
      },
    },
    async (request) => getStaff(db, currentUser(request), request.params.programId),
  );

  app.delete(
    '/api/programs/:programId/staff/:userId',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Remove someone from the staff (or leave it)',
        description: 'The last admin cannot leave or be removed (409 invalid_state).',
        params: staffParams,
        response: { 200: staffOutput },
      },
    },
    async (request) =>
      removeStaff(db, currentUser(request), request.params.programId, request.params.userId),
  );

  app.post(
    '/api/programs/:programId/cohorts',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Add a cohort with its dates',
        params: programParams,
        body: createCohortInput,
        response: { 201: cohortOutput },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createCohort(db, currentUser(request), request.params.programId, request.body)),
  );

  app.get(
    '/api/cohorts/:cohortId',
    {
      config: staff,
      schema: { tags, summary: 'A cohort', params: cohortParams, response: { 200: cohortOutput } },
    },
    async (request) => getCohort(db, currentUser(request), request.params.cohortId),
  );

  app.patch(
    '/api/cohorts/:cohortId',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Change a cohort: its name, dates, or open and close applications',
        params: cohortParams,
        body: updateCohortInput,
        response: { 200: cohortOutput },
      },
    },
    async (request) =>
      updateCohort(db, currentUser(request), request.params.cohortId, request.body),
  );

  app.get(
    '/api/cohorts/:cohortId/members',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Mentors and mentees of a cohort',
        description: 'Mentors come with their public headline and career stage, nothing private.',
        params: cohortParams,
        response: { 200: membersOutput },
      },
    },
    async (request) => getMembers(db, currentUser(request), request.params.cohortId),
  );

  app.patch(
    '/api/cohorts/:cohortId/members/:userId',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Set a mentor’s capacity (1–3) or a member’s team',
        params: memberParams,
        body: updateMemberInput,
        response: { 200: membersOutput },
      },
    },
    async (request) =>
      updateMember(
        db,
        currentUser(request),
        request.params.cohortId,
        request.params.userId,
        request.body,
      ),
  );

  app.delete(
    '/api/cohorts/:cohortId/members/:userId',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Mark a member as having left the cohort',
        params: memberParams,
        response: { 200: membersOutput },
      },
    },
    async (request) =>
      removeMember(db, clock, currentUser(request), request.params.cohortId, request.params.userId),
  );
};
