import { diffIndices } from 'node-diff3';

/**
 * Three-way merge of Markdown notes, line by line (the server merges saves with it; the web rebases
 * what someone typed during a save, and pre-fills a conflict's combined text). `base` is the version the writer started
 * from, `ours` what they send now, `theirs` what was saved meanwhile. Nothing is ever dropped:
 * either every change of both sides is in the result, or the overlapping places come back as
 * conflicts for a person to settle.
 *
 * Where this differs from plain diff3 (and why):
 * - Two people adding lines at the same place (typically both appending at the end during a
 *   session) is not a conflict: both additions are kept, theirs first (it was saved first, and
 *   its author has already seen it there), then ours.
 * - Edits to neighbouring lines merge; only edits touching the same base lines conflict. diff3
 *   treats adjacent changes as one region, which in notes written line by line would turn most
 *   simultaneous typing into conflicts.
 */

export interface ConflictRegion {
  /** The base lines both sides changed ('' when both only added). */
  base: string;
  ours: string;
  theirs: string;
}

export type MergeResult =
  | { ok: true; text: string }
  /** `combined` keeps both sides of every clash (theirs, then ours): a start for settling it. */
  | { ok: false; conflicts: ConflictRegion[]; combined: string };

/** Notes are stored with `\n` only: Windows and old Mac line endings become `\n`. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * A text as its lines plus whether it ends with a newline. Keeping the final newline apart
 * (rather than as a last empty line) makes "" no lines at all and "a" → "a\nb" a pure addition,
 * so people writing into empty notes, or appending to notes without a final newline, merge.
 */
interface Doc {
  lines: string[];
  finalNewline: boolean;
}

function toDoc(text: string): Doc {
  const normalized = normalizeLineEndings(text);
  if (normalized === '') return { lines: [], finalNewline: false };
  const lines = normalized.split('\n');
  const finalNewline = normalized.endsWith('\n');
  if (finalNewline) lines.pop();
  return { lines, finalNewline };
}

function fromDoc({ lines, finalNewline }: Doc): string {
  return lines.join('\n') + (finalNewline && lines.length > 0 ? '\n' : '');
}

const fromLines = (lines: string[]) => lines.join('\n');

interface Hunk {
  side: 'ours' | 'theirs';
  /** Replaces base lines [start, end) with `lines`; start === end is a pure insertion. */
  start: number;
  end: number;
  lines: string[];
}

function hunksOf(base: string[], other: string[], side: Hunk['side']): Hunk[] {
  return diffIndices(base, other).map((d) => ({
    side,
    start: d.buffer1[0],
    end: d.buffer1[0] + d.buffer1[1],
    lines: d.buffer2Content,
  }));
}

/**
 * Groups hunks that touch the same base lines. A hunk joins the group when it starts strictly
 * inside the group's range, or when both are insertions at the same point. Hunks of one side
 * never overlap each other (diff separates them by at least one common line).
 */
function groupHunks(hunks: Hunk[]): Hunk[][] {
  // Insertions before replacements starting at the same line: "insert, then replace" is
  // unambiguous, so they stay apart.
  const sorted = [...hunks].sort((a, b) => a.start - b.start || a.end - b.end);
  const groups: Hunk[][] = [];
  let current: Hunk[] = [];
  let start = 0;
  let end = 0;
  for (const hunk of sorted) {
    const joins =
      current.length > 0 &&
      (hunk.start < end || (hunk.start === start && start === end && hunk.end === hunk.start));
    if (joins) {
      current.push(hunk);
      end = Math.max(end, hunk.end);
    } else {
      if (current.length > 0) groups.push(current);
      current = [hunk];
      start = hunk.start;
      end = hunk.end;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** One side's text for base lines [start, end), with its hunks inside that range applied. */
function sideText(base: string[], hunks: Hunk[], start: number, end: number): string[] {
  const out: string[] = [];
  let at = start;
  for (const hunk of hunks) {
    out.push(...base.slice(at, hunk.start), ...hunk.lines);
    at = hunk.end;
  }
  out.push(...base.slice(at, end));
  return out;
}

const sameLines = (a: string[], b: string[]) =>
  a.length === b.length && a.every((line, i) => line === b[i]);

const startsWith = (whole: string[], part: string[]) =>
  sameLines(whole.slice(0, part.length), part);
const endsWith = (whole: string[], part: string[]) =>
  part.length <= whole.length && sameLines(whole.slice(whole.length - part.length), part);

/** Both sides added lines at one point: keep both, without repeating what they share. */
function bothInsertions(ours: string[], theirs: string[]): string[] {
  if (startsWith(ours, theirs) || endsWith(ours, theirs)) return ours;
  if (startsWith(theirs, ours) || endsWith(theirs, ours)) return theirs;
  return [...theirs, ...ours];
}

export function mergeNotes(base: string, ours: string, theirs: string): MergeResult {
  const baseDoc = toDoc(base);
  const oursDoc = toDoc(ours);
  const theirsDoc = toDoc(theirs);
  const o = baseDoc.lines;
  const a = oursDoc.lines;
  const b = theirsDoc.lines;
  const groups = groupHunks([...hunksOf(o, a, 'ours'), ...hunksOf(o, b, 'theirs')]);

  const out: string[] = [];
  const conflicts: ConflictRegion[] = [];
  let at = 0;
  for (const group of groups) {
    const start = Math.min(...group.map((h) => h.start));
    const end = Math.max(...group.map((h) => h.end));
    out.push(...o.slice(at, start));
    at = end;
    const oursHunks = group.filter((h) => h.side === 'ours');
    const theirsHunks = group.filter((h) => h.side === 'theirs');
    const oursLines = sideText(o, oursHunks, start, end);
    const theirsLines = sideText(o, theirsHunks, start, end);
    if (oursHunks.length === 0) out.push(...theirsLines);
    else if (theirsHunks.length === 0 || sameLines(oursLines, theirsLines)) out.push(...oursLines);
    else if (start === end) out.push(...bothInsertions(oursLines, theirsLines));
    else {
      out.push(...theirsLines, ...oursLines);
      conflicts.push({
        base: fromLines(o.slice(start, end)),
        ours: fromLines(oursLines),
        theirs: fromLines(theirsLines),
      });
    }
  }
  out.push(...o.slice(at));
  // The final newline is a change like any other: whoever changed it wins; nobody loses text.
  const finalNewline =
    oursDoc.finalNewline !== baseDoc.finalNewline ? oursDoc.finalNewline : theirsDoc.finalNewline;
  const text = fromDoc({ lines: out, finalNewline });
  return conflicts.length > 0 ? { ok: false, conflicts, combined: text } : { ok: true, text };
}
