import { dateLocaleTag } from '../../../common/dates/date-locales.ts';
import type { Me, UpdateMeInput } from '../../../common/schemas/account.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { updateUserById } from './account.repo.ts';

export function toMe(user: SignedInUser): Me {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    timeZone: user.timeZone,
    locale: dateLocaleTag(user.locale),
    createdAt: new Date(user.createdAt).toISOString(),
  };
}

export async function updateMe(db: Db, userId: string, input: UpdateMeInput): Promise<Me> {
  const row = await updateUserById(db, userId, input);
  // The session was valid a moment ago; a missing row means the account was deleted since.
  if (!row) throw new AppError('unauthenticated', 'Sign in to continue.');
  return toMe(row);
}
