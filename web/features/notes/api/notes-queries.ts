import { useQuery } from '@tanstack/react-query';
import type {
  SaveNotesInput,
  SavePrivateNoteResult,
  SaveSharedNotesResult,
  SessionNotes,
} from '../../../../common/schemas/notes.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type NotesKind = 'shared' | 'private';
export type SaveNotesResult = SaveSharedNotesResult | SavePrivateNoteResult;

/** Under the session, so a session refresh can include them. */
export const notesKey = (sessionId: string) => ['sessions', sessionId, 'notes'] as const;

/** How often an open notes panel looks for the other person’s edits. */
export const NOTES_POLL_MS = 4_000;

/**
 * Shared and private notes come in one answer; both panels read the same query, which polls
 * while a panel is open (and pauses in a hidden tab, TanStack Query's default).
 */
export function useSessionNotes(sessionId: string) {
  return useQuery({
    queryKey: notesKey(sessionId),
    queryFn: ({ signal }) =>
      apiRequest<SessionNotes>('GET', `/api/sessions/${sessionId}/notes`, { signal }),
    refetchInterval: NOTES_POLL_MS,
    retry: false,
  });
}

export function saveNotes(sessionId: string, kind: NotesKind, input: SaveNotesInput) {
  return apiRequest<SaveNotesResult>('PUT', `/api/sessions/${sessionId}/notes/${kind}`, {
    body: input,
  });
}
