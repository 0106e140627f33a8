import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { mergeNotes } from '../../../common/notes/notes-merge.ts';
import type { SessionNotes } from '../../../common/schemas/notes.ts';
import { ApiError } from '../../lib/api-client.ts';
import { type NotesKind, notesKey, type SaveNotesResult, saveNotes } from './api/notes-queries.ts';

/** Autosave waits this long after the last keystroke (and saves at once on leaving the field). */
export const AUTOSAVE_MS = 800;
const RETRY_MS = 3_000;

interface Base {
  version: number;
  body: string;
}

export interface NotesConflictState {
  /** What this person had written. */
  mine: string;
  /** What is saved now, and its version (the base of whatever settles the clash). */
  theirs: string;
  version: number;
  /** Both, clash by clash (theirs first), to edit into one. */
  combined: string;
}

export type DraftStatus =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved' | 'merged'; at: string }
  | { kind: 'kept-theirs' }
  | { kind: 'retrying' }
  | { kind: 'conflict' }
  | { kind: 'locked'; message: string };

interface StoredDraft {
  text: string;
  baseVersion: number;
  baseBody: string;
}

/**
 * One notes text being edited against the server: autosave, the poll's updates while the text
 * is clean, a merge when it is not, and a clash kept on screen until the person settles it.
 * Nothing typed is dropped: the text lives in state and in sessionStorage (per user, session
 * and kind) until the server has it, so a reload or a lost connection keeps it too.
 */
export function useNotesDraft({
  sessionId,
  kind,
  userId,
  server,
}: {
  sessionId: string;
  kind: NotesKind;
  userId: string;
  /** The notes as last fetched (undefined while loading). */
  server: SessionNotes | undefined;
}) {
  const queryClient = useQueryClient();
  const storageKey = `tandem.notes.${userId}.${sessionId}.${kind}`;
  const [text, setTextState] = useState<string | null>(null);
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });
  const [conflict, setConflict] = useState<NotesConflictState | null>(null);

  const textRef = useRef<string | null>(null);
  const baseRef = useRef<Base>({ version: 0, body: '' });
  const savingRef = useRef(false);
  const conflictRef = useRef<NotesConflictState | null>(null);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const setText = useCallback((value: string) => {
    textRef.current = value;
    setTextState(value);
  }, []);
  const setConflictBoth = useCallback((value: NotesConflictState | null) => {
    conflictRef.current = value;
    setConflict(value);
  }, []);

  const remember = useCallback(() => {
    const current = textRef.current;
    const base = baseRef.current;
    try {
      if (current === null || current === base.body) sessionStorage.removeItem(storageKey);
      else {
        const draft: StoredDraft = {
          text: current,
          baseVersion: base.version,
          baseBody: base.body,
        };
        sessionStorage.setItem(storageKey, JSON.stringify(draft));
      }
    } catch {
      // Storage full or disabled: the text is still in state.
    }
  }, [storageKey]);

  const serverNotes = server ? (kind === 'shared' ? server.shared : server.private) : undefined;

  // First load: the server's text, or an unsaved draft this tab kept from before a reload.
  useEffect(() => {
    if (!serverNotes || textRef.current !== null) return;
    let draft: StoredDraft | null = null;
    try {
      const raw = sessionStorage.getItem(storageKey);
      draft = raw ? (JSON.parse(raw) as StoredDraft) : null;
    } catch {
      draft = null;
    }
    if (draft && draft.text !== draft.baseBody && server?.editable) {
      baseRef.current = { version: draft.baseVersion, body: draft.baseBody };
      setText(draft.text);
      setStatus({ kind: 'dirty' });
      scheduleRef.current(0);
    } else {
      baseRef.current = { version: serverNotes.version, body: serverNotes.body };
      setText(serverNotes.body);
    }
  }, [serverNotes, server?.editable, storageKey, setText]);

  // The poll: show the other person's edits while nothing local is waiting to be saved.
  useEffect(() => {
    if (!serverNotes || textRef.current === null) return;
    const clean = textRef.current === baseRef.current.body;
    if (!clean || savingRef.current || conflictRef.current) return;
    if (serverNotes.version > baseRef.current.version) {
      baseRef.current = { version: serverNotes.version, body: serverNotes.body };
      setText(serverNotes.body);
    }
  }, [serverNotes, setText]);

  const applyResult = useCallback(
    (result: SaveNotesResult, sent: string) => {
      const latest = textRef.current ?? sent;
      const notes = result.notes;
      if (result.outcome === 'conflict') {
        const merged = mergeNotes(baseRef.current.body, latest, notes.body);
        setConflictBoth({
          mine: latest,
          theirs: notes.body,
          version: notes.version,
          combined: merged.ok ? merged.text : merged.combined,
        });
        setStatus({ kind: 'conflict' });
        remember();
        return;
      }
      if (latest === sent || notes.body === sent) {
        // Nothing typed during the save, or the server kept exactly what was sent.
        baseRef.current = { version: notes.version, body: notes.body };
        if (latest === sent) setText(notes.body);
      } else {
        // Typed during a save the server merged: carry the new typing onto the merged text.
        const rebased = mergeNotes(sent, latest, notes.body);
        if (rebased.ok) {
          baseRef.current = { version: notes.version, body: notes.body };
          setText(rebased.text);
        }
        // Otherwise keep the old base: the next save meets the clash and shows it.
      }
      const at = notes.updatedAt ?? new Date().toISOString();
      setStatus(
        result.outcome === 'merged'
          ? { kind: 'merged', at }
          : textRef.current === baseRef.current.body
            ? { kind: 'saved', at }
            : { kind: 'dirty' },
      );
      remember();
    },
    [remember, setConflictBoth, setText],
  );

  const save = useCallback(
    async ({ resolving = false } = {}) => {
      clearTimeout(timerRef.current);
      const sent = textRef.current;
      if (sent === null || conflictRef.current) return;
      if (savingRef.current) {
        // One save at a time; whatever was typed meanwhile goes in the next one.
        scheduleRef.current(AUTOSAVE_MS);
        return;
      }
      if (sent === baseRef.current.body && !resolving) return;
      savingRef.current = true;
      setStatus({ kind: 'saving' });
      try {
        const base = baseRef.current;
        const result = await saveNotes(sessionId, kind, {
          baseVersion: base.version,
          body: sent,
          ...(resolving ? { resolving: true } : {}),
        });
        savingRef.current = false;
        applyResult(result, sent);
        void queryClient.invalidateQueries({ queryKey: notesKey(sessionId) });
        if (textRef.current !== baseRef.current.body && !conflictRef.current) {
          scheduleRef.current(AUTOSAVE_MS);
        }
      } catch (error) {
        savingRef.current = false;
        if (error instanceof ApiError && error.code === 'invalid_state') {
          setStatus({ kind: 'locked', message: error.message });
          void queryClient.invalidateQueries({ queryKey: notesKey(sessionId) });
          return;
        }
        if (error instanceof ApiError && error.code === 'conflict') {
          // The version this text started from is unknown to the server: show the clash.
          const fresh = await queryClient.fetchQuery({
            queryKey: notesKey(sessionId),
            staleTime: 0,
          });
          const notes = (fresh as SessionNotes)[kind];
          applyResult({ outcome: 'conflict', notes, conflicts: [] } as SaveNotesResult, sent);
          return;
        }
        // Network or server trouble: keep the text and try again.
        setStatus({ kind: 'retrying' });
        scheduleRef.current(RETRY_MS);
      }
    },
    [applyResult, kind, queryClient, sessionId],
  );

  const saveRef = useRef(save);
  saveRef.current = save;
  const scheduleRef = useRef((delay: number) => {
    clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void saveRef.current(), delay);
  });

  useEffect(() => () => clearTimeout(timerRef.current), []);

  const edit = useCallback(
    (value: string) => {
      setText(value);
      remember();
      if (!conflictRef.current) {
        setStatus(value === baseRef.current.body ? { kind: 'idle' } : { kind: 'dirty' });
        scheduleRef.current(AUTOSAVE_MS);
      }
    },
    [remember, setText],
  );

  /** Settles a clash with `body`, on top of what is saved now. */
  const resolve = useCallback(
    (body: string) => {
      const current = conflictRef.current;
      if (!current) return;
      baseRef.current = { version: current.version, body: current.theirs };
      setConflictBoth(null);
      setText(body);
      remember();
      if (body === current.theirs) {
        setStatus({ kind: 'kept-theirs' });
        return;
      }
      void save({ resolving: true });
    },
    [remember, save, setConflictBoth, setText],
  );

  return {
    text: text ?? '',
    loaded: text !== null,
    status,
    conflict,
    edit,
    flush: () => void save(),
    resolve,
  };
}
