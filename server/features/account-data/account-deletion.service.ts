import { verifyPassword } from 'better-auth/crypto';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { deleteAccountData, findPasswordHash } from './account-deletion.repo.ts';

const WRONG_PASSWORD = 'That is not your current password.';

/**
 * Deletes the caller's account after checking their current password (ADR "account deletion
 * keeps a tombstone"). The password is checked before the transaction: scrypt is slow, and a
 * wrong one must change nothing.
 */
export async function deleteAccount(
  db: Db,
  caller: Pick<SignedInUser, 'id' | 'email' | 'name'>,
  password: string,
  now: Date,
): Promise<void> {
  const hash = await findPasswordHash(db, caller.id);
  if (!hash || !(await verifyPassword({ hash, password }))) {
    throw new AppError('validation_failed', WRONG_PASSWORD, { password: WRONG_PASSWORD });
  }
  const deleted = await deleteAccountData(db, caller, now);
  if (!deleted) throw new AppError('unauthenticated', 'Sign in to continue.');
}
