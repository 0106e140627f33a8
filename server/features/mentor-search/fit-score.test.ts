import { describe, expect, it } from 'vitest';
import {
  clockDistanceHours,
  explainFit,
  type MenteeInput,
  type MentorFacts,
  planFit,
} from '../../lib/fit-score.ts';
import { fitSentences } from '../../lib/fit-sentences.ts';
import { MentorIndex } from './mentor-index.ts';
import type { MentorRow } from './mentor-row.ts';

const mentee: MenteeInput = {
  topics: ['interviews'],
  stack: ['typescript', 'react', 'docker', 'kubernetes'],
  areas: ['frontend', 'devops'],
  stageRank: 1, // early career
  experiences: ['parent', 'immigrant'],
  languages: ['en', 'es'],
  tzOffsetMinutes: 60,
  tzWindowHours: 3,
};

const mentor = (overrides: Partial<MentorFacts> = {}): MentorFacts => ({
  topics: ['interviews'],
  stack: ['typescript', 'react', 'docker'],
  areas: ['frontend'],
  stageRank: 3,
  experiences: [],
  languages: ['en'],
  tzOffsetMinutes: 0,
  available: true,
  ...overrides,
});

const explain = (m: MentorFacts, plan = planFit(mentee), who = mentee) =>
  explainFit(who, m, plan, fitSentences(who, m));

describe('fit score', () => {
  it('ranks a mentor who fits better higher, and explains every applicable criterion', () => {
    const strong = explain(mentor());
    const weak = explain(mentor({ topics: [], stack: ['java'], areas: [], stageRank: 1 }));
    expect(strong.score).toBeGreaterThan(weak.score);
    expect(strong.reasons.map((r) => r.criterion).sort()).toEqual(
      ['area', 'capacity', 'experience', 'language', 'stack', 'stage', 'timezone', 'topic'].sort(),
    );
    const stack = strong.reasons.find((r) => r.criterion === 'stack');
    expect(stack).toMatchObject({ weight: 20, contribution: 15 });
    expect(stack?.sentence).toBe(
      'Knows 3 of the 4 tools you want to grow in: TypeScript, React and Docker',
    );
    // Strongest first.
    const contributions = strong.reasons.map((r) => r.contribution);
    expect([...contributions].sort((a, b) => b - a)).toEqual(contributions);
  });

  it('computes the weighted share exactly', () => {
    // topic 25, stack 20×3/4=15, area 10×1/2=5, stage 15, experience 0, language 10,
    // timezone 5 (1 h within 3 h), capacity 5 → 80 / 100.
    expect(explain(mentor()).score).toBe(80);
  });

  it('leaves out criteria the mentee gave no input for (weight 0, out of the denominator)', () => {
    const bare: MenteeInput = {
      ...mentee,
      topics: [],
      stack: [],
      areas: [],
      stageRank: null,
      experiences: [],
      languages: [],
      tzWindowHours: null,
    };
    const plan = planFit(bare);
    expect(plan.weights).toMatchObject({ topic: 0, stack: 0, stage: 0, timezone: 0, capacity: 5 });
    const fit = explain(mentor(), plan, bare);
    expect(fit.reasons.map((r) => r.criterion)).toEqual(['capacity']);
    expect(fit.score).toBe(100);
    const nothing = planFit(bare, { capacity: 'ignore' });
    expect(explain(mentor(), nothing, bare)).toMatchObject({ score: 0, reasons: [] });
  });

  it('treats stage as not applicable when the mentor did not give theirs', () => {
    const fit = explain(mentor({ stageRank: null }));
    expect(fit.reasons.find((r) => r.criterion === 'stage')).toBeUndefined();
    // 65 of the 85 points that apply.
    expect(fit.score).toBe(Math.round((100 * 65) / 85));
  });

  it('gives half the stage credit to a peer and none to someone behind', () => {
    const stage = (rank: number) =>
      explain(mentor({ stageRank: rank })).reasons.find((r) => r.criterion === 'stage');
    expect(stage(2)?.contribution).toBe(15);
    expect(stage(1)?.contribution).toBe(7.5);
    expect(stage(0)?.contribution).toBe(0);
  });

  it('filters on must-haves and removes ignored criteria', () => {
    const noStack = mentor({ stack: ['java'] });
    expect(explain(noStack).passes).toBe(true);
    expect(explain(noStack, planFit(mentee, { stack: 'must' })).passes).toBe(false);
    expect(explain(mentor(), planFit(mentee, { stack: 'must' })).passes).toBe(true);
    const ignored = explain(noStack, planFit(mentee, { stack: 'ignore' }));
    expect(ignored.reasons.find((r) => r.criterion === 'stack')).toBeUndefined();
    expect(ignored.score).toBeGreaterThan(explain(noStack).score);
  });

  it('names a public experience but never a matching-scope one', () => {
    const open = explain(
      mentor({ experiences: [{ id: 'parent', label: 'Parent or carer', scope: 'public' }] }),
    );
    expect(open.reasons.find((r) => r.criterion === 'experience')).toMatchObject({
      contribution: 10,
      sentence: 'Shares an experience you asked for: Parent or carer',
    });
    const quiet = explain(
      mentor({
        experiences: [{ id: 'immigrant', label: 'Immigrant or working abroad', scope: 'matching' }],
      }),
    );
    const reason = quiet.reasons.find((r) => r.criterion === 'experience');
    expect(reason).toMatchObject({
      contribution: 10,
      sentence: 'Matches one of the preferences you set',
    });
    expect(JSON.stringify(quiet)).not.toMatch(/immigrant|abroad/i);
  });

  it('measures clock distance the short way round the day', () => {
    expect(clockDistanceHours(13 * 60, -10 * 60)).toBe(1);
    expect(clockDistanceHours(330, 0)).toBe(5.5);
  });
});

describe('the index loop agrees with the explained score', () => {
  it('gives the same score as explainFit for varied mentors and plans', () => {
    const index = new MentorIndex();
    const rows: MentorRow[] = [];
    const stacks = [['typescript'], ['react', 'docker', 'go'], [], ['kubernetes', 'free:htmx']];
    const stages = ['student', 'early', 'senior', null, 'manager'];
    const zones = ['UTC', 'Asia/Tokyo', 'America/New_York', 'Europe/Paris'];
    for (let i = 0; i < 40; i++) {
      const row: MentorRow = {
        userId: `user-${String(i).padStart(2, '0')}`,
        isMentor: true,
        name: `Mentor ${i}`,
        timeZone: zones[i % 4] as string,
        careerStage: stages[i % 5] ?? null,
        headline: '',
        currentRole: null,
        yearsExperience: null,
        // Free tags past the 128-bit bitset land in the overflow lists.
        stack: [...(stacks[i % 4] as string[]), `free:t${i}`],
        areas: i % 3 ? ['frontend'] : ['devops', 'frontend'],
        topics: i % 2 ? ['interviews'] : ['networking'],
        languages: i % 3 ? ['en'] : ['fr'],
        capacity: i % 5,
        acceptingRequests: i % 7 !== 0,
        updatedMs: 1,
        experiences: i % 6 ? [] : [{ id: 'parent', label: 'Parent or carer', scope: 'matching' }],
      };
      rows.push(row);
      index.upsert(row);
    }
    const wantsFree = { ...mentee, stack: [...mentee.stack, 'free:t1', 'free:t39', 'free:nobody'] };
    for (const who of [mentee, wantsFree]) {
      for (const plan of [
        planFit(who),
        planFit(who, { stack: 'must', capacity: 'ignore' }),
        planFit(who, { stage: 'must', timezone: 'must' }),
      ]) {
        const ranked = index.rank(who, plan, { k: 100 });
        const expected = rows
          .map((_row, slot) => ({ slot, fit: explain(index.facts(slot), plan, who) }))
          .filter((x) => x.fit.passes);
        expect(ranked.length).toBe(expected.length);
        for (const { slot, score } of ranked) {
          expect(score).toBe(explain(index.facts(slot), plan, who).score);
        }
      }
    }
  });
});
