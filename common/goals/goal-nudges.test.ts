import { describe, expect, it } from 'vitest';
import { goalNudges, isGenericTitle, type NudgeInput } from './goal-nudges.ts';

const TODAY = '2026-11-25';
const clear: NudgeInput = {
  title: 'Pass a system design interview for a mid-level backend role',
  successCriterion: 'I get through two onsite loops without freezing on the design round.',
  targetDate: '2027-03-31',
  status: 'active',
};
const fieldsOf = (input: Partial<NudgeInput>, today = TODAY) =>
  goalNudges({ ...clear, ...input }, today).map((n) => n.field);

describe('goalNudges', () => {
  it('has nothing to say about a specific goal', () => {
    expect(goalNudges(clear, TODAY)).toEqual([]);
  });

  it('asks for more words in a short title', () => {
    expect(fieldsOf({ title: 'Frontend job' })).toEqual(['title']);
    expect(goalNudges({ ...clear, title: 'Frontend job' }, TODAY)[0]?.message).toMatch(
      /few more words/,
    );
  });

  it('calls out a generic wish, even a long one, and not a concrete goal using the same verb', () => {
    for (const title of [
      'Get better at coding',
      'Improve',
      'Learn more React',
      'I really want to improve my skills and get better at my job overall',
    ]) {
      expect(isGenericTitle(title), title).toBe(true);
      expect(goalNudges({ ...clear, title }, TODAY)[0]?.message, title).toMatch(/wish/);
    }
    for (const title of [
      'Improve my system design answers for senior interviews',
      'Learn enough SQL to pass the data analyst take-home test',
      'Get better at giving estimates in sprint planning',
      'Improve test coverage to 80%',
    ]) {
      expect(isGenericTitle(title), title).toBe(false);
    }
  });

  it('says nothing about an empty title: the form asks for one anyway', () => {
    expect(fieldsOf({ title: '   ' })).toEqual([]);
  });

  it('asks for a success criterion, then for a checkable one', () => {
    expect(fieldsOf({ successCriterion: '' })).toEqual(['successCriterion']);
    expect(goalNudges({ ...clear, successCriterion: ' ' }, TODAY)[0]?.message).toMatch(
      /know it’s done when/,
    );
    expect(
      goalNudges({ ...clear, successCriterion: 'When I feel ready' }, TODAY)[0]?.message,
    ).toMatch(/could check/);
  });

  it('flags a past target date on an active goal only, judged by the given day', () => {
    expect(fieldsOf({ targetDate: '2026-11-24' })).toEqual(['targetDate']);
    expect(fieldsOf({ targetDate: '2026-11-25' })).toEqual([]);
    expect(fieldsOf({ targetDate: '2026-11-24' }, '2026-11-24')).toEqual([]);
    expect(fieldsOf({ targetDate: '2020-01-01', status: 'achieved' })).toEqual([]);
    expect(fieldsOf({ targetDate: '2020-01-01', status: 'dropped' })).toEqual([]);
    expect(fieldsOf({ targetDate: null })).toEqual([]);
  });

  it('gives at most one nudge per field, in form order', () => {
    expect(fieldsOf({ title: 'Improve', successCriterion: '', targetDate: '2001-01-01' })).toEqual([
      'title',
      'successCriterion',
      'targetDate',
    ]);
  });
});
