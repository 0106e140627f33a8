import { mergeNotes } from '../../../common/notes/notes-merge.ts';
import type { NotesConflict } from '../../../common/schemas/notes.ts';
import { AppError } from '../../lib/errors.ts';

/**
 * The one rule both shared and private notes follow when a save arrives, with the notes row
 * already locked: the decision only, no SQL.
 */
export type SaveDecision =
  | { outcome: 'unchanged' }
  | { outcome: 'saved' | 'merged'; body: string }
  | { outcome: 'conflict'; conflicts: NotesConflict[] };

export interface SaveRequest {
  baseVersion: number;
  body: string;
}

export interface CurrentNotes {
  body: string;
  version: number;
}

export function staleVersion(baseVersion: number, current: number) {
  return new AppError(
    'conflict',
    `These notes are at version ${current}, so version ${baseVersion} cannot be what you started from. Reload the notes and save again.`,
  );
}

/**
 * `findBase` returns the text of an earlier version (undefined when it is not kept). Version 0
 * is the empty text nobody saved.
 */
export async function decideSave(
  request: SaveRequest,
  current: CurrentNotes,
  findBase: (version: number) => Promise<string | undefined>,
): Promise<SaveDecision> {
  const { baseVersion, body } = request;
  if (baseVersion > current.version) throw staleVersion(baseVersion, current.version);
  if (body === current.body) return { outcome: 'unchanged' };
  if (baseVersion === current.version) return { outcome: 'saved', body };

  const base = baseVersion === 0 ? '' : await findBase(baseVersion);
  if (base === undefined) throw staleVersion(baseVersion, current.version);
  const merged = mergeNotes(base, body, current.body);
  if (!merged.ok) return { outcome: 'conflict', conflicts: merged.conflicts };
  // Everything the writer changed was already there (e.g. both typed the same fix).
  if (merged.text === current.body) return { outcome: 'unchanged' };
  return { outcome: 'merged', body: merged.text };
}
