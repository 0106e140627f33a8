import type { z } from 'zod';
import type { ApplicationStatus } from '../../../common/schemas/applications.ts';
import type {
  createProgramInput,
  MyPrograms,
  Program,
  StaffList,
  StaffRole,
  updateProgramInput,
} from '../../../common/schemas/programs.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { programNotFound, requireProgramStaff } from '../../lib/program-staff.ts';
import { listMyApplicationRows } from './applications.repo.ts';
import {
  countCohortPeople,
  deleteStaff,
  findProgram,
  insertProgram,
  insertStaff,
  listCohorts,
  listMemberships,
  listStaff,
  listStaffPrograms,
  lockStaff,
  updateProgramRow,
} from './programs.repo.ts';

type Caller = Pick<SignedInUser, 'id'>;

/** A new program, its creator its first admin. */
export async function createProgram(
  db: Db,
  caller: Caller,
  input: z.output<typeof createProgramInput>,
): Promise<Program> {
  const row = await db.transaction(async (tx) => {
    const program = await insertProgram(tx as Db, {
      name: input.name,
      description: input.description ?? '',
      createdById: caller.id,
    });
    await insertStaff(tx as Db, {
      programId: program.id,
      userId: caller.id,
      role: 'admin',
      addedById: caller.id,
    });
    return program;
  });
  return describeProgram(db, row.id, 'admin');
}

async function describeProgram(db: Db, programId: string, myRole: StaffRole): Promise<Program> {
  const program = await findProgram(db, programId);
  if (!program) throw programNotFound();
  const cohortRows = await listCohorts(db, programId);
  const counts = await countCohortPeople(
    db,
    cohortRows.map((c) => c.id),
  );
  return {
    id: program.id,
    name: program.name,
    description: program.description,
    createdAt: program.createdAt.toISOString(),
    myRole,
    cohorts: cohortRows.map((c) => ({
      id: c.id,
      programId: c.programId,
      name: c.name,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      applicationsOpen: c.applicationsOpen,
      maxTimeZoneGapHours: c.maxTimeZoneGapHours,
      counts: counts.get(c.id) ?? { mentors: 0, mentees: 0, applications: 0 },
    })),
  };
}

export async function getProgram(db: Db, caller: Caller, programId: string): Promise<Program> {
  const { role } = await requireProgramStaff(db, programId, caller);
  return describeProgram(db, programId, role);
}

export async function updateProgram(
  db: Db,
  caller: Caller,
  programId: string,
  input: z.output<typeof updateProgramInput>,
): Promise<Program> {
  await requireProgramStaff(db, programId, caller, ['admin']);
  await updateProgramRow(db, programId, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
  });
  return describeProgram(db, programId, 'admin');
}

/** Programs I help run, cohorts I am in, and applications I sent. */
export async function listMyPrograms(
  db: Db,
  caller: Caller,
  invites: MyPrograms['invites'],
): Promise<MyPrograms> {
  const [staffOf, memberOf, apps] = await Promise.all([
    listStaffPrograms(db, caller.id),
    listMemberships(db, caller.id),
    listMyApplicationRows(db, caller.id),
  ]);
  return {
    staffOf: staffOf.map((p) => ({ ...p, myRole: p.myRole as StaffRole })),
    memberOf: memberOf.map((m) => ({ ...m, role: m.role as 'mentor' | 'mentee' })),
    applications: apps.map(({ application: a, cohortName, programName }) => ({
      id: a.id,
      cohortId: a.cohortId,
      cohortName,
      programName,
      status: a.status as ApplicationStatus,
      decisionReason: a.decidedAt ? a.decisionReason : '',
      submittedAt: a.submittedAt.toISOString(),
    })),
    invites,
  };
}

export async function getStaff(db: Db, caller: Caller, programId: string): Promise<StaffList> {
  await requireProgramStaff(db, programId, caller);
  return staffList(db, programId);
}

async function staffList(db: Db, programId: string): Promise<StaffList> {
  const rows = await listStaff(db, programId);
  return {
    staff: rows.map((r) => ({ ...r, role: r.role as StaffRole, addedAt: r.addedAt.toISOString() })),
  };
}

/** Removes someone from the staff; a program always keeps at least one admin. */
export async function removeStaff(
  db: Db,
  caller: Caller,
  programId: string,
  userId: string,
): Promise<StaffList> {
  await requireProgramStaff(db, programId, caller, ['admin']);
  await db.transaction(async (tx) => {
    const staff = await lockStaff(tx as Db, programId);
    const target = staff.find((s) => s.userId === userId);
    if (!target)
      throw new AppError('not_found', 'That person is not on the staff of this program.');
    const admins = staff.filter((s) => s.role === 'admin');
    if (target.role === 'admin' && admins.length === 1) {
      throw new AppError(
        'invalid_state',
        'A program needs at least one admin: invite another admin before this one leaves.',
      );
    }
    await deleteStaff(tx as Db, programId, userId);
  });
  // Read without the staff check: an admin who just left still gets the list they changed.
  return staffList(db, programId);
}
