import { and, asc, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { DEFAULT_USUAL_HOURS } from '../../../common/schemas/calendar.ts';
import type { Db } from '../../db/client.ts';
import { usualHours } from '../../db/schema/calendar.ts';
import { mentoringSessions, sessionEvents } from '../../db/schema/mentoring-sessions.ts';
import { mentorships } from '../../db/schema/mentorships.ts';
import type { UsualHoursRule } from './session-warnings.ts';

export type SessionEventRow = typeof sessionEvents.$inferSelect;
type SessionInsert = typeof mentoringSessions.$inferInsert;
type EventInsert = Omit<typeof sessionEvents.$inferInsert, 'id' | 'createdAt'>;

/** The end of a session, in SQL: its start plus its length. */
const endsAt = sql`${mentoringSessions.startsAt} + ${mentoringSessions.durationMinutes} * interval '1 minute'`;

/** An instant as a typed SQL parameter (both drivers then agree on its meaning). */
const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

export type SessionListFilter = 'upcoming' | 'past' | 'all';

/**
 * The sessions of every mentorship the user takes part in (or of one of them), with their
 * mentorship. Upcoming: neither cancelled nor over, soonest first. Past: over or cancelled,
 * newest first.
 */
export async function listSessionsOfUser(
  db: Db,
  userId: string,
  now: Date,
  { when, mentorshipId }: { when: SessionListFilter; mentorshipId?: string | undefined },
) {
  const filters: (SQL | undefined)[] = [
    or(eq(mentorships.menteeId, userId), eq(mentorships.mentorId, userId)),
  ];
  if (mentorshipId) filters.push(eq(mentorships.id, mentorshipId));
  if (when === 'upcoming') {
    filters.push(eq(mentoringSessions.status, 'scheduled'), sql`${endsAt} > ${at(now)}`);
  } else if (when === 'past') {
    filters.push(or(eq(mentoringSessions.status, 'cancelled'), sql`${endsAt} <= ${at(now)}`));
  }
  const order =
    when === 'upcoming'
      ? [asc(mentoringSessions.startsAt), asc(mentoringSessions.id)]
      : [desc(mentoringSessions.startsAt), desc(mentoringSessions.id)];
  return db
    .select({ session: mentoringSessions, mentorship: mentorships })
    .from(mentoringSessions)
    .innerJoin(mentorships, eq(mentorships.id, mentoringSessions.mentorshipId))
    .where(and(...filters))
    .orderBy(...order);
}

export async function insertSession(db: Db, values: SessionInsert) {
  const [row] = await db.insert(mentoringSessions).values(values).returning();
  if (!row) throw new Error('session insert returned nothing');
  return row;
}

/** Moves or cancels a session; the caller holds its row lock. SEQUENCE grows with every change. */
export async function updateSessionTime(
  db: Db,
  id: string,
  changes: Partial<
    Pick<SessionInsert, 'startsAt' | 'durationMinutes' | 'location' | 'status' | 'cancelledAt'>
  >,
) {
  const [row] = await db
    .update(mentoringSessions)
    .set({ ...changes, sequence: sql`${mentoringSessions.sequence} + 1` })
    .where(eq(mentoringSessions.id, id))
    .returning();
  if (!row) throw new Error('session update returned nothing');
  return row;
}

export async function insertSessionEvent(db: Db, values: EventInsert) {
  // The wall clock of the database at the moment of writing, not the transaction's start: the
  // history is ordered by it, and a change that waited on the row lock comes after the one
  // that held it.
  await db.insert(sessionEvents).values({ ...values, createdAt: sql`clock_timestamp()` });
}

export async function listSessionEvents(db: Db, sessionId: string) {
  return db
    .select()
    .from(sessionEvents)
    .where(eq(sessionEvents.sessionId, sessionId))
    .orderBy(asc(sessionEvents.createdAt), asc(sessionEvents.id));
}

/**
 * Scheduled sessions of any of `userIds` (in any of their mentorships) that overlap
 * [start, end), with both people of each session's mentorship.
 */
export async function findOverlappingSessions(
  db: Db,
  userIds: string[],
  start: Date,
  end: Date,
  excludeSessionId: string | null,
) {
  const filters: (SQL | undefined)[] = [
    eq(mentoringSessions.status, 'scheduled'),
    or(inArray(mentorships.menteeId, userIds), inArray(mentorships.mentorId, userIds)),
    sql`${mentoringSessions.startsAt} < ${at(end)}`,
    sql`${endsAt} > ${at(start)}`,
  ];
  if (excludeSessionId) filters.push(ne(mentoringSessions.id, excludeSessionId));
  const rows = await db
    .select({
      id: mentoringSessions.id,
      mentorshipId: mentoringSessions.mentorshipId,
      startsAt: mentoringSessions.startsAt,
      durationMinutes: mentoringSessions.durationMinutes,
      menteeId: mentorships.menteeId,
      mentorId: mentorships.mentorId,
    })
    .from(mentoringSessions)
    .innerJoin(mentorships, eq(mentorships.id, mentoringSessions.mentorshipId))
    .where(and(...filters))
    .orderBy(asc(mentoringSessions.startsAt));
  return rows.map((row) => ({
    id: row.id,
    mentorshipId: row.mentorshipId,
    startsAt: row.startsAt,
    endsAt: new Date(row.startsAt.getTime() + row.durationMinutes * 60_000),
    participantIds: [row.menteeId, row.mentorId].filter((id): id is string => id !== null),
  }));
}

/** Each user's usual hours; the default (09:00–18:00, Monday to Friday) when they set none. */
export async function findUsualHours(db: Db, userIds: string[]) {
  const rows = userIds.length
    ? await db.select().from(usualHours).where(inArray(usualHours.userId, userIds))
    : [];
  const byUser = new Map<string, UsualHoursRule>(
    rows.map((row) => [
      row.userId,
      { startMinute: row.startMinute, endMinute: row.endMinute, days: row.days },
    ]),
  );
  return (userId: string): UsualHoursRule => byUser.get(userId) ?? DEFAULT_USUAL_HOURS;
}

/**
 * How many sessions of the mentorship, not cancelled, start no later than `session` (itself
 * included): its number among the held sessions once it and those before it have taken place.
 */
export async function countSessionsUpTo(
  db: Db,
  session: { mentorshipId: string; startsAt: Date; id: string },
) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mentoringSessions)
    .where(
      and(
        eq(mentoringSessions.mentorshipId, session.mentorshipId),
        eq(mentoringSessions.status, 'scheduled'),
        or(
          sql`${mentoringSessions.startsAt} < ${at(session.startsAt)}`,
          and(
            eq(mentoringSessions.startsAt, session.startsAt),
            sql`${mentoringSessions.id} <= ${session.id}`,
          ),
        ),
      ),
    );
  return Number(row?.n ?? 0);
}
