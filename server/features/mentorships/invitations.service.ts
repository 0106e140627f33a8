import { createHash, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type {
  InvitationCreated,
  InvitationPreview,
  inviteInput,
  MentorshipDetail,
  MentorshipStatus,
} from '../../../common/schemas/mentorships.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { remindAnswered, remindInvited, remindInvitedByEmail } from './mentorship-reminders.ts';
import { assertMay } from './mentorship-rules.ts';
import { describeMentorship, type Viewer } from './mentorship-view.ts';
import {
  findMentorshipByTokenHash,
  findPeople,
  findUserIdByEmail,
  insertEvent,
  insertMentorship,
  insertSharedGoals,
  lockMentorship,
  type MentorshipRow,
  updateMentorshipRow,
} from './mentorships.repo.ts';
import {
  changeMentorship,
  expireOverdueRequests,
  expiryFrom,
  guardOpenPair,
  type MentorshipDeps,
  recordChange,
} from './mentorships.service.ts';
import { requireOwnGoals } from './requests.service.ts';

/**
 * Informal mentorships: someone invites a person they already know (a manager, someone from a
 * community) by email or by a link. The link carries a 32-byte random secret; only its SHA-256
 * is stored, so the link is shown exactly once, when it is made.
 */

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function newInviteLink(baseUrl: string) {
  const token = randomBytes(32).toString('base64url');
  return { hash: hashToken(token), url: `${baseUrl}/invitations/${token}` };
}

// One answer for every link that does not work: it must not tell a guess from a revoked link.
const invitationNotFound = () =>
  new AppError(
    'not_found',
    'This invitation link does not work. It may be incomplete, or the person who sent it made a new one.',
  );

export async function createInvitation(
  { db, clock, settings }: MentorshipDeps,
  inviter: Viewer,
  input: z.output<typeof inviteInput>,
): Promise<InvitationCreated> {
  const fields: Record<string, string> = {};
  if (input.email && input.email === inviter.email.toLowerCase()) {
    fields.email = 'That is your own address: enter the address of the person you are inviting.';
  }
  const goalIds = input.goalIds ?? [];
  if (goalIds.length && input.inviteeRole === 'mentee') {
    fields.goalIds = 'Only the mentee shares goals: once they join, their goals stay theirs.';
  }
  if (Object.keys(fields).length) {
    throw new AppError('validation_failed', 'Some fields need attention.', fields);
  }
  await requireOwnGoals(db, inviter.id, goalIds);

  const now = clock();
  const link = newInviteLink(settings.baseUrl);
  const inviterIsMentee = input.inviteeRole === 'mentor';
  const row = await db.transaction(async (tx) => {
    const created = await insertMentorship(tx as Db, {
      menteeId: inviterIsMentee ? inviter.id : null,
      mentorId: inviterIsMentee ? null : inviter.id,
      origin: 'invitation',
      requestedById: inviter.id,
      status: 'pending',
      message: input.message,
      cadence: input.cadence ?? null,
      inviteEmail: input.email ?? null,
      inviteTokenHash: link.hash,
      requestedAt: now,
      expiresAt: expiryFrom(now, settings),
    });
    await insertSharedGoals(tx as Db, created.id, goalIds, now);
    await insertEvent(tx as Db, {
      mentorshipId: created.id,
      kind: 'invited',
      actorId: inviter.id,
      at: now,
    });
    // Someone who already has an account hears of it in the app too; an address with no
    // account gets a mail that asks them to join with it.
    if (input.email) {
      const inviteeId = await findUserIdByEmail(tx as Db, input.email);
      if (inviteeId) await remindInvited(tx as Db, created, inviteeId, now);
      else await remindInvitedByEmail(tx as Db, created, input.email, now);
    }
    return created;
  });
  return { mentorship: await describeMentorship(db, row, inviter, now), inviteUrl: link.url };
}

/** A new link for the inviter's own pending invitation; the old one stops working at once. */
export async function regenerateInviteLink(
  deps: MentorshipDeps,
  inviter: Viewer,
  id: string,
): Promise<InvitationCreated> {
  const link = newInviteLink(deps.settings.baseUrl);
  const mentorship = await changeMentorship(deps, inviter, id, 'regenerate-link', (tx) =>
    updateMentorshipRow(tx, id, { inviteTokenHash: link.hash }),
  );
  return { mentorship, inviteUrl: link.url };
}

/** The invitation behind a link, marked expired first if its time ran out. */
async function invitationByToken(db: Db, token: string, now: Date): Promise<MentorshipRow> {
  const hash = hashToken(token);
  const found = await findMentorshipByTokenHash(db, hash);
  if (!found) throw invitationNotFound();
  await expireOverdueRequests(db, now, { id: found.id });
  const row = await findMentorshipByTokenHash(db, hash);
  if (!row) throw invitationNotFound();
  return row;
}

/** What the link shows anyone who holds it: who invites, as what, and why. */
export async function previewInvitation(
  { db, clock }: MentorshipDeps,
  token: string,
): Promise<InvitationPreview> {
  const row = await invitationByToken(db, token, clock());
  const people = await findPeople(db, [row.requestedById]);
  return {
    inviterName: people.get(row.requestedById)?.name ?? 'Someone',
    inviteeRole: row.requestedById === row.menteeId ? 'mentor' : 'mentee',
    message: row.message,
    status: row.status as MentorshipStatus,
    expiresAt: row.expiresAt ? row.expiresAt.toISOString() : null,
  };
}

/**
 * Whoever holds the link and is signed in takes the empty side and the mentorship starts.
 * The inviter cannot accept their own invitation.
 */
export async function acceptInvitation(
  { db, clock }: MentorshipDeps,
  caller: Viewer,
  token: string,
): Promise<MentorshipDetail> {
  const now = clock();
  const { id, requestedById } = await invitationByToken(db, token, now);
  if (requestedById === caller.id) {
    throw new AppError(
      'invalid_state',
      'This is your own invitation. Send the link to the person you invited: they accept it.',
    );
  }
  const row = await guardOpenPair(() =>
    db.transaction(async (tx) => {
      // The link is the credential: no participant check, the holder answers as the invitee.
      const mentorship = await lockMentorship(tx as Db, id);
      if (!mentorship) throw invitationNotFound();
      assertMay('accept', mentorship, caller.id, now);
      const side = mentorship.menteeId === null ? { menteeId: caller.id } : { mentorId: caller.id };
      const row = await recordChange(
        tx as Db,
        id,
        { ...side, status: 'active', respondedAt: now, startedAt: now },
        { kind: 'accepted', actorId: caller.id, at: now },
      );
      await remindAnswered(tx as Db, row, now);
      return row;
    }),
  );
  return describeMentorship(db, row, caller, now);
}
