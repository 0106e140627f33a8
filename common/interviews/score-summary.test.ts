import { describe, expect, it } from 'vitest';
import { aggregateScores } from './score-summary.ts';

const criteria = [
  { id: 'a', name: 'Goals' },
  { id: 'b', name: 'Commitment' },
  { id: 'c', name: 'Fit', archived: true },
];
const card = (scores: Record<string, number>) => ({
  scores: Object.entries(scores).map(([criterionId, score]) => ({ criterionId, score })),
});

describe('aggregateScores', () => {
  it('works out each criterion by hand', () => {
    // Goals 1, 2, 2 → 5/3 = 1.67, spread 1. Commitment 5, 3 → 4, spread exactly 2: disagree.
    const { criteria: rows, overallMean } = aggregateScores(criteria, [
      card({ a: 1, b: 5 }),
      card({ a: 2, b: 3 }),
      card({ a: 2 }),
    ]);
    expect(rows).toEqual([
      {
        criterionId: 'a',
        name: 'Goals',
        archived: false,
        count: 3,
        mean: 1.67,
        min: 1,
        max: 2,
        spread: 1,
        disagree: false,
      },
      {
        criterionId: 'b',
        name: 'Commitment',
        archived: false,
        count: 2,
        mean: 4,
        min: 3,
        max: 5,
        spread: 2,
        disagree: true,
      },
      {
        criterionId: 'c',
        name: 'Fit',
        archived: true,
        count: 0,
        mean: null,
        min: null,
        max: null,
        spread: null,
        disagree: false,
      },
    ]);
    // (5/3 + 4) / 2 = 17/6 = 2.8333… → 2.83: unscored criteria do not count.
    expect(overallMean).toBe(2.83);
  });

  it('says nothing when nobody has scored', () => {
    const result = aggregateScores(criteria, []);
    expect(result.overallMean).toBeNull();
    expect(result.criteria.every((row) => row.count === 0 && row.mean === null)).toBe(true);
  });

  it('does not flag a single reviewer, however extreme', () => {
    const [row] = aggregateScores([{ id: 'a', name: 'Goals' }], [card({ a: 1 })]).criteria;
    expect(row).toMatchObject({ spread: 0, disagree: false, mean: 1 });
  });
});
