import { z } from 'zod';
import {
  NOTIFICATION_TYPES,
  type NotificationType,
} from '../../../common/notifications/notification-types.ts';
import type { UnsubscribeOutput } from '../../../common/schemas/unsubscribe.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { channelsOf, digestTypes } from './channels.ts';
import { findRecipient, findReminder, isSuppressed, suppressMail } from './reminders.repo.ts';
import { setChannels } from './unsubscribe.repo.ts';
import {
  DIGEST_TYPE,
  type MailType,
  readUnsubscribeToken,
  reminderOfSubject,
} from './unsubscribe-token.ts';

const DIGEST_LABEL = 'Your digest of the updates you chose to get in one mail';

const invalidLink = () => new AppError('not_found', 'This unsubscribe link is not valid.');

/**
 * Whose token it is: a person, or an address that has no account (found through the reminder
 * that mailed it). Anything forged, or a person who left, is the same 404 as no such address.
 */
async function readToken(
  db: Db,
  secret: string,
  token: string,
): Promise<{ userId: string; type: MailType } | { email: string; type: NotificationType }> {
  const read = readUnsubscribeToken(secret, token);
  if (!read) throw invalidLink();
  const reminderId = reminderOfSubject(read.subject);
  if (reminderId === null) {
    const user = await findRecipient(db, read.subject);
    if (!user) throw invalidLink();
    return { userId: user.id, type: read.type };
  }
  const reminder = z.uuid().safeParse(reminderId).success
    ? await findReminder(db, reminderId)
    : undefined;
  if (!reminder?.recipientEmail || read.type === DIGEST_TYPE) throw invalidLink();
  return { email: reminder.recipientEmail, type: read.type };
}

/** An address without an account: its mails of this type are on (`email`) or stopped. */
async function describeAddress(db: Db, email: string, type: NotificationType) {
  const stopped = await isSuppressed(db, email, type);
  return {
    type,
    label: NOTIFICATION_TYPES[type].label,
    channel: stopped ? 'off' : 'email',
    forAddress: true,
  } satisfies UnsubscribeOutput;
}

async function describe(db: Db, userId: string, type: MailType): Promise<UnsubscribeOutput> {
  const channels = await channelsOf(db, userId);
  if (type === DIGEST_TYPE) {
    return {
      type,
      label: DIGEST_LABEL,
      channel: digestTypes(channels).length > 0 ? 'digest' : 'in-app',
      forAddress: false,
    };
  }
  return {
    type,
    label: NOTIFICATION_TYPES[type].label,
    channel: channels[type],
    forAddress: false,
  };
}

export async function getUnsubscribe(db: Db, secret: string, token: string) {
  const read = await readToken(db, secret, token);
  if ('email' in read) return describeAddress(db, read.email, read.type);
  return describe(db, read.userId, read.type);
}

/**
 * Stops the mails a link was in: that type goes `off`. For the digest, the types waiting for it
 * stay in the notification centre (`in-app`) — the person asked to stop a mail, not to stop
 * hearing about their sessions. Doing it twice changes nothing more.
 */
export async function unsubscribe(db: Db, secret: string, token: string, now: Date) {
  const read = await readToken(db, secret, token);
  if ('email' in read) {
    await suppressMail(db, read.email, read.type, now);
    return describeAddress(db, read.email, read.type);
  }
  const { userId, type } = read;
  if (type === DIGEST_TYPE) {
    await setChannels(db, userId, digestTypes(await channelsOf(db, userId)), 'in-app', now);
  } else {
    await setChannels(db, userId, [type], 'off', now);
  }
  return describe(db, userId, type);
}
