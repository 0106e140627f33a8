import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import {
  type CalendarFeed,
  DEFAULT_USUAL_HOURS,
  type UsualHours,
  type usualHoursInput,
} from '../../../common/schemas/calendar.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { requireSessionParticipant } from '../../lib/participation.ts';
import {
  loadSessionsForCalendar,
  sessionFileName,
  writeSessionCalendar,
} from '../../lib/session-calendar.ts';
import {
  type CalendarFeedRow,
  deleteFeedOfUser,
  findFeedByToken,
  findFeedOfUser,
  findUsualHoursOfUser,
  listSessionsOfUserSince,
  saveFeedToken,
  saveUsualHours,
} from './calendar.repo.ts';

interface Context {
  baseUrl: string;
  now: Date;
}

/** How far back the feed reaches: recent sessions stay in the calendar, older ones drop out. */
export const FEED_HISTORY_DAYS = 90;
const DAY = 86_400_000;

// 32 random bytes, base64url: 43 characters, the only credential the feed accepts.
const FEED_PARAM = /^([A-Za-z0-9_-]{43})\.ics$/;

/**
 * One answer for every feed address that does not work (never issued, malformed, replaced or
 * turned off), so an address reveals nothing about which of those it is.
 */
export const feedNotFound = () =>
  new AppError('not_found', 'There is no calendar at this address.');

/** One session as an .ics file, for either of its two people. */
export async function getSessionCalendar(
  db: Db,
  caller: Pick<SignedInUser, 'id' | 'timeZone'>,
  sessionId: string,
  { baseUrl, now }: Context,
) {
  const { session, mentorship } = await requireSessionParticipant(db, sessionId, caller);
  const items = await loadSessionsForCalendar(db, [{ session, mentorship }]);
  return {
    body: writeSessionCalendar(items, caller.id, { baseUrl, stamp: now }),
    fileName: sessionFileName(session.startsAt, caller.timeZone),
  };
}

/** The subscription feed behind `<token>.ics`: all of its owner's recent and coming sessions. */
export async function getFeedCalendar(db: Db, feedParam: string, { baseUrl, now }: Context) {
  const token = FEED_PARAM.exec(feedParam)?.[1];
  const feed = token ? await findFeedByToken(db, token) : undefined;
  if (!feed) throw feedNotFound();
  const since = new Date(now.getTime() - FEED_HISTORY_DAYS * DAY);
  const rows = await listSessionsOfUserSince(db, feed.userId, since);
  const items = await loadSessionsForCalendar(db, rows);
  // Whatever the feed shows, it shows as its owner may see it: their drafts, never a counterpart's.
  return writeSessionCalendar(items, feed.userId, { baseUrl, stamp: now, feed: true });
}

function toFeedOutput(row: CalendarFeedRow | undefined, baseUrl: string): CalendarFeed {
  if (!row) return { url: null, createdAt: null };
  return {
    url: `${baseUrl}/api/calendar/${row.token}.ics`,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getCalendarFeed(db: Db, user: Pick<SignedInUser, 'id'>, baseUrl: string) {
  return toFeedOutput(await findFeedOfUser(db, user.id), baseUrl);
}

/** A new secret address; an earlier one stops working in the same statement. */
export async function createCalendarFeed(
  db: Db,
  user: Pick<SignedInUser, 'id'>,
  { baseUrl, now }: Context,
) {
  const token = randomBytes(32).toString('base64url');
  return toFeedOutput(await saveFeedToken(db, user.id, token, now), baseUrl);
}

export async function revokeCalendarFeed(db: Db, user: Pick<SignedInUser, 'id'>) {
  await deleteFeedOfUser(db, user.id);
}

export async function getUsualHours(db: Db, user: Pick<SignedInUser, 'id'>): Promise<UsualHours> {
  const row = await findUsualHoursOfUser(db, user.id);
  if (!row) return { ...DEFAULT_USUAL_HOURS, isDefault: true };
  return {
    startMinute: row.startMinute,
    endMinute: row.endMinute,
    days: row.days,
    isDefault: false,
  };
}

export async function setUsualHours(
  db: Db,
  user: Pick<SignedInUser, 'id'>,
  input: z.output<typeof usualHoursInput>,
): Promise<UsualHours> {
  const row = await saveUsualHours(db, user.id, input);
  return {
    startMinute: row.startMinute,
    endMinute: row.endMinute,
    days: row.days,
    isDefault: false,
  };
}
