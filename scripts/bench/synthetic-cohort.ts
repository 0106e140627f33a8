import { LIVED_EXPERIENCES } from '../../common/taxonomy/lived-experiences.ts';
import type {
  CohortMentee,
  CohortMentor,
  MatchingConstraints,
  PairRef,
} from '../../server/features/cohort-matching/engine/types.ts';
import { stageRankOf } from '../../server/lib/fit-inputs.ts';
import { utcOffsetMinutes } from '../../server/lib/tz-offsets.ts';
import { prng } from '../lib/prng.ts';
import { syntheticMentees, syntheticMentors } from './synthetic-mentors.ts';

const label = new Map<string, string>(LIVED_EXPERIENCES.map((e) => [e.id, e.label]));
/** A fixed instant, so clock offsets (and so every score) are the same all year round. */
const AT = Date.UTC(2026, 0, 15);
const TEAMS = 40;

export interface SyntheticCohort {
  mentees: CohortMentee[];
  mentors: CohortMentor[];
  constraints: MatchingConstraints;
}

/**
 * A seeded cohort: mentors and mentees from the search benchmark's population, mentor
 * capacities 1–3, one of 40 teams each, some must-haves, a 6-hour time-zone limit, and a few
 * exclusions, existing mentorships and locked pairs — the same cohort for the same arguments.
 */
export function syntheticCohort(
  menteeCount: number,
  mentorCount: number,
  seed = 11,
): SyntheticCohort {
  const rand = prng(seed);
  const pick = (n: number) => Math.floor(rand() * n);
  const mentors: CohortMentor[] = syntheticMentors(mentorCount, seed).map((m) => ({
    id: m.user.id,
    capacity: 1 + pick(3),
    team: `team-${pick(TEAMS)}`,
    facts: {
      topics: m.profile.topics,
      stack: m.profile.stack,
      areas: m.profile.areas,
      stageRank: stageRankOf(m.profile.careerStage),
      experiences: m.experiences
        .filter((e) => e.scope !== 'private')
        .map((e) => ({
          id: e.experience,
          label: label.get(e.experience) ?? e.experience,
          scope: e.scope as 'public' | 'matching',
        })),
      languages: m.profile.languages,
      tzOffsetMinutes: utcOffsetMinutes(m.user.timeZone, AT),
      // Enrolled in the program: taking mentees there.
      available: true,
    },
  }));
  const mentees: CohortMentee[] = syntheticMentees(menteeCount, seed + 1).map((m, i) => {
    const r = rand();
    const importance: CohortMentee['importance'] =
      r < 0.1
        ? { language: 'must' }
        : r < 0.15
          ? { stage: 'must' }
          : r < 0.2
            ? { topic: 'must' }
            : {};
    return {
      id: `mentee-${String(i).padStart(6, '0')}`,
      team: `team-${pick(TEAMS)}`,
      importance,
      input: {
        topics: m.topics,
        stack: m.wantStack,
        areas: m.wantAreas,
        stageRank: stageRankOf(m.careerStage),
        experiences: m.wantedExperiences,
        languages: m.preferredLanguages,
        tzOffsetMinutes: utcOffsetMinutes(m.timeZone, AT),
        tzWindowHours: m.timeZoneWindowHours,
      },
    };
  });
  const randomPairs = (n: number): PairRef[] =>
    Array.from({ length: n }, () => ({
      menteeId: (mentees[pick(mentees.length)] as CohortMentee).id,
      mentorId: (mentors[pick(mentors.length)] as CohortMentor).id,
    }));
  // Locked pairs: distinct mentees, at most one per mentor, so capacities always hold.
  const lockedPairs: PairRef[] = [];
  const lockCount = Math.floor(menteeCount / 100);
  for (let k = 0; k < lockCount; k++)
    lockedPairs.push({
      menteeId: (mentees[(k * 97) % menteeCount] as CohortMentee).id,
      mentorId: (mentors[(k * 13) % mentorCount] as CohortMentor).id,
    });
  const distinctLocks = [...new Map(lockedPairs.map((p) => [p.menteeId, p])).values()];
  const seenMentor = new Set<string>();
  return {
    mentees,
    mentors,
    constraints: {
      maxTimeZoneGapHours: 6,
      excludeSameTeam: true,
      excludedPairs: randomPairs(Math.floor(menteeCount / 5)),
      alreadyMatched: randomPairs(Math.floor(menteeCount / 10)),
      lockedPairs: distinctLocks.filter(
        (p) => !seenMentor.has(p.mentorId) && seenMentor.add(p.mentorId),
      ),
    },
  };
}
