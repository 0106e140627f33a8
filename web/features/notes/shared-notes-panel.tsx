import { firstName } from '../../../common/sessions/session-times.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { clockIn } from '../../lib/time.ts';
import { useSessionNotes } from './api/notes-queries.ts';
import { NotesEditor } from './components/notes-editor.tsx';
import { useNotesDraft } from './use-notes-draft.ts';

/**
 * The pair's shared Markdown notes for one session. Self-contained: give it the session id and
 * the other person's name; it loads, autosaves, polls for the other person's edits and shows
 * any clash side by side. `readOnly` forces the rendered view (the server also says when the
 * notes are closed: a cancelled session or a closed mentorship).
 */
export function SharedNotesPanel({
  sessionId,
  counterpartName,
  readOnly = false,
}: {
  sessionId: string;
  counterpartName: string;
  readOnly?: boolean;
}) {
  const me = useCurrentUser();
  const notes = useSessionNotes(sessionId);
  const draft = useNotesDraft({ sessionId, kind: 'shared', userId: me.id, server: notes.data });
  const them = firstName(counterpartName);
  const shared = notes.data?.shared;
  const closed = notes.data ? !notes.data.editable : false;
  const resting =
    shared?.updatedAt && shared.version > 0
      ? `Last saved at ${clockIn(new Date(shared.updatedAt), me.timeZone).time}${
          shared.updatedBy === 'them' ? ` by ${them}` : shared.updatedBy === 'me' ? ' by you' : ''
        }`
      : 'Nothing written yet';
  return (
    <NotesEditor
      idPrefix="shared-notes"
      title="Shared notes"
      intro={
        closed
          ? `What you and ${them} wrote. These notes no longer change: the session was cancelled or the mentorship has closed.`
          : `You and ${them} both write here. Your edits save as you type and ${them}’s appear within a few seconds; if you both change the same line, you choose what stays.`
      }
      fieldLabel="Write the shared notes"
      draft={draft}
      savedBody={shared?.body ?? ''}
      readOnly={readOnly || closed}
      loading={notes.isPending}
      // A failed poll keeps the notes on screen; only a first load that failed shows the error.
      loadError={notes.data ? null : notes.error}
      timeZone={me.timeZone}
      mergedText={`Merged with ${them}’s edits`}
      theirLabel={`${them}’s version`}
      restingText={resting}
      emptyText="No shared notes yet."
    />
  );
}
