import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  privateNoteRevisions,
  privateNotes,
  sessionNoteRevisions,
  sessionNotes,
} from '../../db/schema/session-records.ts';

// The service has checked that the caller takes part in the session; private notes are always
// selected by session AND author, so no query here can return someone else's.

export type SharedNotesRow = typeof sessionNotes.$inferSelect;
export type PrivateNoteRow = typeof privateNotes.$inferSelect;
export type RevisionKind = 'saved' | 'merged' | 'resolved';

export async function findSharedNotes(db: Db, sessionId: string) {
  const [row] = await db.select().from(sessionNotes).where(eq(sessionNotes.sessionId, sessionId));
  return row;
}

/**
 * Inside a transaction: the notes row, created empty if missing, held until commit. Two first
 * saves racing both insert-or-skip; the loser waits on the unique key, then locks the winner's
 * row, so saves always take turns.
 */
export async function lockSharedNotes(db: Db, sessionId: string, now: Date) {
  await db.insert(sessionNotes).values({ sessionId, updatedAt: now }).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(sessionNotes)
    .where(eq(sessionNotes.sessionId, sessionId))
    .for('update');
  if (!row) throw new Error('session notes row missing after insert');
  return row;
}

export async function findSharedRevision(db: Db, sessionId: string, version: number) {
  const [row] = await db
    .select({ body: sessionNoteRevisions.body })
    .from(sessionNoteRevisions)
    .where(
      and(eq(sessionNoteRevisions.sessionId, sessionId), eq(sessionNoteRevisions.version, version)),
    );
  return row?.body;
}

/** Writes the next version and its revision; call with the row locked. */
export async function saveSharedVersion(
  db: Db,
  values: { sessionId: string; body: string; version: number; authorId: string; now: Date },
  kind: RevisionKind,
) {
  const { sessionId, body, version, authorId, now } = values;
  const [row] = await db
    .update(sessionNotes)
    .set({ body, version, updatedById: authorId, updatedAt: now })
    .where(eq(sessionNotes.sessionId, sessionId))
    .returning();
  await db
    .insert(sessionNoteRevisions)
    .values({ sessionId, version, body, authorId, kind, createdAt: now });
  if (!row) throw new Error('session notes row missing on save');
  return row;
}

export async function findPrivateNote(db: Db, sessionId: string, authorId: string) {
  const [row] = await db
    .select()
    .from(privateNotes)
    .where(and(eq(privateNotes.sessionId, sessionId), eq(privateNotes.authorId, authorId)));
  return row;
}

/** Inside a transaction: the author's private notes row, created empty if missing, locked. */
export async function lockPrivateNote(db: Db, sessionId: string, authorId: string, now: Date) {
  await db
    .insert(privateNotes)
    .values({ sessionId, authorId, updatedAt: now })
    .onConflictDoNothing();
  const [row] = await db
    .select()
    .from(privateNotes)
    .where(and(eq(privateNotes.sessionId, sessionId), eq(privateNotes.authorId, authorId)))
    .for('update');
  if (!row) throw new Error('private notes row missing after insert');
  return row;
}

export async function findPrivateRevision(
  db: Db,
  sessionId: string,
  authorId: string,
  version: number,
) {
  const [row] = await db
    .select({ body: privateNoteRevisions.body })
    .from(privateNoteRevisions)
    .where(
      and(
        eq(privateNoteRevisions.sessionId, sessionId),
        eq(privateNoteRevisions.authorId, authorId),
        eq(privateNoteRevisions.version, version),
      ),
    );
  return row?.body;
}

export async function savePrivateVersion(
  db: Db,
  values: { sessionId: string; body: string; version: number; authorId: string; now: Date },
) {
  const { sessionId, body, version, authorId, now } = values;
  const [row] = await db
    .update(privateNotes)
    .set({ body, version, updatedAt: now })
    .where(and(eq(privateNotes.sessionId, sessionId), eq(privateNotes.authorId, authorId)))
    .returning();
  await db
    .insert(privateNoteRevisions)
    .values({ sessionId, authorId, version, body, createdAt: now });
  if (!row) throw new Error('private notes row missing on save');
  return row;
}
