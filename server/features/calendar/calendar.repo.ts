import { and, asc, eq, gte, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { calendarFeeds, usualHours } from '../../db/schema/calendar.ts';
import { mentoringSessions } from '../../db/schema/mentoring-sessions.ts';
import { mentorships } from '../../db/schema/mentorships.ts';

export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;
export type UsualHoursRow = typeof usualHours.$inferSelect;

export async function findFeedOfUser(db: Db, userId: string) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row;
}

/** The feed whose token this is: an equality lookup on the token's unique index. */
export async function findFeedByToken(db: Db, token: string) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.token, token));
  return row;
}

/** Creates the user's feed or gives it a new token; the old token matches nothing afterwards. */
export async function saveFeedToken(db: Db, userId: string, token: string, createdAt: Date) {
  const [row] = await db
    .insert(calendarFeeds)
    .values({ userId, token, createdAt })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { token, createdAt } })
    .returning();
  if (!row) throw new Error('calendar feed upsert returned nothing');
  return row;
}

export async function deleteFeedOfUser(db: Db, userId: string) {
  await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
}

/** Every session of the user's mentorships (either side, any state) starting from `since`. */
export async function listSessionsOfUserSince(db: Db, userId: string, since: Date) {
  return db
    .select({ session: mentoringSessions, mentorship: mentorships })
    .from(mentoringSessions)
    .innerJoin(mentorships, eq(mentorships.id, mentoringSessions.mentorshipId))
    .where(
      and(
        or(eq(mentorships.menteeId, userId), eq(mentorships.mentorId, userId)),
        gte(mentoringSessions.startsAt, since),
      ),
    )
    .orderBy(asc(mentoringSessions.startsAt), asc(mentoringSessions.id));
}

export async function findUsualHoursOfUser(db: Db, userId: string) {
  const [row] = await db.select().from(usualHours).where(eq(usualHours.userId, userId));
  return row;
}

export async function saveUsualHours(
  db: Db,
  userId: string,
  values: Pick<UsualHoursRow, 'startMinute' | 'endMinute' | 'days'>,
) {
  const [row] = await db
    .insert(usualHours)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: usualHours.userId, set: { ...values, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error('usual hours upsert returned nothing');
  return row;
}
