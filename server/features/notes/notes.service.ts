import type {
  PrivateNote,
  SavePrivateNoteResult,
  SaveSharedNotesResult,
  SessionNotes,
  SharedNotes,
} from '../../../common/schemas/notes.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import type { MentoringSessionRow, MentorshipRow } from '../../lib/participation.repo.ts';
import { requireSessionParticipant } from '../../lib/participation.ts';
import {
  findPrivateNote,
  findPrivateRevision,
  findSharedNotes,
  findSharedRevision,
  lockPrivateNote,
  lockSharedNotes,
  type PrivateNoteRow,
  type SharedNotesRow,
  savePrivateVersion,
  saveSharedVersion,
} from './notes.repo.ts';
import { decideSave } from './notes-save.ts';

type Caller = Pick<SignedInUser, 'id'>;
interface SaveInput {
  baseVersion: number;
  body: string;
  resolving?: boolean | undefined;
}

/**
 * Notes stay open for writing before, during and after a session (people write up afterwards);
 * a cancelled session or a closed mentorship keeps them as they are.
 */
export function notesEditable(session: MentoringSessionRow, mentorship: MentorshipRow): boolean {
  return session.status === 'scheduled' && mentorship.status !== 'closed';
}

function assertEditable(session: MentoringSessionRow, mentorship: MentorshipRow) {
  if (session.status !== 'scheduled') {
    throw new AppError(
      'invalid_state',
      'This session was cancelled, so its notes stay as they are and can no longer change.',
    );
  }
  if (mentorship.status === 'closed') {
    throw new AppError(
      'invalid_state',
      'This mentorship has closed, so its notes stay as they were. You can still read them.',
    );
  }
}

function toShared(row: SharedNotesRow | undefined, callerId: string): SharedNotes {
  if (!row || row.version === 0) {
    return { body: '', version: 0, updatedAt: null, updatedBy: null };
  }
  return {
    body: row.body,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedById === null ? null : row.updatedById === callerId ? 'me' : 'them',
  };
}

function toPrivate(row: PrivateNoteRow | undefined): PrivateNote {
  if (!row || row.version === 0) return { body: '', version: 0, updatedAt: null };
  return { body: row.body, version: row.version, updatedAt: row.updatedAt.toISOString() };
}

export async function getNotes(db: Db, caller: Caller, sessionId: string): Promise<SessionNotes> {
  const { session, mentorship } = await requireSessionParticipant(db, sessionId, caller);
  const [shared, own] = await Promise.all([
    findSharedNotes(db, sessionId),
    findPrivateNote(db, sessionId, caller.id),
  ]);
  return {
    shared: toShared(shared, caller.id),
    private: toPrivate(own),
    editable: notesEditable(session, mentorship),
  };
}

/** Nothing saved yet and nothing to save: answer without creating an empty row. */
const emptyAndUntouched = (input: SaveInput, row: { version: number } | undefined) =>
  input.body === '' && input.baseVersion === 0 && (!row || row.version === 0);

/**
 * Saves the shared notes under the row's lock, so saves take turns (the session row is locked
 * first, so a cancellation racing the save either comes before it and is seen, or waits): on top of the version it
 * started from, merged with what was saved meanwhile, or — when both changed the same lines —
 * nothing at all, answering the current notes and the clashes to settle.
 */
export async function saveSharedNotes(
  db: Db,
  caller: Caller,
  sessionId: string,
  input: SaveInput,
  now: Date,
): Promise<SaveSharedNotesResult> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const { session, mentorship } = await requireSessionParticipant(tx, sessionId, caller, {
      lock: true,
    });
    assertEditable(session, mentorship);
    if (emptyAndUntouched(input, await findSharedNotes(tx, sessionId))) {
      return { outcome: 'unchanged', notes: toShared(undefined, caller.id) };
    }
    const row = await lockSharedNotes(tx, sessionId, now);
    const decision = await decideSave(input, row, (version) =>
      findSharedRevision(tx, sessionId, version),
    );
    if (decision.outcome === 'unchanged') {
      return { outcome: 'unchanged', notes: toShared(row, caller.id) };
    }
    if (decision.outcome === 'conflict') {
      return {
        outcome: 'conflict',
        notes: toShared(row, caller.id),
        conflicts: decision.conflicts,
      };
    }
    const kind = decision.outcome === 'merged' ? 'merged' : input.resolving ? 'resolved' : 'saved';
    const saved = await saveSharedVersion(
      tx,
      { sessionId, body: decision.body, version: row.version + 1, authorId: caller.id, now },
      kind,
    );
    return { outcome: decision.outcome, notes: toShared(saved, caller.id) };
  });
}

/**
 * The caller's own private notes, by the same rule: two tabs of one person merge, or show the
 * clash, like two people on the shared notes.
 */
export async function savePrivateNote(
  db: Db,
  caller: Caller,
  sessionId: string,
  input: SaveInput,
  now: Date,
): Promise<SavePrivateNoteResult> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const { session, mentorship } = await requireSessionParticipant(tx, sessionId, caller, {
      lock: true,
    });
    assertEditable(session, mentorship);
    if (emptyAndUntouched(input, await findPrivateNote(tx, sessionId, caller.id))) {
      return { outcome: 'unchanged', notes: toPrivate(undefined) };
    }
    const row = await lockPrivateNote(tx, sessionId, caller.id, now);
    const decision = await decideSave(input, row, (version) =>
      findPrivateRevision(tx, sessionId, caller.id, version),
    );
    if (decision.outcome === 'unchanged') return { outcome: 'unchanged', notes: toPrivate(row) };
    if (decision.outcome === 'conflict') {
      return { outcome: 'conflict', notes: toPrivate(row), conflicts: decision.conflicts };
    }
    const saved = await savePrivateVersion(tx, {
      sessionId,
      body: decision.body,
      version: row.version + 1,
      authorId: caller.id,
      now,
    });
    return { outcome: decision.outcome, notes: toPrivate(saved) };
  });
}
