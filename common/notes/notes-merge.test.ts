import { describe, expect, it } from 'vitest';
import { mergeNotes, normalizeLineEndings } from './notes-merge.ts';

const BASE = [
  '# Notes',
  'Goal: a study plan',
  'Ana: portfolio first',
  'Ben: read the brief',
  '',
].join('\n');

const merged = (base: string, ours: string, theirs: string) => {
  const result = mergeNotes(base, ours, theirs);
  if (!result.ok) throw new Error(`expected a merge, got ${JSON.stringify(result.conflicts)}`);
  return result.text;
};

describe('mergeNotes', () => {
  it('merges edits to different lines, keeping both', () => {
    const ours = BASE.replace('Ana: portfolio first', 'Ana: portfolio first, then the CV');
    const theirs = BASE.replace('Goal: a study plan', 'Goal: a study plan for January');
    expect(merged(BASE, ours, theirs)).toBe(
      '# Notes\nGoal: a study plan for January\nAna: portfolio first, then the CV\nBen: read the brief\n',
    );
  });

  it('merges edits to neighbouring lines (plain diff3 would call this a conflict)', () => {
    const ours = BASE.replace('Ana: portfolio first', 'Ana: portfolio second');
    const theirs = BASE.replace('Ben: read the brief', 'Ben: read the brief twice');
    expect(merged(BASE, ours, theirs)).toBe(
      '# Notes\nGoal: a study plan\nAna: portfolio second\nBen: read the brief twice\n',
    );
  });

  it('reports a conflict when both change the same line, with each side and the base', () => {
    const ours = BASE.replace('Goal: a study plan', 'Goal: a study plan by Friday');
    const theirs = BASE.replace('Goal: a study plan', 'Goal: two mock interviews');
    expect(mergeNotes(BASE, ours, theirs)).toEqual({
      ok: false,
      conflicts: [
        {
          base: 'Goal: a study plan',
          ours: 'Goal: a study plan by Friday',
          theirs: 'Goal: two mock interviews',
        },
      ],
      // Both versions of the line, theirs first, for the person settling it to edit.
      combined: BASE.replace(
        'Goal: a study plan',
        'Goal: two mock interviews\nGoal: a study plan by Friday',
      ),
    });
  });

  it('keeps both when both add lines at the same place: theirs (saved first), then ours', () => {
    expect(merged(BASE, `${BASE}Ours: a new line\n`, `${BASE}Theirs: another line\n`)).toBe(
      `${BASE}Theirs: another line\nOurs: a new line\n`,
    );
    // The same in the middle of the text.
    const at = 'Ana: portfolio first\n';
    expect(
      merged(BASE, BASE.replace(at, `${at}- ours\n`), BASE.replace(at, `${at}- theirs\n`)),
    ).toBe(BASE.replace(at, `${at}- theirs\n- ours\n`));
  });

  it('does not repeat lines both sides added the same way', () => {
    expect(merged(BASE, `${BASE}same\nmore\n`, `${BASE}same\n`)).toBe(`${BASE}same\nmore\n`);
    expect(merged(BASE, `${BASE}same\n`, `${BASE}same\n`)).toBe(`${BASE}same\n`);
  });

  it('merges a deletion with an edit elsewhere, and conflicts on a deletion of an edited line', () => {
    const ours = BASE.replace('Ben: read the brief\n', '');
    const theirs = BASE.replace('# Notes', '# Session notes');
    expect(merged(BASE, ours, theirs)).toBe(
      '# Session notes\nGoal: a study plan\nAna: portfolio first\n',
    );
    const editedThere = BASE.replace('Ben: read the brief', 'Ben: read the brief and the CV');
    expect(mergeNotes(BASE, ours, editedThere)).toMatchObject({
      ok: false,
      conflicts: [
        { base: 'Ben: read the brief', ours: '', theirs: 'Ben: read the brief and the CV' },
      ],
    });
  });

  it('treats CRLF and CR like LF, so a Windows browser does not change every line', () => {
    expect(normalizeLineEndings('a\r\nb\rc\n')).toBe('a\nb\nc\n');
    const ours = BASE.replace('Ana: portfolio first', 'Ana: done').replace(/\n/g, '\r\n');
    const theirs = BASE.replace('# Notes', '# Notes (Ben)');
    expect(merged(BASE, ours, theirs)).toBe(
      '# Notes (Ben)\nGoal: a study plan\nAna: done\nBen: read the brief\n',
    );
  });

  it('merges two people writing into empty notes', () => {
    expect(merged('', 'Ana wrote this', 'Ben wrote that\n')).toBe(
      'Ben wrote that\nAna wrote this\n',
    );
    expect(merged('', '', 'only Ben')).toBe('only Ben');
  });

  it('keeps the final newline exactly as whoever changed it left it', () => {
    expect(merged('a\nb', 'a\nb\n', 'a\nb')).toBe('a\nb\n');
    expect(merged('a\nb\n', 'a\nb\n', 'a\nb')).toBe('a\nb');
    // Appending to a last line without a newline is an addition, not an edit of that line.
    expect(merged('a', 'a\nours', 'a\ntheirs')).toBe('a\ntheirs\nours');
  });

  it('handles any Unicode text, including lines of emoji and right-to-left scripts', () => {
    const base = 'Ζητήματα\nשאלות\n👩🏽‍💻 done\n';
    expect(
      merged(base, 'Ζητήματα ✔︎\nשאלות\n👩🏽‍💻 done\n', 'Ζητήματα\nשאלות\n👩🏽‍💻 done 🎉\n'),
    ).toBe('Ζητήματα ✔︎\nשאלות\n👩🏽‍💻 done 🎉\n');
  });

  it('takes either side when the other did not change anything', () => {
    expect(merged(BASE, BASE, `${BASE}x\n`)).toBe(`${BASE}x\n`);
    expect(merged(BASE, `${BASE}x\n`, BASE)).toBe(`${BASE}x\n`);
  });

  it('conflicts when an insertion lands inside a range the other side replaced', () => {
    const base = 'one\ntwo\nthree\nfour\n';
    const ours = 'one\nTWO AND THREE\nfour\n';
    const theirs = 'one\ntwo\n- a note between\nthree\nfour\n';
    const result = mergeNotes(base, ours, theirs);
    expect(result.ok).toBe(false);
  });
});
