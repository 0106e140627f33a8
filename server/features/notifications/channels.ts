import {
  NOTIFICATION_TYPE_IDS,
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationType,
} from '../../../common/notifications/notification-types.ts';
import type { Db } from '../../db/client.ts';
import { findChosenChannel, findChosenChannels } from './reminders.repo.ts';

/** The channel in force for one type: the person's choice, or the type's default. */
export async function channelFor(
  db: Db,
  userId: string,
  type: NotificationType,
): Promise<NotificationChannel> {
  const chosen = await findChosenChannel(db, userId, type);
  return (chosen ?? NOTIFICATION_TYPES[type].defaultChannel) as NotificationChannel;
}

/** Every type's channel in force for a person. */
export async function channelsOf(
  db: Db,
  userId: string,
): Promise<Record<NotificationType, NotificationChannel>> {
  const chosen = new Map((await findChosenChannels(db, userId)).map((r) => [r.type, r.channel]));
  return Object.fromEntries(
    NOTIFICATION_TYPE_IDS.map((type) => [
      type,
      (chosen.get(type) ?? NOTIFICATION_TYPES[type].defaultChannel) as NotificationChannel,
    ]),
  ) as Record<NotificationType, NotificationChannel>;
}

export const digestTypes = (channels: Record<NotificationType, NotificationChannel>) =>
  NOTIFICATION_TYPE_IDS.filter((type) => channels[type] === 'digest');
