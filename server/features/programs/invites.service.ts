import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type {
  createInviteInput,
  InviteAccepted,
  InviteCreated,
  InvitePreview,
  InviteRole,
  ProgramInvite,
} from '../../../common/schemas/programs.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AppSettings } from '../../lib/deps.ts';
import { AppError } from '../../lib/errors.ts';
import { requireProgramStaff } from '../../lib/program-staff.ts';
import { scheduleReminder } from '../../lib/reminders.ts';
import {
  findInvite,
  findInviteByHash,
  findUserIdByEmail,
  type InviteRow,
  insertInvite,
  listInvites,
  listInvitesForEmail,
  revokeInviteRow,
  spendInvite,
} from './invites.repo.ts';
import { findMember, upsertMember } from './members.repo.ts';
import { findCohort, insertStaff } from './programs.repo.ts';

/**
 * Invites to a program: as admin or reviewer of the program, or as mentor or mentee of one of
 * its cohorts. The link carries a 32-byte random secret; only its SHA-256 is stored, so the link
 * is shown once, when it is made. An invite to one address works once, for that account only;
 * an open link works for anyone holding it and counts its uses.
 */

export interface InviteDeps {
  db: Db;
  clock: Clock;
  settings: AppSettings;
}
type Caller = Pick<SignedInUser, 'id' | 'email'>;

const INVITE_DAYS = 30;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// One answer for every link that does not work: a guess, a revoked, expired or used invite.
const inviteNotFound = () =>
  new AppError(
    'not_found',
    'This invite link does not work. It may be incomplete, used already, or withdrawn: ask the program for a new one.',
  );

function isActive(invite: InviteRow, now: Date): boolean {
  if (invite.revokedAt) return false;
  if (invite.expiresAt && invite.expiresAt <= now) return false;
  return !(invite.email && invite.usedCount > 0);
}

function toInvite(row: { invite: InviteRow; cohortName: string | null }, now: Date): ProgramInvite {
  const i = row.invite;
  return {
    id: i.id,
    role: i.role as InviteRole,
    cohortId: i.cohortId,
    cohortName: row.cohortName,
    email: i.email,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt ? i.expiresAt.toISOString() : null,
    revokedAt: i.revokedAt ? i.revokedAt.toISOString() : null,
    usedCount: i.usedCount,
    active: isActive(i, now),
  };
}

export async function createInvite(
  { db, clock, settings }: InviteDeps,
  caller: Caller,
  programId: string,
  input: z.output<typeof createInviteInput>,
): Promise<InviteCreated> {
  await requireProgramStaff(db, programId, caller, ['admin']);
  if (input.cohortId) {
    const cohort = await findCohort(db, input.cohortId);
    if (cohort?.cohort.programId !== programId) {
      throw new AppError('validation_failed', 'Some fields need attention.', {
        cohortId: 'Choose one of this program’s cohorts.',
      });
    }
  }
  const now = clock();
  const token = randomBytes(32).toString('base64url');
  const row = await db.transaction(async (tx) => {
    const invite = await insertInvite(tx as Db, {
      programId,
      cohortId: input.cohortId ?? null,
      role: input.role,
      email: input.email ?? null,
      tokenHash: hashToken(token),
      createdById: caller.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000),
      capacity: input.role === 'mentor' ? (input.capacity ?? 1) : null,
    });
    // Someone with an account hears of it in Tandem too; an address with no account gets one
    // mail asking them to join with it (the invite then waits on their programs page).
    if (input.email) {
      const inviteeId = await findUserIdByEmail(tx as Db, input.email);
      const base = {
        type: 'program-invite' as const,
        dueAt: now,
        dedupeKey: `program-invite:${invite.id}`,
        payload: { inviteId: invite.id },
      };
      if (!inviteeId) await scheduleReminder(tx as Db, { ...base, recipientEmail: input.email });
      else if (inviteeId !== caller.id) {
        await scheduleReminder(tx as Db, { ...base, recipientId: inviteeId });
      }
    }
    return invite;
  });
  const found = await findInvite(db, row.id);
  return {
    invite: toInvite({ invite: row, cohortName: found?.cohortName ?? null }, now),
    inviteUrl: `${settings.baseUrl}/program-invites/${token}`,
  };
}

export async function getInvites({ db, clock }: InviteDeps, caller: Caller, programId: string) {
  await requireProgramStaff(db, programId, caller, ['admin']);
  const now = clock();
  const rows = await listInvites(db, programId);
  return { invites: rows.map((r) => toInvite(r, now)) };
}

export async function revokeInvite(
  { db, clock }: InviteDeps,
  caller: Caller,
  programId: string,
  inviteId: string,
) {
  await requireProgramStaff(db, programId, caller, ['admin']);
  const now = clock();
  const row = await revokeInviteRow(db, programId, inviteId, now);
  if (!row) throw new AppError('not_found', 'We could not find that invite.');
  return toInvite(
    { invite: row, cohortName: (await findInvite(db, row.id))?.cohortName ?? null },
    now,
  );
}

async function workingInvite(db: Db, token: string, now: Date) {
  const found = await findInviteByHash(db, hashToken(token));
  if (!found || !isActive(found.invite, now)) throw inviteNotFound();
  return found;
}

/** What a link shows to whoever holds it. */
export async function previewInvite(
  { db, clock }: InviteDeps,
  token: string,
): Promise<InvitePreview> {
  const found = await workingInvite(db, token, clock());
  return {
    programName: found.programName,
    programDescription: found.programDescription,
    cohortName: found.cohortName,
    role: found.invite.role as InviteRole,
    forEmail: found.invite.email !== null,
  };
}

/** Invites sent to the caller's address that they have not used yet. */
export async function listInvitesForMe({ db, clock }: InviteDeps, caller: Caller) {
  const rows = await listInvitesForEmail(db, caller.email, clock());
  return rows.map((r) => ({
    id: r.invite.id,
    programName: r.programName,
    cohortName: r.cohortName,
    role: r.invite.role as InviteRole,
  }));
}

async function join(
  { db, clock }: InviteDeps,
  caller: Caller,
  found: { invite: InviteRow },
): Promise<InviteAccepted> {
  const now = clock();
  const { invite } = found;
  if (invite.email && invite.email !== caller.email.toLowerCase()) {
    throw new AppError(
      'not_found',
      'This invite was sent to another email address. Sign in with that address to accept it.',
    );
  }
  const role = invite.role as InviteRole;
  const result = { programId: invite.programId, cohortId: invite.cohortId, role };
  await db.transaction(async (tx) => {
    if (invite.cohortId) {
      const existing = await findMember(tx as Db, invite.cohortId, caller.id);
      // Opening an open link twice is not a second use.
      if (existing && !existing.leftAt && !invite.email) return;
      if (!(await spendInvite(tx as Db, invite.id, now))) throw inviteNotFound();
      await upsertMember(tx as Db, {
        cohortId: invite.cohortId,
        userId: caller.id,
        role,
        capacity: role === 'mentor' ? (invite.capacity ?? 1) : 1,
        joinedVia: 'invite',
        joinedAt: now,
      });
      return;
    }
    if (!(await spendInvite(tx as Db, invite.id, now))) throw inviteNotFound();
    await insertStaff(tx as Db, {
      programId: invite.programId,
      userId: caller.id,
      role,
      addedById: invite.createdById,
      addedAt: now,
    });
  });
  return result;
}

/** Joins by the link: as staff of the program, or as a member of the cohort. */
export async function acceptInvite(deps: InviteDeps, caller: Caller, token: string) {
  return join(deps, caller, await workingInvite(deps.db, token, deps.clock()));
}

/** Joins by an invite sent to the caller's own address, found on their programs page. */
export async function acceptMyInvite(deps: InviteDeps, caller: Caller, inviteId: string) {
  const found = await findInvite(deps.db, inviteId);
  if (!found?.invite.email || !isActive(found.invite, deps.clock())) throw inviteNotFound();
  if (found.invite.email !== caller.email.toLowerCase()) throw inviteNotFound();
  return join(deps, caller, found);
}
