import { describe, expect, it } from 'vitest';
import type { PrepSnapshot } from '../../db/schema/mentoring-sessions.ts';
import { diffPrep } from './prep-diff.ts';

const read: PrepSnapshot = {
  goal: 'Leave with a study plan for the system design interview.',
  goalId: 'goal-1',
  questions: [
    { id: 'q1', text: 'How do I practise on my own?' },
    { id: 'q2', text: 'Which books are worth it?' },
    { id: 'q3', text: 'How long should I study each week?' },
  ],
  resources: [
    {
      id: 'r1',
      title: 'Portfolio',
      url: 'https://example.dev',
      kind: 'project',
      note: 'The main one',
    },
    { id: 'r2', title: 'CV', url: 'https://example.dev/cv', kind: 'document', note: '' },
  ],
};

const copy = (): PrepSnapshot => structuredClone(read);

describe('diffPrep', () => {
  it('is null when the mentor has never read the prep', () => {
    expect(diffPrep(read, null)).toBeNull();
  });

  it('marks nothing when nothing changed', () => {
    const diff = diffPrep(copy(), read);
    expect([...(diff?.questions.values() ?? [])]).toEqual([null, null, null]);
    expect([...(diff?.resources.values() ?? [])]).toEqual([null, null]);
    expect(diff?.changes).toEqual({
      goal: false,
      reordered: false,
      removedQuestions: [],
      removedResources: [],
      any: false,
    });
  });

  it('marks added and edited questions and lists removed ones by their text', () => {
    const now = copy();
    now.questions = [
      { id: 'q1', text: 'How do I practise system design on my own?' },
      { id: 'q3', text: 'How long should I study each week?' },
      { id: 'q4', text: 'Could we do a mock round next time?' },
    ];
    const diff = diffPrep(now, read);
    expect(Object.fromEntries(diff?.questions ?? [])).toEqual({
      q1: 'edited',
      q3: null,
      q4: 'added',
    });
    expect(diff?.changes.removedQuestions).toEqual(['Which books are worth it?']);
    expect(diff?.changes.reordered).toBe(false);
    expect(diff?.changes.any).toBe(true);
  });

  it('marks a resource edited when any of its fields changed', () => {
    for (const change of [
      { title: 'Portfolio site' },
      { url: 'https://example.dev/new' },
      { kind: 'other' },
      { note: 'Look at the second project' },
    ]) {
      const now = copy();
      now.resources[0] = { ...read.resources[0], ...change } as PrepSnapshot['resources'][0];
      const diff = diffPrep(now, read);
      expect(diff?.resources.get('r1'), JSON.stringify(change)).toBe('edited');
      expect(diff?.resources.get('r2')).toBeNull();
    }
  });

  it('lists removed resources by title and marks new ones as added', () => {
    const now = copy();
    now.resources = [
      read.resources[1] as PrepSnapshot['resources'][0],
      { id: 'r3', title: 'Blog', url: 'https://blog.example', kind: 'other', note: '' },
    ];
    const diff = diffPrep(now, read);
    expect(diff?.changes.removedResources).toEqual(['Portfolio']);
    expect(Object.fromEntries(diff?.resources ?? [])).toEqual({ r2: null, r3: 'added' });
  });

  it('sees a changed goal sentence and a changed link to a shared goal', () => {
    expect(diffPrep({ ...copy(), goal: 'Another sentence entirely.' }, read)?.changes.goal).toBe(
      true,
    );
    expect(diffPrep({ ...copy(), goalId: null }, read)?.changes).toMatchObject({
      goal: true,
      any: true,
    });
  });

  it('sees questions moved, but not the gaps left by a removal or an addition', () => {
    const now = copy();
    now.questions = [now.questions[2], now.questions[0], now.questions[1]] as typeof now.questions;
    const moved = diffPrep(now, read);
    expect(moved?.changes.reordered).toBe(true);
    expect(moved?.changes.any).toBe(true);
    expect([...(moved?.questions.values() ?? [])]).toEqual([null, null, null]);

    const removed = copy();
    removed.questions = [
      { id: 'q0', text: 'A new first question?' },
      ...removed.questions.filter((q) => q.id !== 'q2'),
    ];
    expect(diffPrep(removed, read)?.changes.reordered).toBe(false);
  });

  it('does not mark a question edited back to the words the mentor read', () => {
    const now = copy();
    now.questions[0] = { id: 'q1', text: 'How do I practise on my own?' };
    expect(diffPrep(now, read)?.changes.any).toBe(false);
  });
});
