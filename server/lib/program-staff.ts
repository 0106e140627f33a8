import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { currentUser, type SignedInUser } from './access.ts';
import { AppError } from './errors.ts';
import { findProgramIdOf, findStaffRole } from './program-staff.repo.ts';

/**
 * The `program-admin` and `program-staff` access policies. A program's admins run everything in
 * it; its reviewers (staff too) score the interviews they sit on. Anyone else — including the
 * admins of another program — gets the same 404 as for an id that never existed.
 */
export type StaffRole = 'admin' | 'reviewer';

export interface StaffMembership {
  programId: string;
  role: StaffRole;
}

export const programNotFound = () => new AppError('not_found', 'We could not find that program.');

/** The caller's place on the program's staff; 404 unless it is one of `roles`. */
export async function requireProgramStaff(
  db: Db,
  programId: string,
  caller: Pick<SignedInUser, 'id'>,
  roles: readonly StaffRole[] = ['admin', 'reviewer'],
): Promise<StaffMembership> {
  const role = await findStaffRole(db, programId, caller.id);
  if (!role || !roles.includes(role)) throw programNotFound();
  return { programId, role };
}

/** Which id in a path names what, most specific first. */
const PARAM_KINDS = [
  ['runId', 'run'],
  ['interviewId', 'interview'],
  ['applicationId', 'application'],
  ['cohortId', 'cohort'],
] as const;

const uuid = z.uuid();

/**
 * The program a path is about: `:programId`, or the program of `:cohortId`, `:applicationId`,
 * `:interviewId` or `:runId`. Undefined when the path names none, or a malformed or unknown id.
 */
export async function programOfPath(
  db: Db,
  params: Record<string, string>,
): Promise<string | undefined> {
  if (params.programId !== undefined) {
    return uuid.safeParse(params.programId).success ? params.programId : undefined;
  }
  for (const [param, kind] of PARAM_KINDS) {
    const id = params[param];
    if (id === undefined) continue;
    if (!uuid.safeParse(id).success) return undefined;
    return findProgramIdOf(db, kind, id);
  }
  return undefined;
}

/**
 * A plugin-wide `preValidation` hook for `program-admin` and `program-staff` routes: someone not
 * on the program's staff gets the 404 of an unknown id before the body is validated, so a 400
 * never tells them an id is real. Services check again (reviewers, for instance, only see the
 * interviews they sit on); this only decides what outsiders learn.
 */
export function staffOnly(db: Db) {
  return async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access;
    if (access !== 'program-admin' && access !== 'program-staff') return;
    const params = (request.params ?? {}) as Record<string, string>;
    const programId = await programOfPath(db, params);
    // A malformed id gets its 400 from validation; an unknown one the 404 below.
    if (programId === undefined && Object.values(params).some((v) => !uuid.safeParse(v).success)) {
      return;
    }
    if (!programId) throw programNotFound();
    await requireProgramStaff(
      db,
      programId,
      currentUser(request),
      access === 'program-admin' ? ['admin'] : ['admin', 'reviewer'],
    );
  };
}
