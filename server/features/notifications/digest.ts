import { wallTimeIn, wallTimeToInstant } from '../../../common/sessions/session-times.ts';
import type { ComposedMessage } from './composed-message.ts';
import type { NotificationRow } from './reminders.repo.ts';

const DIGEST_HOUR = '08:00';
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * When the person's next digest goes out: 08:00 on their own clock, every day (daily) or on
 * Mondays (weekly), strictly after `now` — so an item arriving at 08:00:01 waits for the next one
 * instead of joining a digest that is already on its way. The local date names the period.
 */
export function nextDigestSlot(
  now: Date,
  timeZone: string,
  rhythm: string,
): { dueAt: Date; localDate: string } {
  const today = wallTimeIn(now, timeZone);
  for (let days = 0; days <= 8; days += 1) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
    const localDate = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    if (rhythm === 'weekly' && date.getUTCDay() !== 1) continue;
    const dueAt = wallTimeToInstant(`${localDate}T${DIGEST_HOUR}`, timeZone);
    if (dueAt && dueAt > now) return { dueAt, localDate };
  }
  // Unreachable for a valid zone; a day from now keeps the item from being lost regardless.
  return { dueAt: new Date(now.getTime() + 86_400_000), localDate: now.toISOString().slice(0, 10) };
}

export function digestDedupeKey(userId: string, localDate: string): string {
  return `digest:${userId}:${localDate}`;
}

/** The digest mail's words; the items are listed by the mail template, each with its link. */
export function composeDigest(items: NotificationRow[], rhythm: string): ComposedMessage {
  const count = items.length === 1 ? 'one update' : `${items.length} updates`;
  const rhythmWord = rhythm === 'weekly' ? 'weekly' : 'daily';
  return {
    title: `Your Tandem digest: ${count}`,
    body: `Here is what happened since your last digest. You chose to hear about these in one ${rhythmWord} mail.`,
    link: '/notifications',
    actionLabel: 'See all notifications',
  };
}
