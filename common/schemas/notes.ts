import { z } from 'zod';
import { multiLineText } from './text.ts';

/** Markdown notes may be long (a whole session written up), but not unbounded. */
export const NOTES_MAX = 50_000;

export const saveNotesInput = z.object({
  /** The version the writer started from (0 for notes nobody has saved yet). */
  baseVersion: z
    .number({ error: 'Send the version your text started from (a whole number).' })
    .int('Send the version your text started from (a whole number).')
    .min(0, 'Send the version your text started from (0 or more).'),
  body: multiLineText(NOTES_MAX)
    // One line ending everywhere, so a Windows browser does not "change" every line.
    .transform((value) => value.replace(/\r\n?/g, '\n'))
    .meta({ example: '## Next steps\n- Ana: rewrite the portfolio introduction\n' }),
  /** Set when this text settles a conflict the writer was shown (recorded with the revision). */
  resolving: z.boolean({ error: 'Use true or false for resolving.' }).optional(),
});
export type SaveNotesInput = z.input<typeof saveNotesInput>;

export const sharedNotes = z.object({
  body: z.string(),
  /** 0 until someone saves. */
  version: z.number().int(),
  updatedAt: z.iso.datetime().nullable(),
  /** Who saved last, from the reader's point of view; null before anyone saved. */
  updatedBy: z.enum(['me', 'them']).nullable(),
});
export type SharedNotes = z.infer<typeof sharedNotes>;

export const privateNote = z.object({
  body: z.string(),
  version: z.number().int(),
  updatedAt: z.iso.datetime().nullable(),
});
export type PrivateNote = z.infer<typeof privateNote>;

export const sessionNotesOutput = z.object({
  shared: sharedNotes,
  /** Always the caller's own private notes, never the other person's. */
  private: privateNote,
  /** False once the session is cancelled or the mentorship closed: the notes stay as they are. */
  editable: z.boolean(),
});
export type SessionNotes = z.infer<typeof sessionNotesOutput>;

/** A place both sides changed: the base text, the writer's text and the saved text. */
export const notesConflict = z.object({ base: z.string(), ours: z.string(), theirs: z.string() });
export type NotesConflict = z.infer<typeof notesConflict>;

/**
 * What became of a save (always 200; the outcome says which):
 * - `saved`: on top of the version it started from;
 * - `merged`: someone saved meanwhile and both changes fit together; `notes` is the merged text;
 * - `unchanged`: the text was already what was sent, no new version;
 * - `conflict`: both changed the same lines; NOTHING was saved. `notes` is what is saved now and
 *   `conflicts` the places that clash. Save the settled text with `baseVersion: notes.version`.
 */
function saveOutcome<T extends z.ZodType>(notes: T) {
  return z.discriminatedUnion('outcome', [
    z.object({ outcome: z.enum(['saved', 'merged', 'unchanged']), notes }),
    z.object({ outcome: z.literal('conflict'), notes, conflicts: z.array(notesConflict) }),
  ]);
}

export const saveSharedNotesOutput = saveOutcome(sharedNotes);
export type SaveSharedNotesResult = z.infer<typeof saveSharedNotesOutput>;
export const savePrivateNoteOutput = saveOutcome(privateNote);
export type SavePrivateNoteResult = z.infer<typeof savePrivateNoteOutput>;
