import { IconLock } from '@tabler/icons-react';
import { firstName } from '../../../common/sessions/session-times.ts';
import { useCurrentUser } from '../../lib/session.ts';
import { clockIn } from '../../lib/time.ts';
import { useSessionNotes } from './api/notes-queries.ts';
import { NotesEditor } from './components/notes-editor.tsx';
import { useNotesDraft } from './use-notes-draft.ts';

/**
 * The signed-in person's own notes on a session, which nobody else ever reads. Self-contained
 * like the shared panel; two tabs of the same person merge the way two people do.
 */
export function PrivateNotePanel({
  sessionId,
  counterpartName,
  readOnly = false,
}: {
  sessionId: string;
  /** Named in the privacy line ("not Sam"); optional. */
  counterpartName?: string;
  readOnly?: boolean;
}) {
  const me = useCurrentUser();
  const notes = useSessionNotes(sessionId);
  const draft = useNotesDraft({ sessionId, kind: 'private', userId: me.id, server: notes.data });
  const own = notes.data?.private;
  const them = counterpartName ? firstName(counterpartName) : null;
  const closed = notes.data ? !notes.data.editable : false;
  return (
    <NotesEditor
      idPrefix="private-notes"
      title="Your private notes"
      intro={
        <>
          <IconLock
            size={14}
            aria-hidden="true"
            style={{ verticalAlign: '-2px', marginRight: 4 }}
          />
          {them
            ? `Only you can see these notes — not ${them}, not anyone else.`
            : 'Only you can see these notes — nobody else, ever.'}
        </>
      }
      fieldLabel="Write your private notes"
      draft={draft}
      savedBody={own?.body ?? ''}
      readOnly={readOnly || closed}
      loading={notes.isPending}
      // A failed poll keeps the notes on screen; only a first load that failed shows the error.
      loadError={notes.data ? null : notes.error}
      timeZone={me.timeZone}
      mergedText="Merged with your other tab"
      theirLabel="Your other tab’s version"
      restingText={
        own?.updatedAt && own.version > 0
          ? `Last saved at ${clockIn(new Date(own.updatedAt), me.timeZone).time}`
          : 'Nothing written yet'
      }
      emptyText="No private notes yet."
    />
  );
}
