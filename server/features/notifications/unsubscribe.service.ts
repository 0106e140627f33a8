import { NOTIFICATION_TYPES } from '../../../common/notifications/notification-types.ts';
import type { UnsubscribeOutput } from '../../../common/schemas/unsubscribe.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { channelsOf, digestTypes } from './channels.ts';
import { findRecipient } from './reminders.repo.ts';
import { setChannels } from './unsubscribe.repo.ts';
import { DIGEST_TYPE, type MailType, readUnsubscribeToken } from './unsubscribe-token.ts';

const DIGEST_LABEL = 'Your digest of the updates you chose to get in one mail';

/** Whose token it is; anything forged, or a person who left, is the same 404 as no such address. */
async function readToken(db: Db, secret: string, token: string) {
  const read = readUnsubscribeToken(secret, token);
  const user = read && (await findRecipient(db, read.userId));
  if (!read || !user) {
    throw new AppError('not_found', 'This unsubscribe link is not valid.');
  }
  return { userId: user.id, type: read.type };
}

async function describe(db: Db, userId: string, type: MailType): Promise<UnsubscribeOutput> {
  const channels = await channelsOf(db, userId);
  if (type === DIGEST_TYPE) {
    return {
      type,
      label: DIGEST_LABEL,
      channel: digestTypes(channels).length > 0 ? 'digest' : 'in-app',
    };
  }
  return { type, label: NOTIFICATION_TYPES[type].label, channel: channels[type] };
}

export async function getUnsubscribe(db: Db, secret: string, token: string) {
  const { userId, type } = await readToken(db, secret, token);
  return describe(db, userId, type);
}

/**
 * Stops the mails a link was in: that type goes `off`. For the digest, the types waiting for it
 * stay in the notification centre (`in-app`) — the person asked to stop a mail, not to stop
 * hearing about their sessions. Doing it twice changes nothing more.
 */
export async function unsubscribe(db: Db, secret: string, token: string, now: Date) {
  const { userId, type } = await readToken(db, secret, token);
  if (type === DIGEST_TYPE) {
    await setChannels(db, userId, digestTypes(await channelsOf(db, userId)), 'in-app', now);
  } else {
    await setChannels(db, userId, [type], 'off', now);
  }
  return describe(db, userId, type);
}
