import { Stack } from '@mantine/core';
import { LiveSessionPage } from '../../features/agenda/live-session-page.tsx';
import { PrivateNotePanel } from '../../features/notes/private-note-panel.tsx';
import { SharedNotesPanel } from '../../features/notes/shared-notes-panel.tsx';

/**
 * The live session: the agenda both people tick, with the shared notes and the viewer's own
 * private notes beside it. Two features meet here, in the app layer, so neither imports the other.
 */
export function LiveSession() {
  return (
    <LiveSessionPage
      notes={({ sessionId, counterpartName, readOnly }) => (
        <Stack gap="lg">
          <SharedNotesPanel
            sessionId={sessionId}
            counterpartName={counterpartName}
            readOnly={readOnly}
          />
          <PrivateNotePanel
            sessionId={sessionId}
            counterpartName={counterpartName}
            readOnly={readOnly}
          />
        </Stack>
      )}
    />
  );
}
