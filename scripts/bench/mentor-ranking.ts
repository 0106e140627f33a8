import { LIVED_EXPERIENCES } from '../../common/taxonomy/lived-experiences.ts';
import { MentorIndex } from '../../server/features/mentor-search/mentor-index.ts';
import type { MentorRow } from '../../server/features/mentor-search/mentor-row.ts';
import { stageRankOf } from '../../server/lib/fit-inputs.ts';
import {
  explainFit,
  type MenteeInput,
  type MentorFacts,
  planFit,
} from '../../server/lib/fit-score.ts';
import { fitSentences } from '../../server/lib/fit-sentences.ts';
import { utcOffsetMinutes } from '../../server/lib/tz-offsets.ts';
import { type SyntheticMentor, syntheticMentees, syntheticMentors } from './synthetic-mentors.ts';

const label = new Map<string, string>(LIVED_EXPERIENCES.map((e) => [e.id, e.label]));

export function toMentorRow(m: SyntheticMentor): MentorRow {
  return {
    userId: m.user.id,
    isMentor: true,
    name: m.user.name,
    timeZone: m.user.timeZone,
    ...m.profile,
    updatedMs: 1,
    experiences: m.experiences
      .filter((e) => e.scope !== 'private')
      .map((e) => ({
        id: e.experience,
        label: label.get(e.experience) ?? e.experience,
        scope: e.scope as 'public' | 'matching',
      })),
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Ranking 100k mentors in memory: the index's tight loop with a top-K heap against a naive
 * "explain every mentor, then sort", on the same data and queries in the same run.
 */
export async function benchMentorRanking({
  mentors = 100_000,
  queries = 200,
  naiveQueries = 20,
} = {}) {
  let t = performance.now();
  const population = syntheticMentors(mentors);
  const rows = population.map(toMentorRow);
  const generateMs = performance.now() - t;
  t = performance.now();
  const index = new MentorIndex();
  for (const row of rows) index.upsert(row);
  const buildMs = performance.now() - t;
  const facts: MentorFacts[] = rows.map((_, slot) => index.facts(slot));

  const mentees: MenteeInput[] = syntheticMentees(queries).map((m) => ({
    topics: m.topics,
    stack: m.wantStack,
    areas: m.wantAreas,
    stageRank: stageRankOf(m.careerStage),
    experiences: m.wantedExperiences,
    languages: m.preferredLanguages,
    tzOffsetMinutes: utcOffsetMinutes(m.timeZone),
    tzWindowHours: m.timeZoneWindowHours,
  }));
  const K = 20;

  // Warm-up round (JIT, caches), untimed, as a long-running server would be.
  for (const mentee of mentees) index.rank(mentee, planFit(mentee), { k: K + 1 });
  const fast: number[] = [];
  const fastTop: string[][] = [];
  for (const mentee of mentees) {
    const plan = planFit(mentee);
    const started = performance.now();
    const top = index.rank(mentee, plan, { k: K + 1 }).slice(0, K);
    // Reasons and cards for the page only, as the service does.
    for (const { slot } of top)
      explainFit(
        mentee,
        facts[slot] as MentorFacts,
        plan,
        fitSentences(mentee, facts[slot] as MentorFacts),
      );
    fast.push(performance.now() - started);
    fastTop.push(top.map((e) => index.userIds[e.slot] as string));
  }

  const naive: number[] = [];
  let disagreements = 0;
  for (let q = 0; q < Math.min(naiveQueries, mentees.length); q++) {
    const mentee = mentees[q] as MenteeInput;
    const plan = planFit(mentee);
    const started = performance.now();
    const all = rows
      .map((row, slot) => ({
        id: row.userId,
        fit: explainFit(
          mentee,
          facts[slot] as MentorFacts,
          plan,
          fitSentences(mentee, facts[slot] as MentorFacts),
        ),
      }))
      .filter((x) => x.fit.passes)
      .sort((a, b) => b.fit.score - a.fit.score || (a.id < b.id ? -1 : 1))
      .slice(0, K);
    naive.push(performance.now() - started);
    if (all.map((x) => x.id).join() !== fastTop[q]?.join()) disagreements++;
  }

  fast.sort((a, b) => a - b);
  naive.sort((a, b) => a - b);
  const f50 = percentile(fast, 50);
  const f95 = percentile(fast, 95);
  const n50 = percentile(naive, 50);
  const n95 = percentile(naive, 95);
  console.info(
    `\nMentor ranking in memory: ${mentors.toLocaleString('en')} synthetic mentors, top ${K}`,
  );
  console.info(
    `generate ${generateMs.toFixed(0)} ms · index build ${buildMs.toFixed(0)} ms · heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
  );
  console.info('| method | queries | p50 ms | p95 ms |');
  console.info('|---|---:|---:|---:|');
  console.info(
    `| index loop + top-K heap (+ reasons for the page) | ${fast.length} | ${f50.toFixed(2)} | ${f95.toFixed(2)} |`,
  );
  console.info(
    `| naive: explain every mentor, then sort | ${naive.length} | ${n50.toFixed(1)} | ${n95.toFixed(1)} |`,
  );
  console.info(
    `naive / index: p50 ${(n50 / f50).toFixed(1)}×, p95 ${(n95 / f95).toFixed(1)}× (targets: index p95 ≤ 5 ms, ≥ 5× faster)`,
  );
  console.info(
    `same top ${K} as naive: ${naive.length - disagreements} of ${naive.length} queries`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMentorRanking();
