import type { FastifyBaseLogger } from 'fastify';
import { RESPONSE_TIME_MIN_ANSWERED } from '../../../common/schemas/mentorships.ts';
import {
  experienceKey,
  type OwnExperience,
  type OwnProfile,
  type ParsedProfileInput,
  type PublicMentor,
} from '../../../common/schemas/profile.ts';
import { CAREER_STAGE_IDS, type CareerStage } from '../../../common/taxonomy/career-stages.ts';
import { EDUCATION_PATH_IDS } from '../../../common/taxonomy/education-paths.ts';
import { GOAL_CATEGORY_IDS } from '../../../common/taxonomy/goal-categories.ts';
import { KNOWLEDGE_AREA_IDS } from '../../../common/taxonomy/knowledge-areas.ts';
import { LANGUAGE_IDS } from '../../../common/taxonomy/languages.ts';
import { LIVED_EXPERIENCES } from '../../../common/taxonomy/lived-experiences.ts';
import { labelLookup } from '../../../common/taxonomy/lookup.ts';
import { normalizeStackTags, stackLabel } from '../../../common/taxonomy/stack.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import type { AppEvents } from '../../lib/events.ts';
import { profileSearchText } from '../../lib/profile-search-text.ts';
import {
  type ExperienceValues,
  findExperiences,
  findMentor,
  findProfile,
  findPublicExperiences,
  findResponseStats,
  type ProfileRow,
  type ProfileValues,
  replaceProfile,
} from './profiles.repo.ts';

const livedLabel = labelLookup(LIVED_EXPERIENCES);

/** What people read for a stored experience: the listed label, or the owner's words. */
function experienceView(row: { experience: string; label: string }) {
  const label = row.experience.startsWith('free:')
    ? row.label || row.experience.slice(5)
    : livedLabel(row.experience);
  return { experience: row.experience, label };
}

/**
 * Keeps only ids the taxonomy still knows (ids are added, never renamed, but a removed one
 * must not turn a read into a 500 when the response is validated).
 */
function known<T extends string>(ids: readonly T[], values: readonly string[]): T[] {
  return values.filter((v): v is T => (ids as readonly string[]).includes(v));
}

function stage(value: string | null): CareerStage | null {
  return known(CAREER_STAGE_IDS, value ? [value] : [])[0] ?? null;
}

const stackIds = (typed: readonly string[]) => normalizeStackTags(typed).map((t) => t.id);

/** Taxonomy entries first, then free tags, each group in the owner's order. */
function publicStack(ids: readonly string[]): string[] {
  const listed = ids.filter((id) => !id.startsWith('free:'));
  const free = ids.filter((id) => id.startsWith('free:'));
  return [...listed, ...free].map(stackLabel);
}

function emptyProfile(): OwnProfile {
  return {
    exists: false,
    isMentor: false,
    isMentee: false,
    careerStage: null,
    mentor: {
      headline: '',
      bio: '',
      yearsExperience: null,
      currentRole: null,
      stack: [],
      areas: [],
      topics: [],
      education: [],
      languages: [],
      capacity: 2,
      acceptingRequests: false,
      links: [],
    },
    mentee: {
      lookingFor: '',
      targetRole: '',
      wantStack: [],
      wantAreas: [],
      preferredLanguages: [],
      timeZoneWindowHours: null,
    },
    experiences: [],
    wantedExperiences: [],
    updatedAt: null,
  };
}

function toOwnProfile(row: ProfileRow, experiences: ExperienceValues[]): OwnProfile {
  return {
    exists: true,
    isMentor: row.isMentor,
    isMentee: row.isMentee,
    careerStage: stage(row.careerStage),
    mentor: {
      headline: row.headline,
      bio: row.bio,
      yearsExperience: row.yearsExperience,
      currentRole: row.currentRole,
      stack: row.stack.map(stackLabel),
      areas: known(KNOWLEDGE_AREA_IDS, row.areas),
      topics: known(GOAL_CATEGORY_IDS, row.topics),
      education: known(EDUCATION_PATH_IDS, row.education),
      languages: known(LANGUAGE_IDS, row.languages),
      capacity: row.capacity,
      acceptingRequests: row.acceptingRequests,
      links: row.links,
    },
    mentee: {
      lookingFor: row.lookingFor,
      targetRole: row.targetRole,
      wantStack: row.wantStack.map(stackLabel),
      wantAreas: known(KNOWLEDGE_AREA_IDS, row.wantAreas),
      preferredLanguages: known(LANGUAGE_IDS, row.preferredLanguages),
      timeZoneWindowHours: row.timeZoneWindowHours,
    },
    experiences: experiences.map((e) => ({
      ...experienceView(e),
      scope: e.scope as OwnExperience['scope'],
      programUse: e.programUse,
    })),
    // Stored as ids or `free:<key>`: the key is the owner's words, lower-cased.
    wantedExperiences: row.wantedExperiences.map((experience) =>
      experienceView({ experience, label: '' }),
    ),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export async function getOwnProfile(db: Db, userId: string): Promise<OwnProfile> {
  const row = await findProfile(db, userId);
  if (!row) return emptyProfile();
  return toOwnProfile(row, await findExperiences(db, userId));
}

/** The parsed input as table values: stack tags normalised to ids, search text derived. */
function toValues(input: ParsedProfileInput): {
  values: ProfileValues;
  experiences: ExperienceValues[];
} {
  const { mentor, mentee } = input;
  const stack = stackIds(mentor.stack);
  const currentRole = mentor.currentRole || null;
  const values: ProfileValues = {
    isMentor: input.isMentor,
    isMentee: input.isMentee,
    careerStage: input.careerStage,
    headline: mentor.headline,
    bio: mentor.bio,
    yearsExperience: mentor.yearsExperience,
    currentRole,
    stack,
    areas: mentor.areas,
    topics: mentor.topics,
    education: mentor.education,
    languages: mentor.languages,
    capacity: mentor.capacity,
    acceptingRequests: mentor.acceptingRequests,
    links: mentor.links,
    lookingFor: mentee.lookingFor,
    targetRole: mentee.targetRole,
    wantStack: stackIds(mentee.wantStack),
    wantAreas: mentee.wantAreas,
    preferredLanguages: mentee.preferredLanguages,
    timeZoneWindowHours: mentee.timeZoneWindowHours,
    wantedExperiences: input.wantedExperiences.map(experienceKey),
    // Only the public mentor side: never experiences, never the mentee side.
    searchText: profileSearchText({
      headline: mentor.headline,
      bio: mentor.bio,
      currentRole,
      stack,
      areas: mentor.areas,
    }),
  };
  const experiences = input.experiences.map((item) => {
    const experience = experienceKey(item);
    return {
      experience,
      label: experience.startsWith('free:') ? item.label : '',
      scope: item.scope,
      programUse: item.programUse,
    };
  });
  return { values, experiences };
}

export interface SaveProfileDeps {
  db: Db;
  events: AppEvents;
  log: FastifyBaseLogger;
}

/** Replaces the caller's whole profile in one transaction, then tells other features. */
export async function saveProfile(
  { db, events, log }: SaveProfileDeps,
  userId: string,
  input: ParsedProfileInput,
): Promise<OwnProfile> {
  const { values, experiences } = toValues(input);
  await db.transaction(async (tx) => {
    await replaceProfile(tx as unknown as Db, userId, values, experiences);
  });
  try {
    events.emit('profile-changed', userId);
  } catch (error) {
    // The profile is saved; a listener's failure is theirs to fix, not this request's to fail.
    log.error({ err: error }, 'a profile-changed listener failed');
  }
  return getOwnProfile(db, userId);
}

/** The public mentor view; 404 for anyone who is not (or no longer) a mentor. */
export async function getPublicMentor(db: Db, userId: string): Promise<PublicMentor> {
  const notFound = new AppError('not_found', 'We could not find that mentor.');
  // Account ids are URL-safe; anything else (a NUL the database would choke on) names nobody.
  if (!/^[\w-]{1,128}$/.test(userId)) throw notFound;
  const row = await findMentor(db, userId);
  if (!row) throw notFound;
  const { profile } = row;
  const [experiences, responses] = await Promise.all([
    findPublicExperiences(db, userId),
    findResponseStats(db, userId),
  ]);
  return {
    id: profile.userId,
    name: row.name,
    timeZone: row.timeZone,
    headline: profile.headline,
    bio: profile.bio,
    yearsExperience: profile.yearsExperience,
    careerStage: stage(profile.careerStage),
    currentRole: profile.currentRole,
    stack: publicStack(profile.stack),
    areas: known(KNOWLEDGE_AREA_IDS, profile.areas),
    topics: known(GOAL_CATEGORY_IDS, profile.topics),
    education: known(EDUCATION_PATH_IDS, profile.education),
    languages: known(LANGUAGE_IDS, profile.languages),
    capacity: profile.capacity,
    acceptingRequests: profile.acceptingRequests && profile.capacity > 0,
    links: profile.links,
    experiences: experiences.map(experienceView),
    responseTime: responseTimeOf(responses),
  };
}

/** Shown once a median means something: one quick answer is luck, not a habit. */
function responseTimeOf({
  medianHours,
  answered,
}: {
  medianHours: number | null;
  answered: number;
}) {
  if (medianHours === null || answered < RESPONSE_TIME_MIN_ANSWERED) return null;
  return { medianHours: Math.round(medianHours * 10) / 10, answered };
}
