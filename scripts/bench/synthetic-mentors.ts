import { STACK } from '../../common/taxonomy/stack.ts';
import { prng } from '../lib/prng.ts';

/**
 * A deterministic synthetic population for benchmarks and the demo seed: the same seed always
 * gives the same people. Distributions are rough but realistic: a few popular tools and many
 * rare ones (Zipf-like), most people mid-career, English widely shared, most zones in Europe,
 * the Americas and South Asia, a minority sharing lived experiences with varied scopes.
 */

type Rand = () => number;

function weighted<T>(rand: Rand, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return (items.at(-1) as readonly [T, number])[0];
}

/** `n` distinct picks from a list where earlier entries are more likely (Zipf, s ≈ 1). */
function zipfPicks<T>(rand: Rand, list: readonly T[], n: number): T[] {
  const out = new Set<T>();
  let guard = 0;
  while (out.size < Math.min(n, list.length) && guard++ < n * 20) {
    const i = Math.floor(list.length ** rand()) - 1;
    out.add(list[Math.max(0, i)] as T);
  }
  return [...out];
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** 32 random letters and digits, like better-auth's ids. */
const randomId = (rand: Rand) =>
  Array.from({ length: 32 }, () => ALPHANUMERIC[Math.floor(rand() * 62)]).join('');

const between = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

// Popular tools first, so zipfPicks favours them.
const POPULAR = [
  'javascript',
  'typescript',
  'python',
  'react',
  'sql',
  'node',
  'git',
  'docker',
  'aws',
  'java',
  'postgresql',
  'css',
  'html',
  'kubernetes',
  'go',
  'csharp',
];
const STACK_ORDER = [...POPULAR, ...STACK.map((s) => s.id).filter((id) => !POPULAR.includes(id))];
const AREAS = [
  'development',
  'backend',
  'frontend',
  'devops',
  'data',
  'management',
  'product',
  'testing',
  'ux',
  'mobile',
  'ml',
  'security',
  'career-change',
  'open-source',
];
const TOPICS = [
  'skills-for-role',
  'interviews',
  'role-fit',
  'new-job',
  'portfolio',
  'networking',
  'asking-for-help',
  'other',
];
const OTHER_LANGUAGES = [
  'es',
  'fr',
  'de',
  'pt',
  'hi',
  'zh',
  'ar',
  'it',
  'nl',
  'pl',
  'ja',
  'sv',
  'yo',
];
const EXPERIENCES = [
  'woman-nonbinary',
  'first-generation',
  'immigrant',
  'parent',
  'lgbtqia',
  'older-career-changer',
  'race-ethnicity',
  'neurodivergent',
  'disability',
  'veteran',
];
const STAGES = [
  ['student', 1],
  ['early', 6],
  ['mid', 22],
  ['senior', 34],
  ['staff', 16],
  ['manager', 14],
  ['director', 7],
] as const;
const ZONES = [
  ['Europe/London', 12],
  ['Europe/Paris', 10],
  ['Europe/Berlin', 10],
  ['America/New_York', 14],
  ['America/Chicago', 6],
  ['America/Los_Angeles', 10],
  ['America/Sao_Paulo', 5],
  ['America/Mexico_City', 3],
  ['Asia/Kolkata', 10],
  ['Asia/Singapore', 4],
  ['Asia/Tokyo', 3],
  ['Africa/Lagos', 4],
  ['Australia/Sydney', 3],
  ['UTC', 2],
  ['Pacific/Auckland', 1],
  ['Asia/Kathmandu', 1],
] as const;
const FIRST = [
  'Ada',
  'Bola',
  'Chen',
  'Dara',
  'Elif',
  'Femi',
  'Grace',
  'Hugo',
  'Ines',
  'Jonas',
  'Kemi',
  'Lena',
  'Mateo',
  'Nia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tariq',
  'Uma',
  'Vera',
  'Wen',
  'Yusuf',
  'Zoe',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Raman',
  'Álvarez',
  'Reyes',
  'Kowalski',
  'Nakamura',
  'Mensah',
  'Dubois',
  'Silva',
  'Haddad',
  'Novak',
  'Fischer',
  'Osei',
  'Tanaka',
  'Murphy',
];
const ROLES = [
  'Software engineer',
  'Senior software engineer',
  'Staff engineer',
  'Engineering manager',
  'Data scientist',
  'Product manager',
  'Site reliability engineer',
  'QA lead',
  'UX designer',
  'Security engineer',
];

export interface SyntheticMentor {
  user: { id: string; name: string; email: string; timeZone: string };
  profile: {
    careerStage: string;
    headline: string;
    bio: string;
    currentRole: string;
    yearsExperience: number;
    stack: string[];
    areas: string[];
    topics: string[];
    languages: string[];
    capacity: number;
    acceptingRequests: boolean;
  };
  experiences: { experience: string; scope: 'public' | 'matching' | 'private' }[];
}

function languagesFor(rand: Rand): string[] {
  const langs = rand() < 0.88 ? ['en'] : [];
  const extra = weighted(rand, [
    [0, 55],
    [1, 35],
    [2, 10],
  ] as const);
  for (const l of zipfPicks(rand, OTHER_LANGUAGES, extra)) langs.push(l);
  return langs.length ? langs : ['en'];
}

export function syntheticMentors(count: number, seed = 42): SyntheticMentor[] {
  const rand = prng(seed);
  const out: SyntheticMentor[] = [];
  for (let i = 0; i < count; i++) {
    const first = FIRST[between(rand, 0, FIRST.length - 1)];
    const last = LAST[between(rand, 0, LAST.length - 1)];
    const stack = zipfPicks(rand, STACK_ORDER, between(rand, 3, 10));
    if (rand() < 0.1) stack.push(`free:in-house-tool-${between(rand, 1, 400)}`);
    const role = ROLES[between(rand, 0, ROLES.length - 1)] as string;
    const stage = weighted(rand, STAGES);
    const experiences: SyntheticMentor['experiences'] = [];
    if (rand() < 0.3) {
      for (const e of zipfPicks(rand, EXPERIENCES, between(rand, 1, 2)))
        experiences.push({
          experience: e,
          scope: weighted(rand, [
            ['public', 50],
            ['matching', 35],
            ['private', 15],
          ] as const),
        });
    }
    out.push({
      user: {
        id: randomId(rand),
        name: `${first} ${last}`,
        email: `mentor-${seed}-${i}@synthetic.tandem.example`,
        timeZone: weighted(rand, ZONES),
      },
      profile: {
        careerStage: stage,
        headline: `${role} who likes helping people grow`,
        bio: `I work mostly with ${stack.slice(0, 3).join(', ')} and enjoy pairing on real problems.`,
        currentRole: role,
        yearsExperience: between(rand, 1, 30),
        stack,
        areas: zipfPicks(rand, AREAS, between(rand, 1, 3)),
        topics: zipfPicks(rand, TOPICS, between(rand, 1, 4)),
        languages: languagesFor(rand),
        capacity: weighted(rand, [
          [0, 10],
          [1, 25],
          [2, 35],
          [3, 20],
          [5, 10],
        ] as const),
        acceptingRequests: rand() < 0.75,
      },
      experiences,
    });
  }
  return out;
}

/** Varied mentee sides to search with (what GET /api/mentors reads from the caller). */
export interface SyntheticMentee {
  topics: string[];
  wantStack: string[];
  wantAreas: string[];
  careerStage: string | null;
  wantedExperiences: string[];
  preferredLanguages: string[];
  timeZone: string;
  timeZoneWindowHours: number | null;
}

export function syntheticMentees(count: number, seed = 7): SyntheticMentee[] {
  const rand = prng(seed);
  return Array.from({ length: count }, () => ({
    topics: rand() < 0.8 ? [TOPICS[between(rand, 0, 5)] as string] : [],
    wantStack: zipfPicks(rand, STACK_ORDER, between(rand, 0, 6)),
    wantAreas: zipfPicks(rand, AREAS, between(rand, 0, 3)),
    careerStage: rand() < 0.8 ? weighted(rand, STAGES.slice(0, 4)) : null,
    wantedExperiences: rand() < 0.2 ? zipfPicks(rand, EXPERIENCES, 1) : [],
    preferredLanguages: rand() < 0.7 ? languagesFor(rand) : [],
    timeZone: weighted(rand, ZONES),
    timeZoneWindowHours: rand() < 0.6 ? between(rand, 1, 8) : null,
  }));
}
