import { and, asc, count, desc, eq, gt, inArray, lte, or, type SQL } from 'drizzle-orm';
import { OPEN_MENTORSHIP_STATUSES } from '../../../common/schemas/mentorships.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/auth.ts';
import { goals } from '../../db/schema/goals.ts';
import { mentoringSessions } from '../../db/schema/mentoring-sessions.ts';
import { mentorshipEvents, mentorshipGoals, mentorships } from '../../db/schema/mentorships.ts';
import { profiles } from '../../db/schema/profiles.ts';

export type MentorshipRow = typeof mentorships.$inferSelect;
export type MentorshipInsert = typeof mentorships.$inferInsert;
export type MentorshipChanges = Partial<Omit<MentorshipInsert, 'id' | 'origin' | 'requestedById'>>;
export type EventRow = typeof mentorshipEvents.$inferSelect;
export interface Person {
  id: string;
  name: string;
  timeZone: string;
}

/** Every mentorship the user is part of, plus pending invitations addressed to their email. */
export function listMentorshipsOf(db: Db, userId: string, email: string) {
  return db
    .select()
    .from(mentorships)
    .where(
      or(
        eq(mentorships.menteeId, userId),
        eq(mentorships.mentorId, userId),
        and(
          eq(mentorships.status, 'pending'),
          eq(mentorships.origin, 'invitation'),
          eq(mentorships.inviteEmail, email.toLowerCase()),
        ),
      ),
    )
    .orderBy(desc(mentorships.requestedAt), desc(mentorships.id));
}

export async function findMentorshipByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select()
    .from(mentorships)
    .where(eq(mentorships.inviteTokenHash, tokenHash));
  return row;
}

/** The mentorship, locked until the transaction ends. */
export async function lockMentorship(db: Db, id: string) {
  const [row] = await db.select().from(mentorships).where(eq(mentorships.id, id)).for('update');
  return row;
}

/**
 * Marks pending requests and invitations whose time ran out as expired, with a timeline event
 * dated when they expired (Tandem is the actor). `scope` limits it to one mentorship or to what
 * one person can see. Two callers racing here expire each row once: the second UPDATE re-checks
 * `status = 'pending'` after the first commits and finds nothing.
 */
export async function expireOverdue(
  db: Db,
  now: Date,
  scope: { id: string } | { userId: string; email: string },
  afterExpiry?: (tx: Db, expired: { id: string; requestedById: string }[]) => Promise<void>,
): Promise<number> {
  const inScope: SQL | undefined =
    'id' in scope
      ? eq(mentorships.id, scope.id)
      : or(
          eq(mentorships.menteeId, scope.userId),
          eq(mentorships.mentorId, scope.userId),
          eq(mentorships.inviteEmail, scope.email.toLowerCase()),
        );
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(mentorships)
      .set({ status: 'expired' })
      .where(and(eq(mentorships.status, 'pending'), lte(mentorships.expiresAt, now), inScope))
      .returning({
        id: mentorships.id,
        expiresAt: mentorships.expiresAt,
        requestedById: mentorships.requestedById,
      });
    if (expired.length) {
      await tx.insert(mentorshipEvents).values(
        expired.map((row) => ({
          mentorshipId: row.id,
          kind: 'expired',
          actorId: null,
          createdAt: row.expiresAt ?? now,
        })),
      );
      // In the same transaction: what is told about the expiry exists exactly when it happened.
      await afterExpiry?.(tx as unknown as Db, expired);
    }
    return expired.length;
  });
}

/** The account registered with `email` (stored lower-case), if any. */
export async function findUserIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email.toLowerCase()));
  return row?.id;
}

/** Whether the pair already has a request waiting or a mentorship under way. */
export async function hasOpenPair(db: Db, menteeId: string, mentorId: string) {
  const [row] = await db
    .select({ id: mentorships.id })
    .from(mentorships)
    .where(
      and(
        eq(mentorships.menteeId, menteeId),
        eq(mentorships.mentorId, mentorId),
        inArray(mentorships.status, OPEN_MENTORSHIP_STATUSES),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** A user and their mentor switches, for a directory request; nothing when there is no such user. */
export async function findMentorCandidate(db: Db, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      isMentor: profiles.isMentor,
      acceptingRequests: profiles.acceptingRequests,
      capacity: profiles.capacity,
    })
    .from(users)
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .where(eq(users.id, userId));
  return row;
}

/** Which of `goalIds` belong to `ownerId`. */
export async function findOwnGoalIds(db: Db, ownerId: string, goalIds: string[]) {
  if (!goalIds.length) return [];
  const rows = await db
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.ownerId, ownerId), inArray(goals.id, goalIds)));
  return rows.map((row) => row.id);
}

export async function insertMentorship(db: Db, values: MentorshipInsert) {
  const [row] = await db.insert(mentorships).values(values).returning();
  if (!row) throw new Error('mentorship insert returned nothing');
  return row;
}

export async function insertSharedGoals(db: Db, mentorshipId: string, goalIds: string[], at: Date) {
  if (!goalIds.length) return;
  await db
    .insert(mentorshipGoals)
    .values(goalIds.map((goalId) => ({ mentorshipId, goalId, sharedAt: at })));
}

export async function insertEvent(
  db: Db,
  event: { mentorshipId: string; kind: string; actorId: string | null; note?: string; at: Date },
) {
  await db.insert(mentorshipEvents).values({
    mentorshipId: event.mentorshipId,
    kind: event.kind,
    actorId: event.actorId,
    note: event.note ?? '',
    createdAt: event.at,
  });
}

export async function updateMentorshipRow(db: Db, id: string, changes: MentorshipChanges) {
  const [row] = await db.update(mentorships).set(changes).where(eq(mentorships.id, id)).returning();
  if (!row) throw new Error('mentorship update returned nothing');
  return row;
}

/**
 * The mentor's capacity, read with their profile row locked until the transaction ends: two
 * accepts for the same mentor queue here, so the second one counts the first one's mentee.
 * Null when the mentor has no profile.
 */
export async function lockMentorCapacity(db: Db, mentorId: string): Promise<number | null> {
  const [row] = await db
    .select({ capacity: profiles.capacity })
    .from(profiles)
    .where(eq(profiles.userId, mentorId))
    .for('update');
  return row ? row.capacity : null;
}

/** How many mentees the mentor has now (active or paused, both hold a place). */
export async function countMenteesOf(db: Db, mentorId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(mentorships)
    .where(
      and(eq(mentorships.mentorId, mentorId), inArray(mentorships.status, ['active', 'paused'])),
    );
  return Number(row?.n ?? 0);
}

export async function findPeople(db: Db, ids: (string | null)[]): Promise<Map<string, Person>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name, timeZone: users.timeZone })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The earliest scheduled session after `now` of each mentorship that has one. */
export async function findNextSessions(db: Db, mentorshipIds: string[], now: Date) {
  const next = new Map<string, { id: string; startsAt: Date }>();
  if (!mentorshipIds.length) return next;
  const rows = await db
    .selectDistinctOn([mentoringSessions.mentorshipId], {
      id: mentoringSessions.id,
      mentorshipId: mentoringSessions.mentorshipId,
      startsAt: mentoringSessions.startsAt,
    })
    .from(mentoringSessions)
    .where(
      and(
        inArray(mentoringSessions.mentorshipId, mentorshipIds),
        eq(mentoringSessions.status, 'scheduled'),
        gt(mentoringSessions.startsAt, now),
      ),
    )
    .orderBy(mentoringSessions.mentorshipId, asc(mentoringSessions.startsAt));
  for (const row of rows) next.set(row.mentorshipId, { id: row.id, startsAt: row.startsAt });
  return next;
}

/** The goals shared in a mentorship, as they stand now (title and status may have moved on). */
export function findSharedGoals(db: Db, mentorshipId: string) {
  return db
    .select({ goal: goals })
    .from(mentorshipGoals)
    .innerJoin(goals, eq(goals.id, mentorshipGoals.goalId))
    .where(eq(mentorshipGoals.mentorshipId, mentorshipId))
    .orderBy(asc(mentorshipGoals.sharedAt), asc(goals.createdAt), asc(goals.id));
}

export function listEvents(db: Db, mentorshipId: string) {
  return db
    .select()
    .from(mentorshipEvents)
    .where(eq(mentorshipEvents.mentorshipId, mentorshipId))
    .orderBy(asc(mentorshipEvents.createdAt), asc(mentorshipEvents.id));
}

/**
 * Whether a write failed on `mentorships_open_pair_idx`: the pair already has an open request
 * or mentorship. Drivers wrap the database error differently, so walk the cause chain.
 */
export function isOpenPairConflict(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    const { code, constraint, message } = e as {
      code?: unknown;
      constraint?: unknown;
      message?: unknown;
    };
    if (code === '23505') {
      return (
        constraint === 'mentorships_open_pair_idx' ||
        (typeof message === 'string' && message.includes('mentorships_open_pair_idx'))
      );
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
