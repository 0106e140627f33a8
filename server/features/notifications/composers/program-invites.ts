import type { Composer } from '../composed-message.ts';
import { findPerson, findProgramInvite } from './composers.repo.ts';
import { field, nameOf, skip } from './words.ts';

/** Program invites sent to someone who already has an account. */

function invitedTo(role: string, programName: string, cohortName: string | null): string {
  const cohort = `${cohortName ?? 'a cohort'} of ${programName}`;
  if (role === 'admin') return `help run ${programName} as an admin`;
  if (role === 'reviewer') return `interview candidates for ${programName} as a reviewer`;
  if (role === 'mentor') return `mentor in ${cohort}`;
  return `join ${cohort} as a mentee`;
}

const programInvite: Composer = async (db, reminder, recipient, { now }) => {
  const found = await findProgramInvite(db, field(reminder.payload, 'inviteId'));
  if (!found) return skip('The invite no longer exists.');
  const { invite, programName, cohortName } = found;
  if (invite.revokedAt || invite.usedCount > 0 || (invite.expiresAt && invite.expiresAt <= now)) {
    return skip('The invite no longer works.');
  }
  if (invite.email?.toLowerCase() !== recipient.email.toLowerCase()) {
    return skip('The invite is no longer addressed to them.');
  }
  const inviter = nameOf(await findPerson(db, invite.createdById), 'Someone');
  const what = invitedTo(invite.role, programName, cohortName);
  return {
    send: {
      title: `${inviter} invites you to ${programName}`,
      body: recipient.hasAccount
        ? `${inviter} would like you to ${what}. You can accept the invite from your programs page.`
        : `${inviter} would like you to ${what}.\n\nTandem is free. Create your account with this address (${recipient.email}) and the invite will be waiting on your programs page.`,
      link: '/programs',
      actionLabel: recipient.hasAccount ? 'See the invite' : 'Create your account',
    },
  };
};

export const programInviteComposers = {
  'program-invite': programInvite,
} satisfies Record<string, Composer>;
