import type { z } from 'zod';
import type {
  Cohort,
  CohortMember,
  createCohortInput,
  MemberRole,
  StaffRole,
  updateCohortInput,
  updateMemberInput,
} from '../../../common/schemas/programs.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import type { Clock } from '../../lib/clock.ts';
import { AppError } from '../../lib/errors.ts';
import { requireProgramStaff } from '../../lib/program-staff.ts';
import { findMember, listMembers, updateMemberRow } from './members.repo.ts';
import { countCohortPeople, findCohort, insertCohort, updateCohortRow } from './programs.repo.ts';

type Caller = Pick<SignedInUser, 'id'>;

export const cohortNotFound = () => new AppError('not_found', 'We could not find that cohort.');

/** The cohort and the caller's role on its program's staff; 404 for anyone else. */
export async function requireCohortStaff(
  db: Db,
  caller: Caller,
  cohortId: string,
  roles: readonly StaffRole[] = ['admin', 'reviewer'],
) {
  const found = await findCohort(db, cohortId);
  if (!found) throw cohortNotFound();
  const { role } = await requireProgramStaff(db, found.cohort.programId, caller, roles);
  return { ...found, role };
}

async function describeCohort(db: Db, cohortId: string, myRole: StaffRole): Promise<Cohort> {
  const found = await findCohort(db, cohortId);
  if (!found) throw cohortNotFound();
  const { cohort: c, programName } = found;
  const counts = await countCohortPeople(db, [c.id]);
  return {
    id: c.id,
    programId: c.programId,
    programName,
    name: c.name,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    applicationsOpen: c.applicationsOpen,
    maxTimeZoneGapHours: c.maxTimeZoneGapHours,
    counts: counts.get(c.id) ?? { mentors: 0, mentees: 0, applications: 0 },
    myRole,
  };
}

export async function createCohort(
  db: Db,
  caller: Caller,
  programId: string,
  input: z.output<typeof createCohortInput>,
): Promise<Cohort> {
  await requireProgramStaff(db, programId, caller, ['admin']);
  const row = await insertCohort(db, {
    programId,
    name: input.name,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    maxTimeZoneGapHours: input.maxTimeZoneGapHours ?? null,
  });
  return describeCohort(db, row.id, 'admin');
}

export async function getCohort(db: Db, caller: Caller, cohortId: string): Promise<Cohort> {
  const { role } = await requireCohortStaff(db, caller, cohortId);
  return describeCohort(db, cohortId, role);
}

export async function updateCohort(
  db: Db,
  caller: Caller,
  cohortId: string,
  input: z.output<typeof updateCohortInput>,
): Promise<Cohort> {
  const { cohort } = await requireCohortStaff(db, caller, cohortId, ['admin']);
  const startsOn = input.startsOn ?? cohort.startsOn;
  const endsOn = input.endsOn ?? cohort.endsOn;
  if (startsOn > endsOn) {
    throw new AppError('validation_failed', 'Some fields need attention.', {
      endsOn: 'The cohort must end on or after the day it starts.',
    });
  }
  const set: Record<string, unknown> = {};
  for (const key of [
    'name',
    'startsOn',
    'endsOn',
    'maxTimeZoneGapHours',
    'applicationsOpen',
  ] as const) {
    if (input[key] !== undefined) set[key] = input[key];
  }
  if (Object.keys(set).length) await updateCohortRow(db, cohortId, set);
  return describeCohort(db, cohortId, 'admin');
}

function toMember(row: Awaited<ReturnType<typeof listMembers>>[number]): CohortMember {
  const m = row.member;
  return {
    userId: m.userId,
    name: row.name,
    role: m.role as MemberRole,
    capacity: m.capacity,
    team: m.team,
    joinedVia: m.joinedVia as CohortMember['joinedVia'],
    joinedAt: m.joinedAt.toISOString(),
    leftAt: m.leftAt ? m.leftAt.toISOString() : null,
    profile:
      m.role === 'mentor'
        ? { headline: row.headline ?? '', careerStage: row.careerStage ?? null }
        : null,
  };
}

export async function getMembers(db: Db, caller: Caller, cohortId: string) {
  await requireCohortStaff(db, caller, cohortId, ['admin']);
  const rows = await listMembers(db, cohortId);
  return { members: rows.map(toMember) };
}

const memberNotFound = () =>
  new AppError('not_found', 'That person is not a member of this cohort.');

export async function updateMember(
  db: Db,
  caller: Caller,
  cohortId: string,
  userId: string,
  input: z.output<typeof updateMemberInput>,
) {
  await requireCohortStaff(db, caller, cohortId, ['admin']);
  const member = await findMember(db, cohortId, userId);
  if (!member) throw memberNotFound();
  if (input.capacity !== undefined && member.role !== 'mentor') {
    throw new AppError('validation_failed', 'Some fields need attention.', {
      capacity: 'Only mentors have a capacity.',
    });
  }
  await updateMemberRow(db, cohortId, userId, {
    ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
    ...(input.team !== undefined ? { team: input.team } : {}),
  });
  return getMembers(db, caller, cohortId);
}

/** Marks a member as having left; their history stays. */
export async function removeMember(
  db: Db,
  clock: Clock,
  caller: Caller,
  cohortId: string,
  userId: string,
) {
  await requireCohortStaff(db, caller, cohortId, ['admin']);
  const member = await findMember(db, cohortId, userId);
  if (!member || member.leftAt) throw memberNotFound();
  await updateMemberRow(db, cohortId, userId, { leftAt: clock() });
  return getMembers(db, caller, cohortId);
}
