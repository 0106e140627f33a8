import type { CareerStage } from '../../common/taxonomy/career-stages.ts';
import { EDUCATION_PATH_IDS, type EducationPath } from '../../common/taxonomy/education-paths.ts';
import { LIVED_EXPERIENCES } from '../../common/taxonomy/lived-experiences.ts';
import { normalizeStackTags } from '../../common/taxonomy/stack.ts';
import { prng } from '../lib/prng.ts';
import { DEMO_REGIONS } from './demo-regions.ts';
import { DEMO_COMPANIES, DEMO_SPECIALTIES, type DemoSpecialty } from './demo-specialties.ts';
import { HELP_WITH, LINK_LABELS, ORIGIN, STYLE } from './demo-text.ts';

export const DEMO_MENTOR_COUNT = 220;

export interface DemoMentor {
  id: string;
  /** Which DEMO_SPECIALTIES entry shaped this profile (not stored). */
  specialty: string;
  name: string;
  email: string;
  timeZone: string;
  careerStage: CareerStage;
  headline: string;
  bio: string;
  currentRole: string;
  yearsExperience: number;
  stack: string[];
  areas: string[];
  topics: string[];
  education: EducationPath[];
  languages: string[];
  capacity: number;
  acceptingRequests: boolean;
  links: { label: string; url: string }[];
  experiences: { experience: string; label: string; scope: 'public' | 'matching' | 'private' }[];
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const weighted = <T extends { weight: number }>(r: Rand, xs: readonly T[]): T => {
  let n = r() * xs.reduce((s, x) => s + x.weight, 0);
  for (const x of xs) {
    n -= x.weight;
    if (n < 0) return x;
  }
  return xs[xs.length - 1] as T;
};
function some<T>(r: Rand, xs: readonly T[], min: number, max: number): T[] {
  const pool = [...xs];
  const count = Math.min(pool.length, min + Math.floor(r() * (max - min + 1)));
  const out: T[] = [];
  while (out.length < count) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0] as T);
  return out;
}

// Mostly experienced people, as mentors tend to be; a few early-career ones mentor students.
const STAGES: { id: CareerStage; weight: number; years: [number, number] }[] = [
  { id: 'early', weight: 1, years: [1, 3] },
  { id: 'mid', weight: 4, years: [3, 7] },
  { id: 'senior', weight: 7, years: [6, 15] },
  { id: 'staff', weight: 3, years: [10, 22] },
  { id: 'manager', weight: 3, years: [8, 20] },
  { id: 'director', weight: 1, years: [14, 28] },
];
const TITLE_PREFIX: Partial<Record<CareerStage, string>> = {
  senior: 'Senior',
  staff: 'Staff',
};

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');

function titleFor(r: Rand, stage: CareerStage, specialty: DemoSpecialty): string {
  if (stage === 'manager') return specialty.leads[0];
  if (stage === 'director') return specialty.leads[1];
  const title = pick(r, specialty.titles);
  const prefix = TITLE_PREFIX[stage];
  return prefix && !title.startsWith('Senior') ? `${prefix} ${inSentence(title)}` : title;
}

/** "Front-end engineer" → "front-end engineer", but "UX designer" and "iOS engineer" stay. */
function inSentence(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title[0]?.toLowerCase() + title.slice(1) : title;
}

const withArticle = (phrase: string) =>
  /^([aeio]|u[^x])/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;

function listPhrase(items: string[]): string {
  if (items.length <= 1) return items.join('');
  // Semicolons only when an item has its own commas, or the list becomes a puzzle.
  const separator = items.some((i) => i.includes(',')) ? '; ' : ', ';
  return `${items.slice(0, -1).join(separator)} and ${items[items.length - 1]}`;
}

function mentor(index: number, r: Rand, usedEmails: Set<string>): DemoMentor {
  const region = weighted(r, DEMO_REGIONS);
  const specialty = weighted(r, DEMO_SPECIALTIES);
  const stage = weighted(r, STAGES);
  const name = `${pick(r, region.first)} ${pick(r, region.last)}`;
  let email = `${slug(name)}@demo.tandem.example`;
  for (let n = 2; usedEmails.has(email); n += 1) email = `${slug(name)}.${n}@demo.tandem.example`;
  usedEmails.add(email);

  const [minYears, maxYears] = stage.years;
  const yearsExperience = minYears + Math.floor(r() * (maxYears - minYears + 1));
  const title = titleFor(r, stage.id, specialty);
  const company = pick(r, DEMO_COMPANIES);
  const stack = normalizeStackTags([...specialty.core, ...some(r, specialty.extra, 2, 6)]).map(
    (t) => t.id,
  );
  const areas = [...new Set([...specialty.areas, ...some(r, specialty.extraAreas, 0, 2)])];
  const topics = [
    ...new Set([...some(r, specialty.topics, 1, 3), ...(r() < 0.3 ? ['networking' as const] : [])]),
  ];
  const education = some(r, EDUCATION_PATH_IDS, 1, r() < 0.2 ? 2 : 1);
  const local = region.languages.length ? some(r, region.languages, 1, r() < 0.3 ? 2 : 1) : [];
  const languages = [...(r() < region.english ? ['en'] : []), ...local];
  if (languages.length === 0) languages.push('en');

  const firstPath = education[0] ?? 'other';
  const bio = [
    pick(r, ORIGIN[firstPath]),
    `Today I am ${withArticle(inSentence(title))} at ${company}, where I spend my days ${pick(r, specialty.work)}.`,
    `I can help most with ${listPhrase(topics.map((t) => HELP_WITH[t]))}.`,
    pick(r, STYLE),
  ].join(' ');

  const handle = slug(name).replace(/\./g, '');
  const links = some(r, LINK_LABELS, 0, 2).map((label) => ({
    label,
    url: `https://${handle}.example/${slug(label).replace(/\./g, '-')}`,
  }));
  // About a third share a lived experience; each scope appears, as in real profiles.
  const experiences =
    r() < 0.35
      ? some(r, LIVED_EXPERIENCES, 1, 2).map((e) => {
          const n = r();
          const scope = n < 0.5 ? 'public' : n < 0.85 ? 'matching' : 'private';
          return {
            experience: e.id as string,
            label: '',
            scope: scope as DemoMentor['experiences'][number]['scope'],
          };
        })
      : [];

  return {
    id: `demo-mentor-${String(index + 1).padStart(3, '0')}`,
    specialty: specialty.id,
    name,
    email,
    timeZone: pick(r, region.zones),
    careerStage: stage.id,
    headline: `${title} ${pick(r, specialty.hooks)}`,
    bio,
    currentRole: `${title} at ${company}`,
    yearsExperience,
    stack,
    areas,
    topics,
    education,
    languages,
    capacity: 1 + Math.floor(r() * 4),
    acceptingRequests: r() < 0.75,
    links,
    experiences,
  };
}

/** The demo mentors: the same list on every run and every machine (seeded, no clock). */
export function generateDemoMentors(count = DEMO_MENTOR_COUNT, seed = 20_260_501): DemoMentor[] {
  const r = prng(seed);
  const used = new Set<string>();
  return Array.from({ length: count }, (_, i) => mentor(i, r, used));
}
