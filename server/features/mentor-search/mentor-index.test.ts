import { describe, expect, it } from 'vitest';
import { toMentorRow } from '../../../scripts/bench/mentor-ranking.ts';
import { syntheticMentees, syntheticMentors } from '../../../scripts/bench/synthetic-mentors.ts';
import { stageRankOf } from '../../lib/fit-inputs.ts';
import { explainFit, type MenteeInput, planFit } from '../../lib/fit-score.ts';
import { fitSentences } from '../../lib/fit-sentences.ts';
import { utcOffsetMinutes } from '../../lib/tz-offsets.ts';
import { MentorIndex } from './mentor-index.ts';
import type { IndexFilters, MentorRow } from './mentor-row.ts';

const row = (i: number, tags: string[], updatedMs = 1): MentorRow => ({
  userId: `u${String(i).padStart(5, '0')}`,
  isMentor: true,
  name: `Mentor ${i}`,
  timeZone: 'UTC',
  careerStage: 'senior',
  headline: '',
  currentRole: null,
  yearsExperience: null,
  stack: tags,
  areas: [],
  topics: [],
  languages: ['en'],
  capacity: 1,
  acceptingRequests: true,
  updatedMs,
  experiences: [],
});

const mentee = (stack: string[]): MenteeInput => ({
  topics: [],
  stack,
  areas: [],
  stageRank: null,
  experiences: [],
  languages: [],
  tzOffsetMinutes: 0,
  tzWindowHours: null,
});

describe('mentor index', () => {
  it('keeps free tags right through rewrites, removals and pool compaction', () => {
    const index = new MentorIndex();
    // 3000 mentors with 3 free tags each: far past the bitset and the first pools.
    for (let i = 0; i < 3000; i++)
      index.upsert(row(i, ['react', `free:a${i % 50}`, `free:b${i}`, `free:c${i % 7}`]));
    // Rewrite every other one (garbage in the pools), drop every tenth.
    for (let i = 0; i < 3000; i += 2) index.upsert(row(i, [`free:b${i}`, 'free:rewritten'], 2));
    for (let i = 0; i < 3000; i += 10) index.remove(`u${String(i).padStart(5, '0')}`);
    // An older copy never overwrites a newer one.
    index.upsert(row(1, ['free:stale'], 0));

    const want = mentee(['free:rewritten', 'free:a3', 'free:b1']);
    const plan = planFit(want, { stack: 'must' });
    const ranked = index.rank(want, plan, { k: 5000 });
    const expected = [];
    for (let i = 0; i < 3000; i++) {
      if (i % 10 === 0) continue;
      const tags =
        i % 2 === 0 ? [`free:b${i}`, 'free:rewritten'] : ['react', `free:a${i % 50}`, `free:b${i}`];
      const hits = tags.filter((t) => want.stack.includes(t)).length;
      if (hits > 0) expected.push(`u${String(i).padStart(5, '0')}`);
    }
    expect(ranked.map((r) => index.userIds[r.slot]).sort()).toEqual(expected.sort());
    for (const { slot, score } of ranked) {
      const facts = index.facts(slot);
      expect(score).toBe(explainFit(want, facts, plan, fitSentences(want, facts)).score);
    }
    expect(index.size).toBe(2700);
  });

  it('orders ties by user id and resumes after a cursor position', () => {
    const index = new MentorIndex();
    for (const i of [5, 3, 9, 1, 7]) index.upsert(row(i, ['react']));
    const want = mentee(['react']);
    const plan = planFit(want);
    const first = index.rank(want, plan, { k: 2 }).map((r) => index.userIds[r.slot]);
    expect(first).toEqual(['u00001', 'u00003']);
    const next = index.rank(want, plan, { k: 10, after: { score: 100, id: 'u00003' } });
    expect(next.map((r) => index.userIds[r.slot])).toEqual(['u00005', 'u00007', 'u00009']);
  });
});

describe('ranking a realistic population', () => {
  it('returns exactly the top K that explaining and sorting everyone gives', () => {
    const rows = syntheticMentors(3000, 11).map(toMentorRow);
    const index = new MentorIndex();
    for (const r of rows) index.upsert(r);
    for (const m of syntheticMentees(25, 3)) {
      const who: MenteeInput = {
        topics: m.topics,
        stack: m.wantStack,
        areas: m.wantAreas,
        stageRank: stageRankOf(m.careerStage),
        experiences: m.wantedExperiences,
        languages: m.preferredLanguages,
        tzOffsetMinutes: utcOffsetMinutes(m.timeZone),
        tzWindowHours: m.timeZoneWindowHours,
      };
      for (const plan of [planFit(who), planFit(who, { language: 'must', capacity: 'ignore' })]) {
        const best = rows
          .map((r, slot) => {
            const facts = index.facts(slot);
            return { id: r.userId, fit: explainFit(who, facts, plan, fitSentences(who, facts)) };
          })
          .filter((x) => x.fit.passes)
          .map((x) => ({ id: x.id, score: x.fit.score }))
          .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
          .slice(0, 10);
        const top = index.rank(who, plan, { k: 10 });
        expect(top.map((r) => ({ id: index.userIds[r.slot], score: r.score }))).toEqual(best);
      }
    }
  });
});

describe('list filters in memory', () => {
  it('keep exactly the mentors the SQL filters would keep', () => {
    const rows = syntheticMentors(2000, 5).map(toMentorRow);
    rows[0] = { ...(rows[0] as MentorRow), careerStage: null, stack: ['free:in-house-tool-1'] };
    const index = new MentorIndex();
    for (const r of rows) index.upsert(r);
    const overlaps = (have: readonly string[], want?: readonly string[]) =>
      !want || want.some((w) => have.includes(w));
    const cases: IndexFilters[] = [
      { accepting: true },
      { accepting: false },
      { stack: ['kubernetes', 'free:in-house-tool-1'] },
      { stack: ['free:nobody-has-this'] },
      { area: ['frontend', 'data'], language: ['es'] },
      { topic: ['networking'], stage: ['staff', 'manager'] },
      { stage: ['student'], accepting: true, stack: ['python'] },
    ];
    const who = mentee([]);
    const plan = planFit(who);
    for (const f of cases) {
      const expected = rows
        .filter(
          (r) =>
            overlaps(r.stack, f.stack) &&
            overlaps(r.areas, f.area) &&
            overlaps(r.topics, f.topic) &&
            overlaps(r.languages, f.language) &&
            (!f.stage || (r.careerStage !== null && f.stage.includes(r.careerStage))) &&
            (f.accepting === undefined || f.accepting === (r.acceptingRequests && r.capacity > 0)),
        )
        .map((r) => r.userId)
        .sort();
      const got = index.rank(who, plan, { k: 5000, filters: f }).map((r) => index.userIds[r.slot]);
      expect(got.sort(), JSON.stringify(f)).toEqual(expected);
    }
  });
});
