import {
  DIGEST_RHYTHMS,
  type DigestRhythm,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_TYPE_IDS,
  NOTIFICATION_TYPES,
  type NotificationChannel,
} from '../../../common/notifications/notification-types.ts';
import type {
  NotificationPreferences,
  UpdateNotificationPreferencesInput,
} from '../../../common/schemas/notifications.ts';
import type { Db } from '../../db/client.ts';
import { findPreferences, savePreferences } from './notification-preferences.repo.ts';

const isChannel = (v: string): v is NotificationChannel =>
  (NOTIFICATION_CHANNELS as readonly string[]).includes(v);
const isDigest = (v: string | null): v is DigestRhythm =>
  v !== null && (DIGEST_RHYTHMS as readonly string[]).includes(v);

/** Every type, in the order of the catalogue, with the person's choice or the type's default. */
export async function getNotificationPreferences(
  db: Db,
  userId: string,
  emailConfigured: boolean,
): Promise<NotificationPreferences> {
  const stored = await findPreferences(db, userId);
  const chosen = new Map(stored.channels.map((c) => [c.type, c.channel]));
  return {
    types: NOTIFICATION_TYPE_IDS.map((type) => {
      const info = NOTIFICATION_TYPES[type];
      const channel = chosen.get(type);
      return {
        type,
        group: info.group,
        label: info.label,
        channel: channel && isChannel(channel) ? channel : info.defaultChannel,
        defaultChannel: info.defaultChannel,
      };
    }),
    digest: isDigest(stored.digest) ? stored.digest : 'daily',
    emailConfigured,
  };
}

export async function updateNotificationPreferences(
  db: Db,
  userId: string,
  input: UpdateNotificationPreferencesInput,
  emailConfigured: boolean,
) {
  await savePreferences(db, userId, {
    channels: Object.entries(input.channels).map(([type, channel]) => ({ type, channel })),
    ...(input.digest ? { digest: input.digest } : {}),
  });
  return getNotificationPreferences(db, userId, emailConfigured);
}
